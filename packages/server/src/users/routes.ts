import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor, type AppContext } from '../http/context';
import { createUserBody, updateUserBody, userListQuery } from './schema';
import { createUser, listUsersFor, updateUser } from './service';

export const userRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get('/users', { schema: { tags: ['users'], querystring: userListQuery } }, async (request) =>
    listUsersFor(ctx.db, requireActor(request), request.query),
  );
  app.post('/users', { schema: { tags: ['users'], body: createUserBody } }, async (request) =>
    createUser(ctx.db, ctx.clock, requireActor(request), request.body),
  );
  app.patch(
    '/users/:id',
    { schema: { tags: ['users'], params: z.object({ id: z.uuid() }), body: updateUserBody } },
    async (request) => updateUser(ctx.db, ctx.clock, requireActor(request), request.params.id, request.body),
  );
};
