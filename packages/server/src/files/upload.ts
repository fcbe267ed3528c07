// One uploaded file from a multipart/form-data request (field `file`), checked before anything is written: the
// size limit (busboy stops reading past it), an allowed extension and content of that type. Errors carry both
// languages like the rest of the API; neither the content nor the name goes to the log.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fastifyMultipart from '@fastify/multipart';
import { createHash } from 'node:crypto';
import { DomainError } from '../shared/errors';
import { ALLOWED_EXTENSIONS, cleanFileName, typeOf } from './file-types';
import { megabytes, type FileSettings } from './settings';

export interface Upload {
  name: string;
  mimeType: string;
  size: number;
  sha256: string;
  content: Buffer;
}

/** Multipart parsing for the routes of one plugin: a single file part, a few small fields at most. */
export async function registerUploads(app: FastifyInstance, settings: FileSettings): Promise<void> {
  await app.register(fastifyMultipart, {
    limits: { fileSize: settings.maxBytes, files: 1, fields: 5, fieldSize: 1024, parts: 6 },
    throwFileSizeLimit: true,
  });
}

export const fileTooLarge = (settings: FileSettings) =>
  new DomainError(
    'FILE_TOO_LARGE',
    `the file is larger than ${megabytes(settings.maxBytes)} MB / 文件超过 ${megabytes(settings.maxBytes)} MB 上限`,
    { maxBytes: settings.maxBytes },
  );

export const typeNotAllowed = () =>
  new DomainError(
    'FILE_TYPE_NOT_ALLOWED',
    `only ${ALLOWED_EXTENSIONS.join(', ')} files are accepted / 仅支持 PDF、Word、Excel、PowerPoint、JPG、PNG、ZIP 文件`,
    { allowed: ALLOWED_EXTENSIONS },
  );

function codeOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null ? (error as { code?: string }).code : undefined;
}

export async function readUpload(request: FastifyRequest, settings: FileSettings): Promise<Upload> {
  if (!request.isMultipart())
    throw new DomainError(
      'VALIDATION_FAILED',
      'send the file as multipart/form-data / 请以 multipart/form-data 上传文件',
    );
  let name: string;
  let content: Buffer;
  try {
    const part = await request.file();
    if (!part || part.fieldname !== 'file')
      throw new DomainError('VALIDATION_FAILED', 'no file in the field "file" / 未收到文件（字段 file）');
    name = cleanFileName(part.filename);
    content = await part.toBuffer();
  } catch (error) {
    if (error instanceof DomainError) throw error;
    if (codeOf(error) === 'FST_REQ_FILE_TOO_LARGE') throw fileTooLarge(settings);
    if (codeOf(error)?.startsWith('FST_')) {
      throw new DomainError('VALIDATION_FAILED', 'one file per upload / 每次上传一个文件');
    }
    throw error;
  }
  if (content.length === 0) throw new DomainError('VALIDATION_FAILED', 'the file is empty / 文件为空');
  if (content.length > settings.maxBytes) throw fileTooLarge(settings);
  const type = typeOf(name, content);
  if (!type) throw typeNotAllowed();
  return {
    name,
    mimeType: type.mimeType,
    size: content.length,
    sha256: createHash('sha256').update(content).digest('hex'),
    content,
  };
}
