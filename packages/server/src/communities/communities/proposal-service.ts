// COM-3: a proposal of communities from the county's schools (core's planner: leads given, or chosen by it),
// stored as shown so the bureau accepts exactly that — or its own edit of it (members moved between groups, a
// lead changed); accepting stores every group as a community (origin `proposal`) under the same rules as a
// hand-made one and marks the proposal accepted, all in one audited transaction that records the edits.
import {
  chooseLeads,
  COMMUNITY_KIND_LABELS,
  leadCandidates,
  proposalParams,
  proposalSchoolsOf,
  proposalToCommunities,
  proposeForLeads,
  COMMUNITY_KINDS,
  URBAN_RURALS,
  type Proposal,
  type ProposalParams,
  type SchoolYear,
} from '@junheng/core';
import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../../audit/service';
import { createdStamps } from '../../audit/stamps';
import type { Actor } from '../../auth/roles';
import type { Scope } from '../../auth/scope';
import { readCountyData } from '../../county-data/read';
import type { Db } from '../../db/client';
import { communityProposals } from '../../db/schema';
import type { Clock } from '../../shared/clock';
import { DomainError } from '../../shared/errors';
import {
  assertCountyLevel,
  assertManager,
  CommunityConflict,
  countyOf,
  isCountyLevel,
  managedCounty,
  notFound,
} from '../access';
import { isoDate, today } from '../dates';
import { countySchools, countySettings, loadCommunities } from '../load';
import { enforceRules, insertCommunity, presentCommunity } from './service';

export const proposalBodySchema = z.object({
  countyId: z.uuid().optional(),
  /** The statistics year whose student numbers the planner reads. */
  schoolYear: z.string().regex(/^\d{4}-\d{4}$/),
  /** Leads the bureau names; without them the planner chooses `leadCount` leads (or the fewest that cover). */
  leadSchoolIds: z.array(z.uuid()).max(500).optional(),
  leadCount: z.union([z.number().int().min(1).max(500), z.literal('fewest')]).optional(),
  params: z
    .object({
      kind: z.enum(COMMUNITY_KINDS),
      maxSchools: z.number().int().min(2).max(50),
      maxRoadKm: z.number().positive().max(1000).nullable(),
      roadFactor: z.number().min(1).max(5),
      weights: z
        .object({
          perKm: z.number().min(0).max(1000),
          strengthGap: z.number().min(0).max(100000),
          leaveOut: z.number().min(0).max(100000),
        })
        .partial(),
      mustCover: z.array(z.enum(URBAN_RURALS)),
      mayCover: z.array(z.enum(URBAN_RURALS)),
    })
    .partial()
    .optional(),
});
export type ProposalBody = z.infer<typeof proposalBodySchema>;

/** The bureau's edits before accepting: the groups as they are to be stored (members moved, leads changed). */
export const acceptBodySchema = z.object({
  startOn: isoDate,
  charterText: z.string().trim().max(20000).nullable().optional(),
  groups: z
    .array(
      z.object({
        leadSchoolId: z.uuid(),
        memberSchoolIds: z.array(z.uuid()).max(200),
        name: z.string().trim().min(1).max(100).optional(),
      }),
    )
    .min(1)
    .max(500)
    .optional(),
});
export type AcceptBody = z.infer<typeof acceptBodySchema>;

interface Group {
  name: string;
  leadCode: string;
  memberCodes: string[];
}

/** The group each school is in, by its lead (a lead is in its own). */
function assignment(groups: readonly Group[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const g of groups) {
    out.set(g.leadCode, g.leadCode);
    for (const m of g.memberCodes) out.set(m, g.leadCode);
  }
  return out;
}

/**
 * What the bureau changed against the planner's groups, for the audit: leads added and dropped, and every school
 * that ended up in another group (`from`/`to` are lead codes; null = in no group).
 */
export function proposalEdits(proposed: readonly Group[], accepted: readonly Group[]) {
  const before = assignment(proposed);
  const after = assignment(accepted);
  const leadsBefore = new Set(proposed.map((g) => g.leadCode));
  const leadsAfter = new Set(accepted.map((g) => g.leadCode));
  const schools = [...new Set([...before.keys(), ...after.keys()])].sort();
  return {
    leadsAdded: [...leadsAfter].filter((c) => !leadsBefore.has(c)).sort(),
    leadsRemoved: [...leadsBefore].filter((c) => !leadsAfter.has(c)).sort(),
    moved: schools
      .filter((c) => (before.get(c) ?? null) !== (after.get(c) ?? null))
      .map((c) => ({ school: c, from: before.get(c) ?? null, to: after.get(c) ?? null })),
  };
}

/** The edited groups in codes; a school named twice (in two groups, or as a member of two) is refused. */
function editedGroups(
  groups: NonNullable<AcceptBody['groups']>,
  s: Awaited<ReturnType<typeof countySchools>>,
  suffix: string,
): Group[] {
  const seen = new Map<string, number>();
  const out = groups.map((g) => {
    const ids = [g.leadSchoolId, ...g.memberSchoolIds];
    for (const id of ids)
      if (!s.byId.has(id)) throw new DomainError('SCHOOL_NOT_FOUND', 'school not found / 学校不存在');
    const members = [...new Set(g.memberSchoolIds)].filter((id) => id !== g.leadSchoolId);
    for (const id of [g.leadSchoolId, ...members]) seen.set(id, (seen.get(id) ?? 0) + 1);
    const lead = s.byId.get(g.leadSchoolId);
    return {
      name: g.name ?? `${lead?.name ?? ''}${suffix}`,
      leadCode: s.code(g.leadSchoolId),
      memberCodes: members.map((id) => s.code(id)),
    };
  });
  const twice = [...seen].filter(([, n]) => n > 1).map(([id]) => s.code(id));
  if (twice.length > 0)
    throw new DomainError(
      'VALIDATION_FAILED',
      `a school is in more than one group / 学校被分入多个组: ${twice.join(', ')}`,
      { schools: twice },
    );
  return out;
}

type ProposalRow = typeof communityProposals.$inferSelect;

function present(row: ProposalRow) {
  return {
    id: row.id,
    countyId: row.countyId,
    params: row.params,
    proposal: row.proposal as Proposal & { leadChoice?: unknown },
    createdAt: row.createdAt,
    createdByName: row.createdByName,
    acceptedAt: row.acceptedAt,
    acceptedByName: row.acceptedByName,
  };
}

export async function createProposal(db: Db, clock: Clock, actor: Actor, scope: Scope, body: ProposalBody) {
  const countyId = managedCounty(actor, scope, body.countyId);
  const s = await countySchools(db, countyId);
  const { rules } = await countySettings(db, countyId);
  const params: ProposalParams = proposalParams(body.params ?? {});
  const data = await readCountyData(db, countyId, [body.schoolYear as SchoolYear]);
  const schools = proposalSchoolsOf(data, body.schoolYear as SchoolYear, rules);
  let proposal: Proposal;
  let leadChoice: { leads: string[]; lowerBound: number | null; gap: number | null } | null = null;
  if (body.leadSchoolIds !== undefined) {
    for (const id of body.leadSchoolIds)
      if (!s.byId.has(id)) throw new DomainError('SCHOOL_NOT_FOUND', 'school not found / 学校不存在');
    proposal = proposeForLeads(
      schools,
      body.leadSchoolIds.map((id) => s.code(id)),
      params,
    );
  } else {
    const candidates = leadCandidates(schools, params.kind, rules);
    if (candidates.length === 0)
      throw new DomainError('VALIDATION_FAILED', 'no school may lead / 没有可作牵头校的学校');
    const choice = chooseLeads(schools, { candidates, count: body.leadCount ?? 'fewest' }, params);
    proposal = choice.proposal;
    leadChoice = { leads: choice.leads, lowerBound: choice.lowerBound, gap: choice.gap };
  }
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(communityProposals)
      .values({
        countyId,
        params: {
          schoolYear: body.schoolYear,
          leadSchoolIds: body.leadSchoolIds ?? null,
          leadCount: body.leadCount ?? null,
          params,
        },
        proposal: { ...proposal, leadChoice },
        ...createdStamps(actor, clock()),
      })
      .returning();
    if (!row) throw new Error('proposal insert returned no row');
    await recordAudit(tx, clock, {
      actor,
      countyId,
      entity: 'community_proposal',
      entityId: row.id,
      action: 'create',
      after: {
        status: proposal.status,
        kind: proposal.kind,
        totals: proposal.totals,
        objective: proposal.objective,
      },
    });
    return { proposal: present(row) };
  });
}

async function proposalInScope(db: Db, scope: Scope, id: string): Promise<ProposalRow> {
  if (scope.countyIds !== null && scope.countyIds.length === 0) throw notFound('proposal / 方案');
  const [row] = await db.select().from(communityProposals).where(eq(communityProposals.id, id));
  if (!row || (scope.countyIds !== null && !scope.countyIds.includes(row.countyId)) || !isCountyLevel(scope))
    throw notFound('proposal / 方案');
  return row;
}

export async function listProposals(db: Db, scope: Scope, q: { countyId?: string | undefined }) {
  const countyId = countyOf(scope, q.countyId);
  assertCountyLevel(scope, countyId);
  const rows = await db
    .select()
    .from(communityProposals)
    .where(eq(communityProposals.countyId, countyId))
    .orderBy(desc(communityProposals.createdAt));
  return { items: rows.map(present) };
}

export async function getProposal(db: Db, scope: Scope, id: string) {
  return { proposal: present(await proposalInScope(db, scope, id)) };
}

export async function acceptProposal(
  db: Db,
  clock: Clock,
  actor: Actor,
  scope: Scope,
  id: string,
  body: AcceptBody,
) {
  const row = await proposalInScope(db, scope, id);
  assertManager(actor);
  if (row.acceptedAt !== null) throw new CommunityConflict('the proposal was accepted already / 方案已采纳');
  const proposal = row.proposal as Proposal;
  if (proposal.status !== 'proposed')
    throw new CommunityConflict('an infeasible proposal cannot be accepted / 方案不可行，不能采纳', {
      problems: proposal.problems,
    });
  const countyId = row.countyId;
  const s = await countySchools(db, countyId);
  const idOf = (code: string) => {
    const r = s.byCode.get(code);
    if (!r) throw new CommunityConflict(`school ${code} is gone / 学校已不存在`);
    return r.id;
  };
  const proposed: Group[] = proposalToCommunities(proposal, {
    startOn: body.startOn,
    idPrefix: 'p',
    charter: body.charterText ?? null,
  }).map((c) => ({
    name: c.name,
    leadCode: c.leadSchoolCode,
    memberCodes: c.members.map((m) => m.schoolCode).filter((code) => code !== c.leadSchoolCode),
  }));
  const groups =
    body.groups === undefined
      ? proposed
      : editedGroups(body.groups, s, COMMUNITY_KIND_LABELS[proposal.kind]['zh-CN']);
  const edits = body.groups === undefined ? null : proposalEdits(proposed, groups);
  return db.transaction(async (tx) => {
    const before = (await loadCommunities(tx, countyId, s)).core;
    const made = [];
    for (const g of groups) {
      made.push(
        await insertCommunity(
          tx,
          clock,
          actor,
          countyId,
          s,
          {
            kind: proposal.kind,
            name: g.name,
            leadSchoolId: idOf(g.leadCode),
            memberSchoolIds: g.memberCodes.map(idOf),
            startOn: body.startOn,
            charterText: body.charterText ?? null,
          },
          'proposal',
        ),
      );
    }
    // The same rules as a hand-made community (size cap, one community per kind, the lead's class): an edit
    // that breaks one rolls the whole accept back.
    const warnings = await enforceRules(tx, countyId, s, before, body.startOn);
    const [accepted] = await tx
      .update(communityProposals)
      .set({ acceptedAt: clock(), acceptedBy: actor.id, acceptedByName: actor.username })
      .where(and(eq(communityProposals.countyId, countyId), eq(communityProposals.id, id)))
      .returning();
    await recordAudit(tx, clock, {
      actor,
      countyId,
      entity: 'community_proposal',
      entityId: id,
      action: 'update',
      before: { accepted: false },
      after: {
        accepted: true,
        startOn: body.startOn,
        communities: made.map((m) => m.row.id),
        edited: edits !== null,
        ...(edits === null
          ? {}
          : {
              edits,
              groups: groups.map((g) => ({ lead: g.leadCode, members: g.memberCodes })),
            }),
      },
    });
    const onDate = today(clock);
    return {
      proposal: present(accepted as ProposalRow),
      communities: made.map((m) => presentCommunity(m.row, m.memberships, s, onDate, null)),
      warnings,
      edits,
    };
  });
}
