// One community's evaluation inputs from the platform's plain data for a school year: the rotations the lead
// made, the activities logged, the quotas met, each member's value-added, and the CV within the community.
import { complianceSummary } from '../activities/reminders';
import type { ComplianceRow } from '../activities/compliance';
import { DEFAULT_TERM_CALENDAR, schoolYearPeriod, type TermCalendar } from '../activities/terms';
import type { Activity } from '../activities/types';
import { membersOn } from '../communities/membership';
import type { Community } from '../communities/types';
import type { SchoolYear } from '../org/types';
import { activitiesHeldFor, rotationsFromLead, valueAddedOf, withinCommunityCv } from './inputs';
import type { BundledEvaluationInput } from './types';

/** A school's quality indicator and its students in one year (students weight the within-community CV). */
export interface QualityObservation {
  schoolCode: string;
  students: number;
  value: number;
}

export interface GatherSources {
  schoolYear: SchoolYear;
  calendar?: TermCalendar;
  activities: readonly Activity[];
  /** complianceFor rows in the community's scope for each term of the year, pooled (both terms' rows). */
  complianceRows: readonly ComplianceRow[];
  rotations: readonly { fromSchoolCode: string; toSchoolCode: string }[];
  /** What the rotation policy expects of the lead this year (e.g. its quota toward members). */
  rotationsExpected: number;
  qualityBefore: readonly QualityObservation[];
  qualityAfter: readonly QualityObservation[];
  valueAddedMode?: 'difference' | 'relative';
  entered: Record<string, number | null>;
}

export function gatherBundledInput(community: Community, src: GatherSources): BundledEvaluationInput {
  const period = schoolYearPeriod(src.schoolYear, src.calendar ?? DEFAULT_TERM_CALENDAR);
  // Members as they stood at the end of the year being evaluated.
  const all = membersOn(community, period.endOn);
  const members = all.filter((code) => code !== community.leadSchoolCode);
  const before = new Map(src.qualityBefore.map((q) => [q.schoolCode, q.value]));
  const after = new Map(src.qualityAfter.map((q) => [q.schoolCode, q.value]));
  const valueAdded: Record<string, number | null> = {};
  for (const code of members) {
    valueAdded[code] = valueAddedOf(before.get(code) ?? null, after.get(code) ?? null, src.valueAddedMode);
  }
  const cvOf = (rows: readonly QualityObservation[]) => {
    const inside = rows.filter((q) => all.includes(q.schoolCode));
    return inside.length < 2 ? null : withinCommunityCv(inside);
  };
  return {
    communityId: community.id,
    name: community.name,
    leadSchoolCode: community.leadSchoolCode,
    memberSchoolCodes: members,
    rotationsMade: rotationsFromLead(src.rotations, community.leadSchoolCode, members),
    rotationsExpected: src.rotationsExpected,
    activitiesHeld: activitiesHeldFor(src.activities, community.id, period),
    complianceShare: complianceSummary(src.complianceRows).metShare,
    valueAdded,
    cvBefore: cvOf(src.qualityBefore),
    cvAfter: cvOf(src.qualityAfter),
    entered: src.entered,
  };
}
