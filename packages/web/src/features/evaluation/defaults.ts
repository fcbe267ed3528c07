// Which county, school year and standard the page opens with when the URL does not say.
import type { County, User } from '../../app/api/types';

/** quality-2017 is the operative standard (standards.md §5); basic-2012 stays available. */
export const DEFAULT_STANDARD = 'quality-2017';

/** The chosen county if it is in scope, else the user's own, else the first in scope. */
export function defaultCountyId(
  chosen: string | undefined,
  user: User,
  counties: County[],
): string | undefined {
  if (chosen && counties.some((c) => c.id === chosen)) return chosen;
  if (user.countyId && counties.some((c) => c.id === user.countyId)) return user.countyId;
  return counties[0]?.id;
}

/** The chosen year if the county has data for it, else the latest one. */
export function defaultSchoolYear(chosen: string | undefined, years: readonly string[]): string | undefined {
  if (chosen && years.includes(chosen)) return chosen;
  return [...years].sort().at(-1);
}

/** Roles that may store a run (the server's rule: admin, city and county staff). */
export function canSaveRun(role: User['role']): boolean {
  return role === 'admin' || role === 'city' || role === 'county';
}

/** The city view compares counties: for users who see more than one. */
export function canCompareCounties(role: User['role'], countyCount: number): boolean {
  return (role === 'admin' || role === 'city') && countyCount > 0;
}
