import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorAndScope, type AppContext } from '../../http/context';
import { sendXlsx, writeXlsx } from '../../export/xlsx';
import { TEACHER_EXPORT_COLUMNS } from './export';
import { createTeacherBody, teacherExportQuery, teacherListQuery, updateTeacherBody } from './schema';
import { createTeacher, deleteTeacher, listTeachersFor, teacherDetail, updateTeacher } from './service';

const params = z.object({ id: z.uuid() });

export const teacherRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get('/teachers', { schema: { tags: ['org'], querystring: teacherListQuery } }, async (request) => {
    const { scope } = await actorAndScope(ctx, request);
    return listTeachersFor(ctx.db, ctx.clock, scope, request.query, true);
  });
  app.get(
    '/teachers/export',
    { schema: { tags: ['org'], querystring: teacherExportQuery } },
    async (request, reply) => {
      const { scope } = await actorAndScope(ctx, request);
      const { items } = await listTeachersFor(ctx.db, ctx.clock, scope, request.query, false);
      return sendXlsx(reply, 'teachers', await writeXlsx('教师', TEACHER_EXPORT_COLUMNS, items));
    },
  );
  app.get('/teachers/:id', { schema: { tags: ['org'], params } }, async (request) => {
    const { scope } = await actorAndScope(ctx, request);
    return { teacher: await teacherDetail(ctx.db, ctx.clock, scope, request.params.id) };
  });
  app.post('/teachers', { schema: { tags: ['org'], body: createTeacherBody } }, async (request) => {
    const { actor, scope } = await actorAndScope(ctx, request);
    return { teacher: await createTeacher(ctx.db, ctx.clock, actor, scope, request.body) };
  });
  app.patch(
    '/teachers/:id',
    { schema: { tags: ['org'], params, body: updateTeacherBody } },
    async (request) => {
      const { actor, scope } = await actorAndScope(ctx, request);
      return {
        teacher: await updateTeacher(ctx.db, ctx.clock, actor, scope, request.params.id, request.body),
      };
    },
  );
  app.delete('/teachers/:id', { schema: { tags: ['org'], params } }, async (request) => {
    const { actor, scope } = await actorAndScope(ctx, request);
    return { teacher: await deleteTeacher(ctx.db, ctx.clock, actor, scope, request.params.id) };
  });
};
