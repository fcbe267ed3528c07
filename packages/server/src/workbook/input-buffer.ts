// Any input (Buffer, file path, stream) into one Buffer, refusing more than maxBytes before reading it all:
// the zip directory sits at the end of the file, so checking it needs the whole file anyway.
import { stat, readFile } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { mb, WorkbookReadError } from './limits';

export type WorkbookInput = Buffer | string | Readable;

function tooLarge(size: number | null, maxBytes: number): WorkbookReadError {
  const got = size === null ? `超过 ${mb(maxBytes)}` : `${mb(size)}`;
  const gotEn = size === null ? `over ${mb(maxBytes)}` : `${mb(size)}`;
  return new WorkbookReadError(
    'file_too_large',
    `文件过大（${got}），上限为 ${mb(maxBytes)}`,
    `the file is too large (${gotEn}); the limit is ${mb(maxBytes)}`,
  );
}

export async function inputBuffer(input: WorkbookInput, maxBytes: number): Promise<Buffer> {
  if (Buffer.isBuffer(input)) {
    if (input.length > maxBytes) throw tooLarge(input.length, maxBytes);
    return input;
  }
  if (typeof input === 'string') {
    const { size } = await stat(input);
    if (size > maxBytes) throw tooLarge(size, maxBytes);
    return readFile(input);
  }
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of input) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    total += buf.length;
    if (total > maxBytes) {
      input.destroy();
      throw tooLarge(null, maxBytes);
    }
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}
