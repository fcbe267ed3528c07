// Uploads and downloads of community charters and activity files (docs/api.md, Communities — files). A file is
// sent as multipart/form-data in the field `file`; the size limit is JUNHENG_FILE_MAX_MB (files/settings.ts).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { fileSettingsFromEnv, readUpload, registerUploads, sendFile, type FileSettings } from '../files';
import { actorAndScope, type AppContext } from '../http/context';
import {
  activityFile,
  addActivityFile,
  charterFile,
  deleteActivityFile,
  deleteCharter,
  uploadCharter,
} from './files/service';

const tags = ['communities'];
const API = '/communities';
const byId = z.object({ id: z.uuid() });
const byFile = z.object({ id: z.uuid(), fileId: z.uuid() });
const upload = {
  consumes: ['multipart/form-data'],
  description:
    'multipart/form-data with one file in the field `file`: pdf, doc, docx, xls, xlsx, ppt, pptx, jpg, jpeg, ' +
    'png or zip, judged by extension and first bytes; at most JUNHENG_FILE_MAX_MB (20 MB by default). ' +
    '413 FILE_TOO_LARGE, 415 FILE_TYPE_NOT_ALLOWED. Answers { file: { id, name, mimeType, size, sha256, ' +
    'uploadedAt, uploadedByName } }.',
};
const download = {
  description:
    'The file as stored, with its type and Content-Disposition: attachment; filename="<ASCII stand-in>"; ' +
    "filename*=UTF-8''<the name, RFC 5987>.",
};

export const communityFileRoutes: FastifyPluginAsyncZod<{ ctx: AppContext; files?: FileSettings }> = async (
  app,
  { ctx, files },
) => {
  const settings = files ?? fileSettingsFromEnv();
  await registerUploads(app, settings);
  const { db, clock } = ctx;

  app.post(`${API}/:id/charter`, { schema: { tags, params: byId, ...upload } }, async (request) => {
    const { actor, scope } = await actorAndScope(ctx, request);
    return uploadCharter(db, clock, actor, scope, request.params.id, () => readUpload(request, settings));
  });
  app.get(`${API}/:id/charter`, { schema: { tags, params: byId, ...download } }, async (request, reply) => {
    const { scope } = await actorAndScope(ctx, request);
    return sendFile(reply, await charterFile(db, scope, request.params.id));
  });
  app.delete(`${API}/:id/charter`, { schema: { tags, params: byId } }, async (request) => {
    const { actor, scope } = await actorAndScope(ctx, request);
    await deleteCharter(db, clock, actor, scope, request.params.id);
    return { ok: true };
  });

  app.post(`${API}/activities/:id/files`, { schema: { tags, params: byId, ...upload } }, async (request) => {
    const { actor, scope } = await actorAndScope(ctx, request);
    return addActivityFile(db, clock, actor, scope, request.params.id, () => readUpload(request, settings));
  });
  app.get(
    `${API}/activities/:id/files/:fileId`,
    { schema: { tags, params: byFile, ...download } },
    async (request, reply) => {
      const { scope } = await actorAndScope(ctx, request);
      return sendFile(reply, await activityFile(db, scope, request.params.id, request.params.fileId));
    },
  );
  app.delete(`${API}/activities/:id/files/:fileId`, { schema: { tags, params: byFile } }, async (request) => {
    const { actor, scope } = await actorAndScope(ctx, request);
    await deleteActivityFile(db, clock, actor, scope, request.params.id, request.params.fileId);
    return { ok: true };
  });
};
