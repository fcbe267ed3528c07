// Helpers that turn platform data into the plain inputs of a bundled evaluation. Each takes plain values so
// the caller (server, CLI, what-if) decides where the data comes from.
import { weightedCv } from '../balance/cv';
import type { Activity } from '../activities/types';
import type { Period } from '../activities/terms';

/** Rotations from the lead school to its members (seed 002: 牵头校每年选派…到成员校任职、任教). */
export function rotationsFromLead(
  rotations: readonly { fromSchoolCode: string; toSchoolCode: string }[],
  leadSchoolCode: string,
  memberSchoolCodes: readonly string[],
): number {
  return rotations.filter(
    (r) => r.fromSchoolCode === leadSchoolCode && memberSchoolCodes.includes(r.toSchoolCode),
  ).length;
}

/** Activities logged for the community within the period. */
export function activitiesHeldFor(
  activities: readonly Activity[],
  communityId: string,
  period: Period,
): number {
  return activities.filter(
    (a) => a.communityId === communityId && a.date >= period.startOn && a.date <= period.endOn,
  ).length;
}

/**
 * The student-weighted CV of one indicator across the community's schools (the official formula of
 * 教督〔2012〕3号, applied inside one community); null when undefined (no students or a zero mean).
 */
export function withinCommunityCv(rows: readonly { students: number; value: number }[]): number | null {
  const cv = weightedCv(
    rows.map((r) => r.students),
    rows.map((r) => r.value),
  );
  return cv.defined ? cv.cv : null;
}

/** The composite within-community CV: the plain mean of the per-indicator CVs that are defined. */
export function compositeWithinCv(cvs: readonly (number | null)[]): number | null {
  const known = cvs.filter((c): c is number => c !== null);
  return known.length === 0 ? null : known.reduce((s, c) => s + c, 0) / known.length;
}

/**
 * 增值评价: this year's value against last year's — `difference` (current − previous) for scores on a fixed
 * scale, `relative` ((current − previous) ÷ previous) for counts and per-student ratios.
 */
export function valueAddedOf(
  previous: number | null,
  current: number | null,
  mode: 'difference' | 'relative' = 'difference',
): number | null {
  if (previous === null || current === null) return null;
  if (mode === 'difference') return current - previous;
  return previous === 0 ? null : (current - previous) / previous;
}
