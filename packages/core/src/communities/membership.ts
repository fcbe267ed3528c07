// Who belongs to which community on a given day, and a school's history across communities.
import { withinDates, type IsoDate } from './dates';
import type { Community, CommunityKind, CommunityMembership } from './types';

export function communityActiveOn(community: Community, onDate: IsoDate): boolean {
  return withinDates(onDate, community.startOn, community.endOn);
}

export function membershipActiveOn(membership: CommunityMembership, onDate: IsoDate): boolean {
  return withinDates(onDate, membership.joinedOn, membership.leftOn);
}

/** School codes of the community's members on `onDate` (lead included when listed), in listing order, unique. */
export function membersOn(community: Community, onDate: IsoDate): string[] {
  if (!communityActiveOn(community, onDate)) return [];
  const codes = community.members.filter((m) => membershipActiveOn(m, onDate)).map((m) => m.schoolCode);
  return [...new Set(codes)];
}

/** The communities a school belongs to on `onDate`, optionally of one kind. */
export function communitiesOfSchool(
  communities: readonly Community[],
  schoolCode: string,
  onDate: IsoDate,
  kind?: CommunityKind,
): Community[] {
  return communities.filter(
    (c) => (kind === undefined || c.kind === kind) && membersOn(c, onDate).includes(schoolCode),
  );
}

export interface MembershipHistoryEntry {
  communityId: string;
  kind: CommunityKind;
  name: string;
  lead: boolean;
  joinedOn: IsoDate;
  leftOn: IsoDate | null;
}

/** Every stay of a school in any community, oldest first (COM-1: history of membership). */
export function membershipHistory(
  communities: readonly Community[],
  schoolCode: string,
): MembershipHistoryEntry[] {
  const entries = communities.flatMap((c) =>
    c.members
      .filter((m) => m.schoolCode === schoolCode)
      .map((m) => ({
        communityId: c.id,
        kind: c.kind,
        name: c.name,
        lead: c.leadSchoolCode === schoolCode,
        joinedOn: m.joinedOn,
        leftOn: m.leftOn ?? c.endOn,
      })),
  );
  return entries.sort(
    (a, b) => a.joinedOn.localeCompare(b.joinedOn) || a.communityId.localeCompare(b.communityId),
  );
}
