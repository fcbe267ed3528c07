// Test setup for the communities area: an education group created through the API as the bureau would.
import { expect } from 'vitest';
import { call, type Session } from './http';
import type { TestApp } from './test-app';

/** Creates an education group from 2024-09-01 with a lead and members (school ids); returns its id. */
export async function createGroup(
  t: TestApp,
  county: Session,
  countyId: string,
  group: { name: string; lead: string; members: readonly string[] },
): Promise<string> {
  const res = await call(t.app, county, 'POST', '/api/v1/communities', {
    payload: {
      countyId,
      kind: 'education_group',
      name: group.name,
      leadSchoolId: group.lead,
      memberSchoolIds: group.members,
      startOn: '2024-09-01',
    },
  });
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as { community: { id: string } }).community.id;
}
