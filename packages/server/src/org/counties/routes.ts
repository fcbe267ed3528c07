import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorAndScope, type AppContext } from '../../http/context';
import { countiesInScope, schoolYearsOf, townshipsOf } from './service';

const params = z.object({ id: z.uuid() });

export const countyRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get('/counties', { schema: { tags: ['org'] } }, async (request) => {
    const { scope } = await actorAndScope(ctx, request);
    return { items: await countiesInScope(ctx.db, scope) };
  });
  app.get('/counties/:id/townships', { schema: { tags: ['org'], params } }, async (request) => {
    const { scope } = await actorAndScope(ctx, request);
    return { items: await townshipsOf(ctx.db, scope, request.params.id) };
  });
  app.get('/counties/:id/school-years', { schema: { tags: ['org'], params } }, async (request) => {
    const { scope } = await actorAndScope(ctx, request);
    return { items: await schoolYearsOf(ctx.db, scope, request.params.id) };
  });
};
