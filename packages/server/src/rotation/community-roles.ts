// The county's communities as the planner's lead ↔ member direction reads them: school code → the communities it
// belongs to on the first day of the campaign month (a community that ended, or a school that left, before
// then does not count). Read-only over the communities area's tables.
import {
  schoolCommunityRoles,
  type Community,
  type CommunityKind,
  type SchoolCommunities,
} from '@junheng/core';
import { eq } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { communities, communityMemberships, schools } from '../db/schema';

export async function communityRolesOf(
  db: Executor,
  countyId: string,
  campaignMonth: string,
): Promise<SchoolCommunities> {
  const codes = new Map(
    (
      await db
        .select({ id: schools.id, code: schools.schoolCode })
        .from(schools)
        .where(eq(schools.countyId, countyId))
    ).map((s) => [s.id, s.code]),
  );
  const rows = await db.select().from(communities).where(eq(communities.countyId, countyId));
  if (rows.length === 0) return new Map();
  const members = await db
    .select()
    .from(communityMemberships)
    .where(eq(communityMemberships.countyId, countyId));
  const list: Community[] = rows.map((c) => ({
    id: c.id,
    kind: c.kind as CommunityKind,
    name: c.name,
    leadSchoolCode: codes.get(c.leadSchoolId) ?? '',
    members: members
      .filter((m) => m.communityId === c.id)
      .map((m) => ({ schoolCode: codes.get(m.schoolId) ?? '', joinedOn: m.joinedOn, leftOn: m.leftOn })),
    startOn: c.startOn,
    endOn: c.endOn,
  }));
  return schoolCommunityRoles(list, `${campaignMonth}-01`);
}
