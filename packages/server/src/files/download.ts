// Sending a stored file: its own type, a Content-Disposition whose `filename` is an ASCII stand-in and whose
// `filename*` (RFC 5987/6266) carries the real, often Chinese, name — Node refuses non-Latin-1 header values.
// nosniff (set on every answer) keeps a browser from reading an upload as another type.
import type { FastifyReply } from 'fastify';
import type { FileMeta } from './repository';

/** RFC 5987 value-chars: encodeURIComponent leaves a few characters that are not attr-chars. */
const rfc5987 = (s: string) =>
  encodeURIComponent(s).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

export function attachmentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${rfc5987(name)}`;
}

export function sendFile(reply: FastifyReply, file: FileMeta & { content: Buffer }): FastifyReply {
  return reply
    .header('content-type', file.mimeType)
    .header('content-length', String(file.size))
    .header('content-disposition', attachmentDisposition(file.name))
    .header('cache-control', 'private, no-store')
    .send(file.content);
}
