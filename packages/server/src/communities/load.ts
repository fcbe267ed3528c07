// A county's stored communities, joint work and settings back as core's plain data (school codes, ISO dates),
// plus the lookups the services need to turn codes into ids and names for the API.
import {
  communityRules,
  DEFAULT_COMPLIANCE_RULES,
  DEFAULT_REMINDER_DAYS,
  DEFAULT_TERM_CALENDAR,
  type Activity,
  type ActivityParticipant,
  type Community,
  type CommunityKind,
  type CommunityRules,
  type ComplianceRule,
  type MasterStudio,
  type Mentorship,
  type Ownership,
  type ResearcherPatch,
  type RunBy,
  type School,
  type SchoolType,
  type Subject,
  type TermCalendar,
  type UrbanRural,
  type UrbanRuralCode,
} from '@junheng/core';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../db/client';
import {
  activities,
  activitySchools,
  communities,
  communityMemberships,
  communitySettings,
  counties,
  masterStudios,
  mentorshipPairs,
  researcherPatches,
  researcherPatchSchools,
  schools,
} from '../db/schema';
import { countyNotFound } from './access';

export interface SchoolRef {
  id: string;
  code: string;
  name: string;
  urbanRural: UrbanRural;
}

export interface CountySchools {
  list: School[];
  byId: Map<string, SchoolRef>;
  byCode: Map<string, SchoolRef>;
  /** id → code; an unknown id maps to itself so a core check reports it rather than crashing. */
  code(id: string): string;
  ref(id: string): { id: string; code: string; name: string } | null;
}

export async function countySchools(db: Executor, countyId: string): Promise<CountySchools> {
  const [county] = await db
    .select({ code: counties.divisionCode })
    .from(counties)
    .where(eq(counties.id, countyId));
  if (!county) throw countyNotFound();
  const rows = await db
    .select()
    .from(schools)
    .where(eq(schools.countyId, countyId))
    .orderBy(asc(schools.schoolCode));
  const codeOf = new Map(rows.map((s) => [s.id, s.schoolCode]));
  const list: School[] = rows.map((s) => ({
    schoolCode: s.schoolCode,
    name: s.name,
    countyCode: county.code,
    township: null,
    schoolType: s.schoolType as SchoolType,
    ownership: s.ownership as Ownership,
    runBy: s.runBy as RunBy,
    urbanRuralCode: s.urbanRuralCode as UrbanRuralCode,
    parentSchoolCode: s.parentSchoolId ? (codeOf.get(s.parentSchoolId) ?? null) : null,
    weak: s.weak,
    lng: s.lng,
    lat: s.lat,
  }));
  const refs = rows.map((s) => ({
    id: s.id,
    code: s.schoolCode,
    name: s.name,
    urbanRural: s.urbanRural as UrbanRural,
  }));
  const byId = new Map(refs.map((r) => [r.id, r]));
  const byCode = new Map(refs.map((r) => [r.code, r]));
  return {
    list,
    byId,
    byCode,
    code: (id) => byId.get(id)?.code ?? id,
    ref: (id) => {
      const r = byId.get(id);
      return r ? { id: r.id, code: r.code, name: r.name } : null;
    },
  };
}

export interface CountySettings {
  rules: CommunityRules;
  complianceRules: ComplianceRule[];
  calendar: TermCalendar;
  reminderDays: number;
  /** What the county stored (null = the core default is in force). */
  stored: {
    rules: Partial<CommunityRules> | null;
    complianceRules: ComplianceRule[] | null;
    calendar: TermCalendar | null;
    reminderDays: number | null;
  };
}

export async function countySettings(db: Executor, countyId: string): Promise<CountySettings> {
  const [row] = await db.select().from(communitySettings).where(eq(communitySettings.countyId, countyId));
  const rules = (row?.rules ?? null) as Partial<CommunityRules> | null;
  const complianceRules = (row?.complianceRules ?? null) as ComplianceRule[] | null;
  const calendar = (row?.calendar ?? null) as TermCalendar | null;
  const reminderDays = row?.reminderDays ?? null;
  return {
    rules: communityRules(rules ?? {}),
    complianceRules: complianceRules ?? DEFAULT_COMPLIANCE_RULES,
    calendar: calendar ?? DEFAULT_TERM_CALENDAR,
    reminderDays: reminderDays ?? DEFAULT_REMINDER_DAYS,
    stored: { rules, complianceRules, calendar, reminderDays },
  };
}

export type CommunityRow = typeof communities.$inferSelect;
export type MembershipRow = typeof communityMemberships.$inferSelect;

export interface LoadedCommunities {
  rows: CommunityRow[];
  memberships: MembershipRow[];
  core: Community[];
}

export function toCoreCommunity(
  row: CommunityRow,
  members: readonly MembershipRow[],
  s: CountySchools,
): Community {
  return {
    id: row.id,
    kind: row.kind as CommunityKind,
    name: row.name,
    leadSchoolCode: s.code(row.leadSchoolId),
    members: members
      .filter((m) => m.communityId === row.id)
      .map((m) => ({ schoolCode: s.code(m.schoolId), joinedOn: m.joinedOn, leftOn: m.leftOn })),
    startOn: row.startOn,
    endOn: row.endOn,
    charter: row.charterText,
  };
}

export async function loadCommunities(
  db: Executor,
  countyId: string,
  s: CountySchools,
): Promise<LoadedCommunities> {
  const rows = await db
    .select()
    .from(communities)
    .where(eq(communities.countyId, countyId))
    .orderBy(asc(communities.kind), asc(communities.name), asc(communities.id));
  const memberships = await db
    .select()
    .from(communityMemberships)
    .where(eq(communityMemberships.countyId, countyId))
    .orderBy(asc(communityMemberships.joinedOn), asc(communityMemberships.id));
  return { rows, memberships, core: rows.map((r) => toCoreCommunity(r, memberships, s)) };
}

export type ActivityRow = typeof activities.$inferSelect;

export interface StoredParticipant extends ActivityParticipant {
  name?: string | undefined;
}

export function toCoreActivity(row: ActivityRow, schoolIds: readonly string[], s: CountySchools): Activity {
  return {
    id: row.id,
    kind: row.kind as Activity['kind'],
    date: row.date,
    ...(row.title === null ? {} : { title: row.title }),
    communityId: row.communityId,
    hostSchoolCode: s.code(row.hostSchoolId),
    participantSchoolCodes: schoolIds.map((id) => s.code(id)),
    participants: (row.participants as StoredParticipant[]).map((p) => ({
      personId: p.personId,
      role: p.role,
    })),
    researcherId: row.researcherPatchId,
    masterStudioId: row.masterStudioId,
    ...(row.lessonsObserved === null ? {} : { lessonsObserved: row.lessonsObserved }),
    ruralQuality: row.ruralQuality,
    files: row.files as string[],
  };
}

/** Participant school ids per activity. */
export async function activitySchoolIds(
  db: Executor,
  countyId: string,
  activityIds: readonly string[],
): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (activityIds.length === 0) return out;
  const rows = await db
    .select()
    .from(activitySchools)
    .where(
      and(eq(activitySchools.countyId, countyId), inArray(activitySchools.activityId, [...activityIds])),
    );
  for (const r of rows) out.set(r.activityId, [...(out.get(r.activityId) ?? []), r.schoolId]);
  return out;
}

/** Every activity of the county between two dates (inclusive), as core data. */
export async function loadActivities(
  db: Executor,
  countyId: string,
  s: CountySchools,
  range?: { from: string; to: string },
): Promise<Activity[]> {
  const rows = await db
    .select()
    .from(activities)
    .where(eq(activities.countyId, countyId))
    .orderBy(asc(activities.date), asc(activities.id));
  const inRange = range ? rows.filter((r) => r.date >= range.from && r.date <= range.to) : rows;
  const all = await db.select().from(activitySchools).where(eq(activitySchools.countyId, countyId));
  const bySchool = new Map<string, string[]>();
  for (const r of all) bySchool.set(r.activityId, [...(bySchool.get(r.activityId) ?? []), r.schoolId]);
  return inRange.map((r) => toCoreActivity(r, bySchool.get(r.id) ?? [], s));
}

export type StudioRow = typeof masterStudios.$inferSelect;

export function toCoreStudio(r: StudioRow, s: CountySchools): MasterStudio {
  return {
    id: r.id,
    name: r.name,
    leaderId: r.leaderId,
    schoolCode: s.code(r.schoolId),
    communityId: r.communityId,
    ...(r.subject === null ? {} : { subject: r.subject as Subject }),
    startOn: r.startOn,
    endOn: r.endOn,
  };
}

export async function loadStudios(db: Executor, countyId: string, s: CountySchools): Promise<MasterStudio[]> {
  const rows = await db
    .select()
    .from(masterStudios)
    .where(eq(masterStudios.countyId, countyId))
    .orderBy(asc(masterStudios.name), asc(masterStudios.id));
  return rows.map((r) => toCoreStudio(r, s));
}

export async function loadPatches(
  db: Executor,
  countyId: string,
  s: CountySchools,
): Promise<ResearcherPatch[]> {
  const rows = await db
    .select()
    .from(researcherPatches)
    .where(eq(researcherPatches.countyId, countyId))
    .orderBy(asc(researcherPatches.name), asc(researcherPatches.id));
  const links = await db
    .select()
    .from(researcherPatchSchools)
    .where(eq(researcherPatchSchools.countyId, countyId));
  return rows.map((r) => ({
    researcherId: r.id,
    name: r.name,
    schoolCodes: links
      .filter((l) => l.patchId === r.id)
      .map((l) => s.code(l.schoolId))
      .sort(),
  }));
}

export type MentorshipRow = typeof mentorshipPairs.$inferSelect;

export function toCoreMentorship(r: MentorshipRow, s: CountySchools): Mentorship {
  return {
    id: r.id,
    mentorId: r.mentorId,
    menteeId: r.menteeId,
    mentorSchoolCode: s.code(r.mentorSchoolId),
    menteeSchoolCode: s.code(r.menteeSchoolId),
    communityId: r.communityId,
    ...(r.subject === null ? {} : { subject: r.subject as Subject }),
    startOn: r.startOn,
    endOn: r.endOn,
  };
}
