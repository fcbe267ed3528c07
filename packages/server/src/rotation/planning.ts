// A campaign's planner input: the county's stored data for the campaign's school year (in canonical order),
// the stored policy, the exemptions as TeacherFacts (and "other" exemptions as never-send locks), the bureau's
// locked assignments as fixed destinations, and the county's community memberships (lead ↔ member direction).
import type {
  CountyData,
  Lock,
  PlanInput,
  RotationPolicy,
  SchoolCommunities,
  SchoolYear,
  TeacherFacts,
  UrbanRural,
  YearMonth,
} from '@junheng/core';
import { and, eq, or } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { rotationAssignments, rotationExemptions, schools } from '../db/schema';
import { readCountyData } from '../county-data/read';
import { DomainError } from '../shared/errors';
import type { CampaignRow } from './access';
import { canonicalOrder } from './canonical';
import { communityRolesOf } from './community-roles';

export const EXEMPTION_RULES = [
  'pregnancyOrNursing',
  'certifiedIllness',
  'rotatedRecently',
  'other',
] as const;
export type ExemptionRule = (typeof EXEMPTION_RULES)[number];
export type ExemptionRow = typeof rotationExemptions.$inferSelect;
export type AssignmentRow = typeof rotationAssignments.$inferSelect;

export interface SchoolRef {
  id: string;
  code: string;
  name: string;
  urbanRural: UrbanRural;
}

export interface CampaignContext {
  campaign: CampaignRow;
  data: CountyData;
  policy: RotationPolicy;
  exemptions: ExemptionRow[];
  byCode: Map<string, SchoolRef>;
  byId: Map<string, SchoolRef>;
  /** School → communities on the campaign's start, for the lead ↔ member direction. */
  communities: SchoolCommunities;
}

export async function schoolRefs(db: Executor, countyId: string): Promise<SchoolRef[]> {
  const rows = await db
    .select({ id: schools.id, code: schools.schoolCode, name: schools.name, urbanRural: schools.urbanRural })
    .from(schools)
    .where(eq(schools.countyId, countyId));
  return rows.map((r) => ({ ...r, urbanRural: r.urbanRural as UrbanRural }));
}

export async function campaignContext(db: Executor, campaign: CampaignRow): Promise<CampaignContext> {
  const year = campaign.schoolYear as SchoolYear;
  const data = canonicalOrder(await readCountyData(db, campaign.countyId, [year]));
  if (!data.stats.some((s) => s.schoolYear === year)) {
    throw new DomainError('STATS_NOT_FOUND', `no statistics for ${year} / 该学年无办学条件数据`);
  }
  const exemptions = await db
    .select()
    .from(rotationExemptions)
    .where(
      and(eq(rotationExemptions.countyId, campaign.countyId), eq(rotationExemptions.campaignId, campaign.id)),
    );
  const refs = await schoolRefs(db, campaign.countyId);
  return {
    campaign,
    data,
    policy: campaign.policy as RotationPolicy,
    exemptions,
    byCode: new Map(refs.map((r) => [r.code, r])),
    byId: new Map(refs.map((r) => [r.id, r])),
    communities: await communityRolesOf(db, campaign.countyId, campaign.campaignMonth),
  };
}

export function factsOf(exemptions: readonly ExemptionRow[]): TeacherFacts[] {
  const facts = new Map<string, TeacherFacts>();
  for (const e of exemptions) {
    const f = facts.get(e.teacherCode) ?? { teacherCode: e.teacherCode };
    if (e.rule === 'pregnancyOrNursing') f.pregnantOrNursing = true;
    if (e.rule === 'certifiedIllness') f.certifiedIllness = true;
    if (e.rule === 'rotatedRecently' && e.lastRotationEnd) f.lastRotationEnd = e.lastRotationEnd as YearMonth;
    facts.set(e.teacherCode, f);
  }
  return [...facts.values()];
}

/** Locked assignments keep their destination; an "other" exemption keeps the teacher at home. */
export function locksOf(ctx: CampaignContext, assignments: readonly AssignmentRow[]): Lock[] {
  const fixed: Lock[] = assignments
    .filter((a) => a.locked)
    .map((a) => ({
      teacherCode: a.teacherCode,
      kind: 'fixedDestination',
      schoolCode: ctx.byId.get(a.toSchoolId)?.code ?? '',
    }));
  const kept = new Set(fixed.map((l) => l.teacherCode));
  const never: Lock[] = ctx.exemptions
    .filter((e) => e.rule === 'other' && !kept.has(e.teacherCode))
    .map((e) => ({ teacherCode: e.teacherCode, kind: 'mustNotGo' }));
  return [...fixed, ...never];
}

export function planInputOf(ctx: CampaignContext, locks: readonly Lock[]): PlanInput {
  return {
    schools: ctx.data.schools,
    stats: ctx.data.stats,
    teachers: ctx.data.teachers,
    schoolYear: ctx.campaign.schoolYear as SchoolYear,
    campaignMonth: ctx.campaign.campaignMonth,
    policy: ctx.policy,
    facts: factsOf(ctx.exemptions),
    locks,
    communities: ctx.communities,
  };
}

/** The assignments from or to a school. */
export const fromOrTo = (schoolId: string) =>
  or(eq(rotationAssignments.fromSchoolId, schoolId), eq(rotationAssignments.toSchoolId, schoolId));

/** The campaign's assignments; with a school, only those from or to it. */
export async function assignmentsOf(
  db: Executor,
  campaign: CampaignRow,
  schoolId: string | null = null,
  teacherCode: string | null = null,
): Promise<AssignmentRow[]> {
  return db
    .select()
    .from(rotationAssignments)
    .where(
      and(
        eq(rotationAssignments.countyId, campaign.countyId),
        eq(rotationAssignments.campaignId, campaign.id),
        schoolId === null ? undefined : fromOrTo(schoolId),
        teacherCode === null ? undefined : eq(rotationAssignments.teacherCode, teacherCode),
      ),
    )
    .orderBy(rotationAssignments.fromSchoolId, rotationAssignments.teacherCode);
}

/** Stored assignments as the moves the check takes. */
export function movesOf(ctx: CampaignContext, rows: readonly AssignmentRow[]) {
  return rows.map((a) => ({
    teacherCode: a.teacherCode,
    toSchoolCode: ctx.byId.get(a.toSchoolId)?.code ?? '',
    locked: a.locked,
    arrived: a.status === 'arrived',
  }));
}
