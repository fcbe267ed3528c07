import { STANDARDS } from '@junheng/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorAndScope, type AppContext } from '../http/context';
import { sendXlsx } from '../export/xlsx';
import { pagingQuery } from '../shared/paging';
import { schoolYearSchema } from '../org/stats/schema';
import { writeEvaluationWorkbook } from './report-workbook';
import { currentEvaluation, getRun, listRuns, runEvaluation, standardOf } from './service';
import { compareCounties, evaluationTrend } from './trend';

const standardId = z.enum(Object.keys(STANDARDS) as [string, ...string[]]);
const evaluationQuery = z.object({ countyId: z.uuid(), schoolYear: schoolYearSchema, standard: standardId });
const tags = ['evaluation'];

export const evaluationRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get('/evaluation/standards', { schema: { tags } }, async () => ({ items: Object.values(STANDARDS) }));

  app.get('/evaluation/current', { schema: { tags, querystring: evaluationQuery } }, async (request) => {
    const { scope } = await actorAndScope(ctx, request);
    return { evaluation: await currentEvaluation(ctx.db, scope, request.query) };
  });

  app.get(
    '/evaluation/trend',
    { schema: { tags, querystring: z.object({ countyId: z.uuid(), standard: standardId }) } },
    async (request) => {
      const { scope } = await actorAndScope(ctx, request);
      return { items: await evaluationTrend(ctx.db, scope, request.query.countyId, request.query.standard) };
    },
  );

  app.get(
    '/evaluation/compare',
    { schema: { tags, querystring: z.object({ schoolYear: schoolYearSchema, standard: standardId }) } },
    async (request) => {
      const { scope } = await actorAndScope(ctx, request);
      return {
        items: await compareCounties(ctx.db, scope, request.query.schoolYear, request.query.standard),
      };
    },
  );

  app.post('/evaluation/runs', { schema: { tags, body: evaluationQuery } }, async (request) => {
    const { actor, scope } = await actorAndScope(ctx, request);
    return { run: await runEvaluation(ctx.db, ctx.clock, actor, scope, request.body) };
  });

  app.get(
    '/evaluation/runs',
    {
      schema: {
        tags,
        querystring: z.object({
          countyId: z.uuid().optional(),
          schoolYear: schoolYearSchema.optional(),
          standard: standardId.optional(),
          page: pagingQuery.page,
          pageSize: pagingQuery.pageSize,
        }),
      },
    },
    async (request) => {
      const { scope } = await actorAndScope(ctx, request);
      const { page, pageSize, ...filter } = request.query;
      return listRuns(ctx.db, scope, filter, { page, pageSize });
    },
  );

  app.get(
    '/evaluation/runs/:id',
    { schema: { tags, params: z.object({ id: z.uuid() }) } },
    async (request) => {
      const { scope } = await actorAndScope(ctx, request);
      return { run: await getRun(ctx.db, scope, request.params.id) };
    },
  );

  app.get(
    '/evaluation/runs/:id/export',
    { schema: { tags, params: z.object({ id: z.uuid() }) } },
    async (request, reply) => {
      const { scope } = await actorAndScope(ctx, request);
      const run = await getRun(ctx.db, scope, request.params.id);
      const result = run.result as { report: Parameters<typeof writeEvaluationWorkbook>[0] };
      const body = await writeEvaluationWorkbook(result.report, standardOf(run.standard));
      return sendXlsx(reply, `差异系数-${run.schoolYear}-${run.standard}`, body);
    },
  );
};
