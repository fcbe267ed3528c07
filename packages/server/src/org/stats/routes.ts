import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorAndScope, type AppContext } from '../../http/context';
import { schoolYearSchema, statsBody } from './schema';
import { putStats, statsOfSchool } from './service';

export const statsRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/schools/:id/stats',
    { schema: { tags: ['org'], params: z.object({ id: z.uuid() }) } },
    async (request) => {
      const { scope } = await actorAndScope(ctx, request);
      return { items: await statsOfSchool(ctx.db, scope, request.params.id) };
    },
  );
  app.put(
    '/schools/:id/stats/:schoolYear',
    {
      schema: {
        tags: ['org'],
        params: z.object({ id: z.uuid(), schoolYear: schoolYearSchema }),
        body: statsBody,
      },
    },
    async (request) => {
      const { actor, scope } = await actorAndScope(ctx, request);
      const { id, schoolYear } = request.params;
      return { stats: await putStats(ctx.db, ctx.clock, actor, scope, id, schoolYear, request.body) };
    },
  );
};
