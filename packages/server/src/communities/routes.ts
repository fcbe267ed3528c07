// /api/v1/communities (COM-1/2, ACT-1..3, EVA-1/2; docs/api.md, Communities): communities and their membership
// history, the rule check, the settings, the activity log, studios and researcher patches, compliance per term
// with reminders, mentorship pairs, and the bundled evaluation. Rule breaks and state conflicts are 409.
import {
  ACTIVITY_KINDS,
  bundledSchemeSchema,
  COMMUNITY_KINDS,
  PARTICIPANT_ROLES,
  SUBJECTS,
  type BundledScheme,
  type SchoolYear,
} from '@junheng/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendXlsx } from '../export/xlsx';
import { actorAndScope, type AppContext } from '../http/context';
import { schoolYearSchema } from '../org/stats/schema';
import { registerConflictHandler } from '../shared/conflict';
import { pagingQuery } from '../shared/paging';
import { CommunityConflict } from './access';
import {
  createActivity,
  deleteActivity,
  getActivity,
  listActivities,
  updateActivity,
} from './activities/service';
import {
  createPatch,
  createStudio,
  deletePatch,
  deleteStudio,
  listPatches,
  listStudios,
  replacePatch,
  updateStudio,
} from './activities/structures-service';
import {
  addMember,
  communitySchools,
  countyViolations,
  createCommunity,
  deleteCommunity,
  endMembership,
  getCommunity,
  listCommunities,
  schoolHistory,
  updateCommunity,
} from './communities/service';
import {
  acceptBodySchema,
  acceptProposal,
  createProposal,
  getProposal,
  listProposals,
  proposalBodySchema,
} from './communities/proposal-service';
import { getSettings, putSettings, settingsBodySchema } from './communities/settings-service';
import { compliance, reminders } from './compliance/service';
import { isoDate, termIdSchema } from './dates';
import {
  computeResults,
  getInputs,
  getResults,
  getSchoolResult,
  getScheme,
  putInputs,
  putScheme,
} from './evaluation/service';
import {
  activitiesWorkbook,
  communitiesWorkbook,
  complianceWorkbook,
  mentorshipsWorkbook,
  resultsWorkbook,
  violationsWorkbook,
  patchesWorkbook,
  studiosWorkbook,
} from './exports';
import { communityFileRoutes } from './file-routes';
import { createPair, deletePair, listPairs, pairCounts, updatePair } from './mentorship/service';

const tags = ['communities'];
const API = '/communities';
const byId = z.object({ id: z.uuid() });
const countyQuery = z.object({ countyId: z.uuid().optional() });
const yearQuery = z.object({ countyId: z.uuid().optional(), schoolYear: schoolYearSchema });
const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

const communityBody = z.object({
  countyId: z.uuid().optional(),
  kind: z.enum(COMMUNITY_KINDS),
  name: text(100),
  leadSchoolId: z.uuid(),
  memberSchoolIds: z.array(z.uuid()).max(200).default([]),
  startOn: isoDate,
  endOn: isoDate.nullable().optional(),
  charterText: optionalText(20000),
  charterFile: optionalText(500),
});
const communityPatch = z
  .object({
    name: text(100),
    kind: z.enum(COMMUNITY_KINDS),
    leadSchoolId: z.uuid(),
    startOn: isoDate,
    endOn: isoDate.nullable(),
    charterText: optionalText(20000),
    charterFile: optionalText(500),
  })
  .partial();
const communityList = z.object({
  countyId: z.uuid().optional(),
  kind: z.enum(COMMUNITY_KINDS).optional(),
  activeOn: isoDate.optional(),
});

const participant = z.object({
  personId: text(40),
  role: z.enum(PARTICIPANT_ROLES),
  name: z.string().trim().max(40).optional(),
});
const activityFields = {
  kind: z.enum(ACTIVITY_KINDS),
  date: isoDate,
  title: optionalText(200),
  communityId: z.uuid().nullable().optional(),
  hostSchoolId: z.uuid(),
  participantSchoolIds: z.array(z.uuid()).max(200).optional(),
  peopleCount: z.number().int().min(0).max(100000).nullable().optional(),
  participants: z.array(participant).max(1000).optional(),
  researcherPatchId: z.uuid().nullable().optional(),
  masterStudioId: z.uuid().nullable().optional(),
  lessonsObserved: z.number().int().min(0).max(1000).nullable().optional(),
  ruralQuality: z.boolean().optional(),
  files: z.array(z.string().trim().min(1).max(500)).max(50).optional(),
};
const activityBody = z.object({ countyId: z.uuid().optional(), ...activityFields });
const activityPatch = z.object(activityFields).partial();
const activityFilter = {
  countyId: z.uuid().optional(),
  communityId: z.uuid().optional(),
  schoolId: z.uuid().optional(),
  termId: termIdSchema.optional(),
  kind: z.enum(ACTIVITY_KINDS).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
};

const complianceQuery = z.object({
  countyId: z.uuid().optional(),
  termId: termIdSchema.optional(),
  asOf: isoDate.optional(),
  communityId: z.uuid().optional(),
  schoolId: z.uuid().optional(),
});
const reminderQuery = complianceQuery.extend({
  withinDays: z.coerce.number().int().min(0).max(366).optional(),
});

const studioFields = {
  name: text(100),
  leaderId: text(40),
  leaderName: optionalText(40),
  schoolId: z.uuid(),
  communityId: z.uuid().nullable().optional(),
  subject: z.enum(SUBJECTS).nullable().optional(),
  startOn: isoDate,
  endOn: isoDate.nullable().optional(),
};
const patchBody = z.object({
  name: text(60),
  userId: z.uuid().nullable().optional(),
  schoolIds: z.array(z.uuid()).max(500),
});

const pairFields = {
  mentorId: text(40),
  mentorName: optionalText(40),
  menteeId: text(40),
  menteeName: optionalText(40),
  mentorSchoolId: z.uuid(),
  menteeSchoolId: z.uuid(),
  communityId: z.uuid().nullable().optional(),
  subject: z.enum(SUBJECTS).nullable().optional(),
  startOn: isoDate,
  endOn: isoDate.nullable().optional(),
};
const pairList = z.object({
  countyId: z.uuid().optional(),
  communityId: z.uuid().optional(),
  schoolId: z.uuid().optional(),
  activeOn: isoDate.optional(),
});

const score = z.number().min(0).max(100).nullable();

export const communityRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  registerConflictHandler(app, CommunityConflict);
  const { db, clock } = ctx;
  // Multipart parsing stays inside this child plugin: only the upload routes accept it.
  await app.register(communityFileRoutes, { ctx });

  // ---- communities ----
  app.get(API, { schema: { tags, querystring: communityList } }, async (request) => {
    const { scope } = await actorAndScope(ctx, request);
    return listCommunities(db, clock, scope, request.query);
  });
  app.get(`${API}/export`, { schema: { tags, querystring: communityList } }, async (request, reply) => {
    const { scope } = await actorAndScope(ctx, request);
    const { items } = await listCommunities(db, clock, scope, request.query);
    return sendXlsx(reply, '共同体', await communitiesWorkbook(items));
  });
  app.post(API, { schema: { tags, body: communityBody } }, async (request) => {
    const { actor, scope } = await actorAndScope(ctx, request);
    return createCommunity(db, clock, actor, scope, request.body);
  });
  app.get(
    `${API}/violations`,
    { schema: { tags, querystring: countyQuery.extend({ onDate: isoDate.optional() }) } },
    async (request) => {
      const { scope } = await actorAndScope(ctx, request);
      return countyViolations(db, clock, scope, request.query);
    },
  );
  app.get(
    `${API}/violations/export`,
    { schema: { tags, querystring: countyQuery.extend({ onDate: isoDate.optional() }) } },
    async (request, reply) => {
      const { scope } = await actorAndScope(ctx, request);
      const { items } = await countyViolations(db, clock, scope, request.query);
      return sendXlsx(reply, '共同体规则检查', await violationsWorkbook(items));
    },
  );
  app.get(`${API}/settings`, { schema: { tags, querystring: countyQuery } }, async (request) => {
    const { scope } = await actorAndScope(ctx, request);
    return getSettings(db, scope, request.query);
  });
  app.put(`${API}/settings`, { schema: { tags, body: settingsBodySchema } }, async (request) => {
    const { actor, scope } = await actorAndScope(ctx, request);
    return putSettings(db, clock, actor, scope, request.body);
  });
  app.get(`${API}/schools/:id/history`, { schema: { tags, params: byId } }, async (request) => {
    const { scope } = await actorAndScope(ctx, request);
    return schoolHistory(db, scope, request.params.id);
  });

  // ---- proposals (COM-3) ----
  app.get(`${API}/proposals`, { schema: { tags, querystring: countyQuery } }, async (request) => {
    const { scope } = await actorAndScope(ctx, request);
    return listProposals(db, scope, request.query);
  });
  app.post(`${API}/proposals`, { schema: { tags, body: proposalBodySchema } }, async (request) => {
    const { actor, scope } = await actorAndScope(ctx, request);
    return createProposal(db, clock, actor, scope, request.body);
  });
  app.get(`${API}/proposals/:id`, { schema: { tags, params: byId } }, async (request) => {
    const { scope } = await actorAndScope(ctx, request);
    return getProposal(db, scope, request.params.id);
  });
  app.post(
    `${API}/proposals/:id/accept`,
    {
      schema: {
        tags,
        params: byId,
        body: acceptBodySchema,
        description:
          "Stores the proposal as generated, or the bureau's edit of it (`groups`), under the community rules " +
          'in one transaction; the edits are audited.',
      },
    },
    async (request) => {
      const { actor, scope } = await actorAndScope(ctx, request);
      return acceptProposal(db, clock, actor, scope, request.params.id, request.body);
    },
  );

  // ---- activities ----
  app.get(
    `${API}/activities`,
    { schema: { tags, querystring: z.object({ ...activityFilter, ...pagingQuery }) } },
    async (request) => {
      const { scope } = await actorAndScope(ctx, request);
      const { sort: _sort, ...q } = request.query;
      return listActivities(db, scope, q);
    },
  );
  app.get(
    `${API}/activities/export`,
    { schema: { tags, querystring: z.object(activityFilter) } },
    async (request, reply) => {
      const { scope } = await actorAndScope(ctx, request);
      const { items } = await listActivities(db, scope, request.query);
      return sendXlsx(reply, '共同体活动记录', await activitiesWorkbook(items));
    },
  );
  app.post(`${API}/activities`, { schema: { tags, body: activityBody } }, async (request) => {
    const { actor, scope } = await actorAndScope(ctx, request);
    return { activity: await createActivity(db, clock, actor, scope, request.body) };
  });
  app.get(`${API}/activities/:id`, { schema: { tags, params: byId } }, async (request) => {
    const { scope } = await actorAndScope(ctx, request);
    return { activity: await getActivity(db, scope, request.params.id) };
  });
  app.patch(
    `${API}/activities/:id`,
    { schema: { tags, params: byId, body: activityPatch } },
    async (request) => {
      const { actor, scope } = await actorAndScope(ctx, request);
      return { activity: await updateActivity(db, clock, actor, scope, request.params.id, request.body) };
    },
  );
  app.delete(`${API}/activities/:id`, { schema: { tags, params: byId } }, async (request) => {
    const { actor, scope } = await actorAndScope(ctx, request);
    await deleteActivity(db, clock, actor, scope, request.params.id);
    return { ok: true };
  });

  // ---- master studios and researcher patches ----
  app.get(`${API}/studios`, { schema: { tags, querystring: countyQuery } }, async (request) => {
    const { scope } = await actorAndScope(ctx, request);
    return listStudios(db, scope, request.query);
  });
  app.get(`${API}/studios/export`, { schema: { tags, querystring: countyQuery } }, async (request, reply) => {
    const { scope } = await actorAndScope(ctx, request);
    const { items } = await listStudios(db, scope, request.query);
    return sendXlsx(reply, '名师工作室', await studiosWorkbook(items));
  });
  app.post(
    `${API}/studios`,
    { schema: { tags, body: z.object({ countyId: z.uuid().optional(), ...studioFields }) } },
    async (request) => {
      const { actor, scope } = await actorAndScope(ctx, request);
      return { studio: await createStudio(db, clock, actor, scope, request.body) };
    },
  );
  app.patch(
    `${API}/studios/:id`,
    { schema: { tags, params: byId, body: z.object(studioFields).partial() } },
    async (request) => {
      const { actor, scope } = await actorAndScope(ctx, request);
      return { studio: await updateStudio(db, clock, actor, scope, request.params.id, request.body) };
    },
  );
  app.delete(`${API}/studios/:id`, { schema: { tags, params: byId } }, async (request) => {
    const { actor, scope } = await actorAndScope(ctx, request);
    await deleteStudio(db, clock, actor, scope, request.params.id);
    return { ok: true };
  });
  app.get(`${API}/researcher-patches`, { schema: { tags, querystring: countyQuery } }, async (request) => {
    const { scope } = await actorAndScope(ctx, request);
    return listPatches(db, scope, request.query);
  });
  app.get(
    `${API}/researcher-patches/export`,
    { schema: { tags, querystring: countyQuery } },
    async (request, reply) => {
      const { scope } = await actorAndScope(ctx, request);
      const { items } = await listPatches(db, scope, request.query);
      return sendXlsx(reply, '教研员包片', await patchesWorkbook(items));
    },
  );
  app.post(
    `${API}/researcher-patches`,
    { schema: { tags, body: patchBody.extend({ countyId: z.uuid().optional() }) } },
    async (request) => {
      const { actor, scope } = await actorAndScope(ctx, request);
      return { patch: await createPatch(db, clock, actor, scope, request.body) };
    },
  );
  app.put(
    `${API}/researcher-patches/:id`,
    { schema: { tags, params: byId, body: patchBody } },
    async (request) => {
      const { actor, scope } = await actorAndScope(ctx, request);
      return { patch: await replacePatch(db, clock, actor, scope, request.params.id, request.body) };
    },
  );
  app.delete(`${API}/researcher-patches/:id`, { schema: { tags, params: byId } }, async (request) => {
    const { actor, scope } = await actorAndScope(ctx, request);
    await deletePatch(db, clock, actor, scope, request.params.id);
    return { ok: true };
  });

  // ---- compliance ----
  app.get(`${API}/compliance`, { schema: { tags, querystring: complianceQuery } }, async (request) => {
    const { scope } = await actorAndScope(ctx, request);
    return compliance(db, clock, scope, request.query);
  });
  app.get(
    `${API}/compliance/export`,
    { schema: { tags, querystring: complianceQuery } },
    async (request, reply) => {
      const { scope } = await actorAndScope(ctx, request);
      const { items, term } = await compliance(db, clock, scope, request.query);
      return sendXlsx(reply, `共同体任务达标-${term.id}`, await complianceWorkbook(items));
    },
  );
  app.get(
    `${API}/compliance/reminders`,
    { schema: { tags, querystring: reminderQuery } },
    async (request) => {
      const { scope } = await actorAndScope(ctx, request);
      return reminders(db, clock, scope, request.query);
    },
  );
  app.get(
    `${API}/compliance/reminders/export`,
    { schema: { tags, querystring: reminderQuery } },
    async (request, reply) => {
      const { scope } = await actorAndScope(ctx, request);
      const { items, term } = await reminders(db, clock, scope, request.query);
      return sendXlsx(reply, `共同体任务提醒-${term.id}`, await complianceWorkbook(items));
    },
  );

  // ---- mentorship ----
  app.get(`${API}/mentorships`, { schema: { tags, querystring: pairList } }, async (request) => {
    const { scope } = await actorAndScope(ctx, request);
    return listPairs(db, clock, scope, request.query);
  });
  app.get(
    `${API}/mentorships/export`,
    { schema: { tags, querystring: pairList } },
    async (request, reply) => {
      const { scope } = await actorAndScope(ctx, request);
      const { items } = await listPairs(db, clock, scope, request.query);
      return sendXlsx(reply, '师徒结对', await mentorshipsWorkbook(items));
    },
  );
  app.get(
    `${API}/mentorships/counts`,
    { schema: { tags, querystring: countyQuery.extend({ onDate: isoDate.optional() }) } },
    async (request) => {
      const { scope } = await actorAndScope(ctx, request);
      return pairCounts(db, clock, scope, request.query);
    },
  );
  app.post(
    `${API}/mentorships`,
    { schema: { tags, body: z.object({ countyId: z.uuid().optional(), ...pairFields }) } },
    async (request) => {
      const { actor, scope } = await actorAndScope(ctx, request);
      return { mentorship: await createPair(db, clock, actor, scope, request.body) };
    },
  );
  app.patch(
    `${API}/mentorships/:id`,
    { schema: { tags, params: byId, body: z.object(pairFields).partial() } },
    async (request) => {
      const { actor, scope } = await actorAndScope(ctx, request);
      return { mentorship: await updatePair(db, clock, actor, scope, request.params.id, request.body) };
    },
  );
  app.delete(`${API}/mentorships/:id`, { schema: { tags, params: byId } }, async (request) => {
    const { actor, scope } = await actorAndScope(ctx, request);
    await deletePair(db, clock, actor, scope, request.params.id);
    return { ok: true };
  });

  // ---- bundled evaluation ----
  app.get(`${API}/evaluation/scheme`, { schema: { tags, querystring: yearQuery } }, async (request) => {
    const { scope } = await actorAndScope(ctx, request);
    return getScheme(db, scope, request.query);
  });
  app.put(
    `${API}/evaluation/scheme`,
    {
      schema: {
        tags,
        body: z.object({
          countyId: z.uuid().optional(),
          schoolYear: schoolYearSchema,
          scheme: bundledSchemeSchema.nullable(),
        }),
      },
    },
    async (request) => {
      const { actor, scope } = await actorAndScope(ctx, request);
      return putScheme(db, clock, actor, scope, {
        ...request.body,
        scheme: request.body.scheme as BundledScheme | null,
      });
    },
  );
  app.get(`${API}/evaluation/inputs`, { schema: { tags, querystring: yearQuery } }, async (request) => {
    const { scope } = await actorAndScope(ctx, request);
    return getInputs(db, clock, scope, {
      ...request.query,
      schoolYear: request.query.schoolYear as SchoolYear,
    });
  });
  app.put(
    `${API}/evaluation/inputs/:id`,
    {
      schema: {
        tags,
        params: byId,
        body: z.object({
          schoolYear: schoolYearSchema,
          entered: z.record(z.string().min(1).max(60), score),
          rotationsExpected: z.number().int().min(0).max(1000).nullable().optional(),
        }),
      },
    },
    async (request) => {
      const { actor, scope } = await actorAndScope(ctx, request);
      return putInputs(db, clock, actor, scope, request.params.id, request.body);
    },
  );
  app.post(
    `${API}/evaluation/results`,
    { schema: { tags, body: z.object({ countyId: z.uuid().optional(), schoolYear: schoolYearSchema }) } },
    async (request) => {
      const { actor, scope } = await actorAndScope(ctx, request);
      return computeResults(db, clock, actor, scope, {
        ...request.body,
        schoolYear: request.body.schoolYear as SchoolYear,
      });
    },
  );
  app.get(`${API}/evaluation/results`, { schema: { tags, querystring: yearQuery } }, async (request) => {
    const { scope } = await actorAndScope(ctx, request);
    return getResults(db, scope, request.query);
  });
  app.get(
    `${API}/evaluation/results/school`,
    {
      schema: {
        tags,
        querystring: yearQuery.extend({ schoolId: z.uuid().optional() }),
        description:
          "EVA-2, one school's part: its community's score and rank and its own contribution and assessment " +
          'share. School-level callers read their own school; county-level callers name schoolId.',
      },
    },
    async (request) => {
      const { scope } = await actorAndScope(ctx, request);
      return getSchoolResult(db, scope, request.query);
    },
  );
  app.get(
    `${API}/evaluation/results/export`,
    { schema: { tags, querystring: yearQuery } },
    async (request, reply) => {
      const { scope } = await actorAndScope(ctx, request);
      const { items, schoolYear } = await getResults(db, scope, request.query);
      return sendXlsx(reply, `共同体捆绑考核-${schoolYear}`, await resultsWorkbook(items));
    },
  );

  // ---- one community (after the fixed paths) ----
  app.get(`${API}/:id`, { schema: { tags, params: byId } }, async (request) => {
    const { scope } = await actorAndScope(ctx, request);
    return { community: await getCommunity(db, clock, scope, request.params.id) };
  });
  app.get(
    `${API}/:id/schools`,
    {
      schema: {
        tags,
        params: byId,
        querystring: z.object({ onDate: isoDate.optional() }),
        description: "The community's schools on a day with their coordinates (its cockpit map).",
      },
    },
    async (request) => {
      const { scope } = await actorAndScope(ctx, request);
      return communitySchools(db, clock, scope, request.params.id, request.query);
    },
  );
  app.patch(`${API}/:id`, { schema: { tags, params: byId, body: communityPatch } }, async (request) => {
    const { actor, scope } = await actorAndScope(ctx, request);
    return updateCommunity(db, clock, actor, scope, request.params.id, request.body);
  });
  app.delete(`${API}/:id`, { schema: { tags, params: byId } }, async (request) => {
    const { actor, scope } = await actorAndScope(ctx, request);
    await deleteCommunity(db, clock, actor, scope, request.params.id);
    return { ok: true };
  });
  app.post(
    `${API}/:id/members`,
    {
      schema: {
        tags,
        params: byId,
        body: z.object({ schoolId: z.uuid(), joinedOn: isoDate, leftOn: isoDate.nullable().optional() }),
      },
    },
    async (request) => {
      const { actor, scope } = await actorAndScope(ctx, request);
      return addMember(db, clock, actor, scope, request.params.id, request.body);
    },
  );
  app.post(
    `${API}/:id/members/:membershipId/leave`,
    {
      schema: {
        tags,
        params: z.object({ id: z.uuid(), membershipId: z.uuid() }),
        body: z.object({ leftOn: isoDate }),
      },
    },
    async (request) => {
      const { actor, scope } = await actorAndScope(ctx, request);
      return endMembership(
        db,
        clock,
        actor,
        scope,
        request.params.id,
        request.params.membershipId,
        request.body,
      );
    },
  );
};
