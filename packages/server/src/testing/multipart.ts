// A multipart/form-data body with one file in the field `file`, the way a browser's FormData sends it (the name
// as raw UTF-8), for upload tests and the sweep's cases.
import { randomBytes } from 'node:crypto';

export interface MultipartBody {
  payload: Buffer;
  contentType: string;
}

export function multipartFile(name: string, content: Buffer | string, field = 'file'): MultipartBody {
  const boundary = `----junheng${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${name}"\r\n` +
      'Content-Type: application/octet-stream\r\n\r\n',
    'utf8',
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`, 'utf8');
  const body = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return {
    payload: Buffer.concat([head, body, tail]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

/** Small valid files of the allowed kinds (their first bytes are what the server checks). */
export const SAMPLE_PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'latin1');
export const SAMPLE_PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
