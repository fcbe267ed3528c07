// ACT-2: each quota per term (or school year) for the county, one community or one school, with its traffic
// light and how far behind a steady pace it is; and the reminders for quotas still short near the period's end.
import {
  complianceFor,
  complianceReminders,
  complianceSummary,
  termById,
  termOf,
  termOfSchoolYear,
  schoolYearOf,
  type ComplianceRow,
  type ComplianceScope,
  type Term,
  type TermCalendar,
} from '@junheng/core';
import type { Scope } from '../../auth/scope';
import type { Db } from '../../db/client';
import type { Clock } from '../../shared/clock';
import { DomainError } from '../../shared/errors';
import { countyNotFound, countyOf, isCountyLevel, notFound } from '../access';
import { today } from '../dates';
import {
  countySchools,
  countySettings,
  loadActivities,
  loadCommunities,
  loadPatches,
  loadStudios,
  type CountySchools,
} from '../load';

/** The term a day falls in; in the holidays, the term that ended last. */
export function termAround(date: string, calendar: TermCalendar): Term {
  const t = termOf(date, calendar);
  if (t !== null) return t;
  const year = schoolYearOf(date, calendar);
  const spring = termOfSchoolYear(year, 2, calendar);
  return date > spring.endOn ? spring : termOfSchoolYear(year, 1, calendar);
}

export interface ComplianceQuery {
  countyId?: string | undefined;
  termId?: string | undefined;
  asOf?: string | undefined;
  communityId?: string | undefined;
  schoolId?: string | undefined;
}

export interface ComplianceData {
  countyId: string;
  term: Term;
  asOf: string;
  scope: ComplianceScope;
  rows: ComplianceRow[];
  s: CountySchools;
  communityNames: Map<string, string>;
}

/** The rows in the caller's reach: a school-level caller sees its own school, or a community it is in. */
export async function complianceData(
  db: Db,
  clock: Clock,
  scope: Scope,
  q: ComplianceQuery,
): Promise<ComplianceData> {
  const countyId = countyOf(scope, q.countyId);
  const settings = await countySettings(db, countyId);
  const asOf = q.asOf ?? today(clock);
  let term: Term;
  try {
    term =
      q.termId === undefined ? termAround(asOf, settings.calendar) : termById(q.termId, settings.calendar);
  } catch (error) {
    throw new DomainError('VALIDATION_FAILED', (error as Error).message);
  }
  const s = await countySchools(db, countyId);
  const loaded = await loadCommunities(db, countyId, s);
  let cscope: ComplianceScope;
  if (q.communityId !== undefined) {
    const c = loaded.core.find((x) => x.id === q.communityId);
    if (!c) throw notFound('community / 共同体');
    if (!isCountyLevel(scope)) {
      const own = s.code(scope.schoolId as string);
      const everMember = c.members.some((m) => m.schoolCode === own) || c.leadSchoolCode === own;
      if (!everMember) throw notFound('community / 共同体');
    }
    cscope = { kind: 'community', communityId: c.id };
  } else if (q.schoolId !== undefined || !isCountyLevel(scope)) {
    const schoolId = q.schoolId ?? (scope.schoolId as string);
    if (!isCountyLevel(scope) && schoolId !== scope.schoolId) throw notFound('school / 学校');
    if (!s.byId.has(schoolId)) throw notFound('school / 学校');
    cscope = { kind: 'school', schoolCode: s.code(schoolId) };
  } else {
    if (!isCountyLevel(scope)) throw countyNotFound();
    cscope = { kind: 'county' };
  }
  const year = termById(`${term.schoolYear}-1`, settings.calendar);
  const activities = await loadActivities(db, countyId, s, { from: year.startOn, to: addYear(year.startOn) });
  const rows = complianceFor(cscope, activities, loaded.core, settings.complianceRules, term, {
    asOf,
    schools: s.list,
    masterStudios: await loadStudios(db, countyId, s),
    researcherPatches: await loadPatches(db, countyId, s),
    calendar: settings.calendar,
  });
  return {
    countyId,
    term,
    asOf,
    scope: cscope,
    rows,
    s,
    communityNames: new Map(loaded.rows.map((r) => [r.id, r.name])),
  };
}

const addYear = (d: string) => `${Number(d.slice(0, 4)) + 1}${d.slice(4)}`;

/** A row as the API gives it: the core row plus "behind by" (short of a steady pace) and the schools. */
export function presentRow(r: ComplianceRow) {
  return { ...r, behindBy: Math.max(r.expectedByNow - r.done, 0) };
}

export async function compliance(db: Db, clock: Clock, scope: Scope, q: ComplianceQuery) {
  const d = await complianceData(db, clock, scope, q);
  return {
    countyId: d.countyId,
    term: d.term,
    asOf: d.asOf,
    scope: d.scope,
    summary: complianceSummary(d.rows),
    items: d.rows.map(presentRow),
  };
}

export async function reminders(
  db: Db,
  clock: Clock,
  scope: Scope,
  q: ComplianceQuery & { withinDays?: number | undefined },
) {
  const d = await complianceData(db, clock, scope, q);
  const { reminderDays } = await countySettings(db, d.countyId);
  const withinDays = q.withinDays ?? reminderDays;
  return {
    countyId: d.countyId,
    term: d.term,
    asOf: d.asOf,
    withinDays,
    items: complianceReminders(d.rows, withinDays).map(presentRow),
  };
}
