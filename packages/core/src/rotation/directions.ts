// Directions with the community rule: a move matches a direction when both selectors match and, for the
// lead ↔ member direction (seed 002), the two schools share a community with exactly one of them its lead.
// Memberships are input data — a map school code → the communities it belongs to on the campaign's start date.
import { membersOn } from '../communities/membership';
import type { IsoDate } from '../communities/dates';
import type { Community } from '../communities/types';
import type { School } from '../org/types';
import type { DirectionRule, RotationPolicy } from './policy';
import { matchesSelector } from './schools';

/** One community a school belongs to, and whether it is that community's lead school (牵头校). */
export interface SchoolCommunityRole {
  communityId: string;
  lead: boolean;
}

/** School code → its communities. A school in no community has no entry. */
export type SchoolCommunities = ReadonlyMap<string, readonly SchoolCommunityRole[]>;

const NONE: SchoolCommunities = new Map();

/** The map the planner takes, from core communities as they stand on `onDate` (memberships with dates). */
export function schoolCommunityRoles(
  communities: readonly Community[],
  onDate: IsoDate,
): Map<string, SchoolCommunityRole[]> {
  const out = new Map<string, SchoolCommunityRole[]>();
  for (const c of communities) {
    const members = new Set(membersOn(c, onDate));
    // The lead is a member too (communities/types.ts), whether or not it is listed among the members.
    if (members.size > 0) members.add(c.leadSchoolCode);
    for (const code of members) {
      out.set(code, [...(out.get(code) ?? []), { communityId: c.id, lead: code === c.leadSchoolCode }]);
    }
  }
  return out;
}

/** The community in which one school is the lead and the other a member (either way round), or null. */
export function leadMemberCommunity(
  from: string,
  to: string,
  communities: SchoolCommunities = NONE,
): string | null {
  const theirs = communities.get(to) ?? [];
  for (const mine of communities.get(from) ?? []) {
    const other = theirs.find((r) => r.communityId === mine.communityId);
    if (other !== undefined && other.lead !== mine.lead) return mine.communityId;
  }
  return null;
}

function inAnyCommunity(school: School, communities: SchoolCommunities): boolean {
  return (communities.get(school.schoolCode)?.length ?? 0) > 0;
}

/** The direction allows this move. */
export function directionAllows(
  d: DirectionRule,
  from: School,
  to: School,
  communities: SchoolCommunities = NONE,
): boolean {
  if (!matchesSelector(from, d.from) || !matchesSelector(to, d.to)) return false;
  return (
    d.community !== 'leadMember' || leadMemberCommunity(from.schoolCode, to.schoolCode, communities) !== null
  );
}

/** The first enabled direction that allows the move, or undefined. */
export function directionFor(
  policy: Pick<RotationPolicy, 'directions'>,
  from: School,
  to: School,
  communities: SchoolCommunities = NONE,
): DirectionRule | undefined {
  return policy.directions.find((d) => directionAllows(d, from, to, communities));
}

/** The school may send under some direction (a community direction needs the school in a community). */
export function mayDepart(d: DirectionRule, school: School, communities: SchoolCommunities = NONE): boolean {
  return (
    matchesSelector(school, d.from) && (d.community !== 'leadMember' || inAnyCommunity(school, communities))
  );
}

/** The school may receive under the direction. */
export function mayArrive(d: DirectionRule, school: School, communities: SchoolCommunities = NONE): boolean {
  return (
    matchesSelector(school, d.to) && (d.community !== 'leadMember' || inAnyCommunity(school, communities))
  );
}
