import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorAndScope, cachedRead, type AppContext } from '../../http/context';
import { sendXlsx, writeXlsx } from '../../export/xlsx';
import { SCHOOL_EXPORT_COLUMNS } from './export';
import { createSchoolBody, schoolExportQuery, schoolListQuery, updateSchoolBody } from './schema';
import { createSchool, deleteSchool, listSchoolsFor, schoolDetail, updateSchool } from './service';

const params = z.object({ id: z.uuid() });

export const schoolRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get('/schools', { schema: { tags: ['org'], querystring: schoolListQuery } }, async (request) => {
    const { scope } = await actorAndScope(ctx, request);
    return cachedRead(ctx, ['schools', scope, request.query], () =>
      listSchoolsFor(ctx.db, scope, request.query, true),
    );
  });
  app.get(
    '/schools/export',
    { schema: { tags: ['org'], querystring: schoolExportQuery } },
    async (request, reply) => {
      const { scope } = await actorAndScope(ctx, request);
      const { items } = await listSchoolsFor(ctx.db, scope, request.query, false);
      return sendXlsx(reply, 'schools', await writeXlsx('学校', SCHOOL_EXPORT_COLUMNS, items));
    },
  );
  app.get('/schools/:id', { schema: { tags: ['org'], params } }, async (request) => {
    const { scope } = await actorAndScope(ctx, request);
    return { school: await schoolDetail(ctx.db, scope, request.params.id) };
  });
  app.post('/schools', { schema: { tags: ['org'], body: createSchoolBody } }, async (request) => {
    const { actor, scope } = await actorAndScope(ctx, request);
    return { school: await createSchool(ctx.db, ctx.clock, actor, scope, request.body) };
  });
  app.patch(
    '/schools/:id',
    { schema: { tags: ['org'], params, body: updateSchoolBody } },
    async (request) => {
      const { actor, scope } = await actorAndScope(ctx, request);
      return { school: await updateSchool(ctx.db, ctx.clock, actor, scope, request.params.id, request.body) };
    },
  );
  app.delete('/schools/:id', { schema: { tags: ['org'], params } }, async (request) => {
    const { actor, scope } = await actorAndScope(ctx, request);
    await deleteSchool(ctx.db, ctx.clock, actor, scope, request.params.id);
    return { ok: true as const };
  });
};
