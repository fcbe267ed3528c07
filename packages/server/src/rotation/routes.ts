// /api/v1/rotation (ROT-1..4; docs/api.md, Rotation): campaigns, the eligible list and exemptions, the plan and
// its edits, the live check and what-if, the status moves, the notice workbook and a teacher's service record.
// Status conflicts are 409.
import { ROTATION_POLICY_PRESETS } from '@junheng/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendXlsx } from '../export/xlsx';
import { actorAndScope, type AppContext } from '../http/context';
import { schoolYearSchema } from '../org/stats/schema';
import { registerConflictHandler } from '../shared/conflict';
import { booleanQuery } from '../shared/paging';
import { createCampaign, getCampaign, listCampaigns, transitionCampaign } from './campaign-service';
import { currentCheck, noticeWorkbook, whatIf } from './check-service';
import { RotationConflict } from './conflict';
import { eligibleList } from './eligible-service';
import { deleteExemption, markExemption } from './exemption-service';
import { confirmArrival, editAssignment, generatePlan, listAssignments } from './plan-service';
import { EXEMPTION_RULES } from './planning';
import { policySpecSchema } from './policy-spec';
import { teacherServiceRecord } from './service-record-service';
import { CAMPAIGN_ACTIONS } from './status';

const tags = ['rotation'];
const byId = z.object({ id: z.uuid() });
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'month like 2025-09 / 月份格式如 2025-09');

const createBody = z.object({
  countyId: z.uuid(),
  schoolYear: schoolYearSchema,
  name: z.string().trim().min(1).max(100).optional(),
  campaignMonth: month.optional(),
  policy: policySpecSchema,
});

const exemptionBody = z
  .object({
    teacherCode: z.string().min(1).max(40),
    rule: z.enum(EXEMPTION_RULES),
    evidence: z.string().trim().min(1).max(500),
    lastRotationEnd: month.optional(),
  })
  .refine((b) => b.rule !== 'rotatedRecently' || b.lastRotationEnd !== undefined, {
    message: 'rotatedRecently needs lastRotationEnd / 近期交流须填写上次交流结束月份',
    path: ['lastRotationEnd'],
  });

const editBody = z
  .object({ locked: z.boolean().optional(), toSchoolId: z.uuid().optional() })
  .refine((b) => b.locked !== undefined || b.toSchoolId !== undefined, {
    message: 'nothing to change / 无修改',
  });

const whatIfBody = z.object({
  changes: z
    .array(
      z.object({
        teacherCode: z.string().min(1).max(40),
        toSchoolId: z.uuid().nullable(),
        locked: z.boolean().optional(),
      }),
    )
    .max(500),
});

export const rotationRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  registerConflictHandler(app, RotationConflict);

  app.get('/rotation/policies', { schema: { tags } }, async () => ({
    items: Object.values(ROTATION_POLICY_PRESETS),
  }));

  app.post('/rotation/campaigns', { schema: { tags, body: createBody } }, async (request) => {
    const { actor, scope } = await actorAndScope(ctx, request);
    return { campaign: await createCampaign(ctx.db, ctx.clock, actor, scope, request.body) };
  });

  app.get(
    '/rotation/campaigns',
    {
      schema: {
        tags,
        querystring: z.object({ countyId: z.uuid().optional(), schoolYear: schoolYearSchema.optional() }),
      },
    },
    async (request) => {
      const { scope } = await actorAndScope(ctx, request);
      return listCampaigns(ctx.db, scope, request.query);
    },
  );

  app.get('/rotation/campaigns/:id', { schema: { tags, params: byId } }, async (request) => {
    const { scope } = await actorAndScope(ctx, request);
    return { campaign: await getCampaign(ctx.db, scope, request.params.id) };
  });

  app.get(
    '/rotation/campaigns/:id/eligible',
    { schema: { tags, params: byId, querystring: z.object({ all: booleanQuery.optional() }) } },
    async (request) => {
      const { scope } = await actorAndScope(ctx, request);
      return eligibleList(ctx.db, scope, request.params.id, { all: request.query.all ?? false });
    },
  );

  app.post(
    '/rotation/campaigns/:id/exemptions',
    { schema: { tags, params: byId, body: exemptionBody } },
    async (request) => {
      const { actor, scope } = await actorAndScope(ctx, request);
      return markExemption(ctx.db, ctx.clock, actor, scope, request.params.id, request.body);
    },
  );

  app.delete('/rotation/exemptions/:id', { schema: { tags, params: byId } }, async (request) => {
    const { actor, scope } = await actorAndScope(ctx, request);
    await deleteExemption(ctx.db, ctx.clock, actor, scope, request.params.id);
    return { ok: true };
  });

  app.post('/rotation/campaigns/:id/plan', { schema: { tags, params: byId } }, async (request) => {
    const { actor, scope } = await actorAndScope(ctx, request);
    return generatePlan(ctx.db, ctx.clock, actor, scope, request.params.id);
  });

  app.get('/rotation/campaigns/:id/assignments', { schema: { tags, params: byId } }, async (request) => {
    const { scope } = await actorAndScope(ctx, request);
    return listAssignments(ctx.db, scope, request.params.id);
  });

  app.patch(
    '/rotation/assignments/:id',
    { schema: { tags, params: byId, body: editBody } },
    async (request) => {
      const { actor, scope } = await actorAndScope(ctx, request);
      return editAssignment(ctx.db, ctx.clock, actor, scope, request.params.id, request.body);
    },
  );

  app.post('/rotation/assignments/:id/arrival', { schema: { tags, params: byId } }, async (request) => {
    const { actor, scope } = await actorAndScope(ctx, request);
    return confirmArrival(ctx.db, ctx.clock, actor, scope, request.params.id);
  });

  app.get('/rotation/campaigns/:id/check', { schema: { tags, params: byId } }, async (request) => {
    const { scope } = await actorAndScope(ctx, request);
    return { check: await currentCheck(ctx.db, scope, request.params.id) };
  });

  app.post(
    '/rotation/campaigns/:id/what-if',
    { schema: { tags, params: byId, body: whatIfBody } },
    async (request) => {
      const { scope } = await actorAndScope(ctx, request);
      return { check: await whatIf(ctx.db, scope, request.params.id, request.body.changes) };
    },
  );

  app.post(
    '/rotation/campaigns/:id/status',
    { schema: { tags, params: byId, body: z.object({ action: z.enum(CAMPAIGN_ACTIONS) }) } },
    async (request) => {
      const { actor, scope } = await actorAndScope(ctx, request);
      const campaign = await transitionCampaign(
        ctx.db,
        ctx.clock,
        actor,
        scope,
        request.params.id,
        request.body.action,
      );
      return { campaign };
    },
  );

  app.get('/rotation/teachers/:id/service-record', { schema: { tags, params: byId } }, async (request) => {
    const { scope } = await actorAndScope(ctx, request);
    return { record: await teacherServiceRecord(ctx.db, ctx.clock, scope, request.params.id) };
  });

  app.get('/rotation/campaigns/:id/export', { schema: { tags, params: byId } }, async (request, reply) => {
    const { scope } = await actorAndScope(ctx, request);
    const { body, fileName } = await noticeWorkbook(ctx.db, scope, request.params.id);
    return sendXlsx(reply, fileName, body);
  });
};
