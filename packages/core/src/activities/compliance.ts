// ACT-2: how far each community, master studio and researcher is with its quotas in a term, as a traffic light.
import type { LocalizedText } from '../import/types';
import { urbanRuralOf, type School } from '../org/types';
import type { IsoDate } from '../communities/dates';
import { membersOn } from '../communities/membership';
import type { Community } from '../communities/types';
import type { ComplianceRule, ComplianceSubjectKind } from './compliance-rules';
import { subjectSchools, subjectsFor, type ComplianceSubject, type SubjectSources } from './subjects';
import { DEFAULT_TERM_CALENDAR, schoolYearPeriod, type Period, type Term, type TermCalendar } from './terms';
import { quotaProgress, type QuotaProgress } from './traffic-light';
import type { Activity, MasterStudio, ResearcherPatch } from './types';

export type ComplianceScope =
  { kind: 'county' } | { kind: 'community'; communityId: string } | { kind: 'school'; schoolCode: string };

export interface ComplianceContext {
  /** The day the view is for (core has no clock): activities after it are plans, not work done. */
  asOf: IsoDate;
  schools: readonly School[];
  masterStudios?: readonly MasterStudio[];
  researcherPatches?: readonly ResearcherPatch[];
  calendar?: TermCalendar;
}

export interface ComplianceRow extends QuotaProgress {
  ruleId: string;
  label: LocalizedText;
  source: string;
  subjectKind: ComplianceSubjectKind;
  subjectId: string;
  subjectName: string;
  period: Period;
  /** The activities that were counted, for drilling down. */
  activityIds: string[];
}

/** Lessons an activity contributes: its count, or one for a lesson observation logged without a count. */
export function lessonsOf(a: Activity): number {
  return a.lessonsObserved ?? (a.kind === 'lessonObservation' ? 1 : 0);
}

export function complianceFor(
  scope: ComplianceScope,
  activities: readonly Activity[],
  communities: readonly Community[],
  rules: readonly ComplianceRule[],
  term: Term,
  context: ComplianceContext,
): ComplianceRow[] {
  const calendar = context.calendar ?? DEFAULT_TERM_CALENDAR;
  const src: SubjectSources = {
    communities,
    masterStudios: context.masterStudios ?? [],
    researcherPatches: context.researcherPatches ?? [],
  };
  const urbanRural = new Map(context.schools.map((s) => [s.schoolCode, urbanRuralOf(s.urbanRuralCode)]));
  const rows: ComplianceRow[] = [];
  for (const rule of rules) {
    const period: Period = rule.period === 'term' ? term : schoolYearPeriod(term.schoolYear, calendar);
    // Scope membership is read on the view date, kept inside the period so a past term is scoped as it was.
    const refDate = clampDate(context.asOf, period);
    for (const subject of subjectsFor(rule, src, period)) {
      if (!inScope(scope, subject, src, refDate)) continue;
      const counted = activities.filter(
        (a) =>
          subject.owns(a) &&
          a.date >= period.startOn &&
          a.date <= period.endOn &&
          a.date <= context.asOf &&
          counts(rule, subject, a, urbanRural),
      );
      const done = counted.reduce((sum, a) => sum + (rule.measure === 'lessons' ? lessonsOf(a) : 1), 0);
      rows.push({
        ruleId: rule.id,
        label: rule.label,
        source: rule.source,
        subjectKind: subject.kind,
        subjectId: subject.id,
        subjectName: subject.name,
        period: { id: period.id, startOn: period.startOn, endOn: period.endOn },
        activityIds: counted.map((a) => a.id),
        ...quotaProgress(rule.required, done, period.startOn, period.endOn, context.asOf),
      });
    }
  }
  return rows;
}

function clampDate(date: IsoDate, p: Period): IsoDate {
  return date < p.startOn ? p.startOn : date > p.endOn ? p.endOn : date;
}

function counts(
  rule: ComplianceRule,
  subject: ComplianceSubject,
  a: Activity,
  urbanRural: ReadonlyMap<string, string>,
): boolean {
  if (!rule.kinds.includes(a.kind)) return false;
  if (rule.ruralQualityOnly === true && !a.ruralQuality) return false;
  if (rule.hostUrbanRural !== undefined) {
    const ur = urbanRural.get(a.hostSchoolCode);
    if (ur === undefined || !(rule.hostUrbanRural as readonly string[]).includes(ur)) return false;
  }
  if (rule.hostInSubject === true) {
    const inside = subject.schoolsOn(a.date);
    if (inside !== null && !inside.includes(a.hostSchoolCode)) return false;
  }
  return true;
}

function inScope(
  scope: ComplianceScope,
  subject: ComplianceSubject,
  src: SubjectSources,
  onDate: IsoDate,
): boolean {
  switch (scope.kind) {
    case 'county':
      return true;
    case 'community': {
      if (subject.kind === 'community') return subject.id === scope.communityId;
      const community = src.communities.find((c) => c.id === scope.communityId);
      const members = community === undefined ? [] : membersOn(community, onDate);
      return subjectSchools(subject, src, onDate).some((code) => members.includes(code));
    }
    case 'school':
      return subjectSchools(subject, src, onDate).includes(scope.schoolCode);
  }
}
