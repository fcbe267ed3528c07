import type { County, User } from '../api/types';

/** What the header names: the user's county, the only county in scope, the city, or nothing specific. */
export function scopeName(user: User, counties: County[]): string | undefined {
  const own = counties.find((county) => county.id === user.countyId);
  if (own) return own.name;
  if (counties.length === 1) return counties[0]?.name;
  if (user.role === 'city' && counties.length > 0) return counties[0]?.cityName;
  return undefined;
}

/** The county whose townships and school years a filter offers: an explicit choice, else the only one. */
export function effectiveCountyId(
  chosen: string | undefined,
  user: User,
  counties: County[],
): string | undefined {
  if (chosen) return chosen;
  if (user.countyId) return user.countyId;
  return counties.length === 1 ? counties[0]?.id : undefined;
}
