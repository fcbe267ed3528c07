// Communities, membership history and the rules (COM-1/2) through the API on the shared test world: writes are
// audited, rule breaks are refused with the violations, the county's violation list names uncovered rural
// schools, and other counties and other schools see nothing.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../db/schema';
import { testDatabases } from '../testing/databases';
import { call, errorCode, login, type Session } from '../testing/http';
import { openTestApp, type TestApp } from '../testing/test-app';
import { xlsxRows } from '../testing/xlsx';

interface Member {
  id: string;
  school: { id: string; code: string };
  joinedOn: string;
  leftOn: string | null;
  current: boolean;
}
interface CommunityOut {
  id: string;
  name: string;
  members: Member[];
  currentMembers: number;
}
interface Violation {
  code: string;
  severity: string;
  school: { id: string | null } | null;
  community: { id: string } | null;
}

describe.each(testDatabases())('communities on $name', (testDb) => {
  let t: TestApp;
  let county: Session;
  let ids: string[];
  let countyId: string;
  let groupId: string;
  const api = (path = '') => `/api/v1/communities${path}`;

  beforeAll(async () => {
    t = await openTestApp(testDb);
    county = await login(t.app, 'county-a1');
    ids = t.world.counties.a1.schoolIds;
    countyId = t.world.counties.a1.id;
  });
  afterAll(async () => t.close());

  const audits = (entity: string, entityId: string) =>
    t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, entity), eq(auditLog.entityId, entityId)));

  it('creates a community with its lead as a member, audited; others cannot', async () => {
    const payload = {
      countyId,
      kind: 'education_group',
      name: '东山县第三小学教育集团',
      leadSchoolId: ids[2],
      memberSchoolIds: [ids[1], ids[3]],
      startOn: '2024-09-01',
      charterText: '章程：每学期集体备课不少于8次。',
    };
    const res = await call(t.app, county, 'POST', api(), { payload });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { community: CommunityOut; warnings: { code: string }[] };
    groupId = body.community.id;
    expect(body.community.members.map((m) => m.school.id).sort()).toEqual([ids[1], ids[2], ids[3]].sort());
    expect((await audits('community', groupId)).map((a) => a.action)).toEqual(['create']);

    const other = await login(t.app, 'county-a2');
    expect(errorCode(await call(t.app, other, 'POST', api(), { payload }))).toBe('COUNTY_NOT_FOUND');
    expect((await call(t.app, other, 'GET', api(`/${groupId}`))).statusCode).toBe(404);
    const viewer = await login(t.app, 'viewer-a1');
    expect(errorCode(await call(t.app, viewer, 'POST', api(), { payload }))).toBe('FORBIDDEN');
    // A member school sees its community; a school outside it does not.
    const member = await login(t.app, 'school-a1-2');
    expect((await call(t.app, member, 'GET', api(`/${groupId}`))).statusCode).toBe(200);
    const outsider = await login(t.app, 'school-a1-1');
    expect((await call(t.app, outsider, 'GET', api(`/${groupId}`))).statusCode).toBe(404);
    const list = (await call(t.app, outsider, 'GET', api(`?countyId=${countyId}`))).json() as {
      items: CommunityOut[];
    };
    expect(list.items).toEqual([]);
  });

  it('refuses a school in two communities of one kind, and allows it once the first stay has ended', async () => {
    const payload = {
      countyId,
      kind: 'education_group',
      name: '东山县第一小学教育集团',
      leadSchoolId: ids[0],
      memberSchoolIds: [ids[1]],
      startOn: '2024-09-01',
    };
    const res = await call(t.app, county, 'POST', api(), { payload });
    expect(res.statusCode).toBe(409);
    expect(errorCode(res)).toBe('COMMUNITY_CONFLICT');
    const details = (res.json() as { error: { details: { violations: Violation[] } } }).error.details;
    expect(details.violations.map((v) => v.code)).toEqual(['multipleCommunitiesOfKind']);

    // School 2 leaves the first group at the end of the autumn term; joining the second one later is fine.
    const group = (await call(t.app, county, 'GET', api(`/${groupId}`))).json() as {
      community: CommunityOut;
    };
    const stay = group.community.members.find((m) => m.school.id === ids[1]) as Member;
    const left = await call(t.app, county, 'POST', api(`/${groupId}/members/${stay.id}/leave`), {
      payload: { leftOn: '2025-01-31' },
    });
    expect(left.statusCode, left.body).toBe(200);
    // Joining on the day it left overlaps by one day: refused. The next day is fine.
    const clash = await call(t.app, county, 'POST', api(), {
      payload: { ...payload, startOn: '2025-01-31' },
    });
    expect(clash.statusCode).toBe(409);
    const ok = await call(t.app, county, 'POST', api(), { payload: { ...payload, startOn: '2025-02-01' } });
    expect(ok.statusCode, ok.body).toBe(200);

    const history = (await call(t.app, county, 'GET', api(`/schools/${ids[1]}/history`))).json() as {
      items: { communityId: string; joinedOn: string; leftOn: string | null }[];
    };
    expect(history.items.map((h) => [h.joinedOn, h.leftOn])).toEqual([
      ['2024-09-01', '2025-01-31'],
      ['2025-02-01', null],
    ]);
    expect((await audits('community_membership', stay.id)).map((a) => a.action)).toEqual(['update']);
  });

  it('enforces the size cap from the county settings', async () => {
    const put = await call(t.app, county, 'PUT', api('/settings'), {
      payload: { countyId, rules: { maxSchools: { school_district: 2 } } },
    });
    expect(put.statusCode, put.body).toBe(200);
    const res = await call(t.app, county, 'POST', api(), {
      payload: {
        countyId,
        kind: 'school_district',
        name: '东山县城关学区',
        leadSchoolId: ids[2],
        memberSchoolIds: [ids[0], ids[3]],
        startOn: '2024-09-01',
      },
    });
    expect(res.statusCode).toBe(409);
    const v = (res.json() as { error: { details: { violations: Violation[] } } }).error.details.violations;
    expect(v.map((x) => x.code)).toContain('tooManySchools');
    // A member added later past the cap is refused the same way.
    const small = await call(t.app, county, 'POST', api(), {
      payload: {
        countyId,
        kind: 'school_district',
        name: '东山县城关学区',
        leadSchoolId: ids[2],
        memberSchoolIds: [ids[0]],
        startOn: '2024-09-01',
      },
    });
    expect(small.statusCode, small.body).toBe(200);
    const districtId = (small.json() as { community: CommunityOut }).community.id;
    const add = await call(t.app, county, 'POST', api(`/${districtId}/members`), {
      payload: { schoolId: ids[3], joinedOn: '2025-03-01' },
    });
    expect(add.statusCode).toBe(409);
    const put2 = await call(t.app, county, 'PUT', api('/settings'), { payload: { countyId, rules: null } });
    expect(put2.statusCode).toBe(200);
    expect((await call(t.app, county, 'DELETE', api(`/${districtId}`))).statusCode).toBe(200);
    expect((await audits('community', districtId)).map((a) => a.action).sort()).toEqual(['create', 'delete']);
  });

  it('lists the county violations, uncovered rural schools included, and exports them', async () => {
    // School 2 (rural) left the group on 2025-01-31 and joined the other on 2025-02-01: covered both days.
    const covered = (
      await call(t.app, county, 'GET', api(`/violations?countyId=${countyId}&onDate=2025-02-01`))
    ).json() as {
      items: Violation[];
    };
    expect(covered.items.filter((v) => v.code === 'schoolUncovered')).toEqual([]);
    const before = (
      await call(t.app, county, 'GET', api(`/violations?countyId=${countyId}&onDate=2024-08-31`))
    ).json() as {
      items: Violation[];
    };
    const uncovered = before.items.filter((v) => v.code === 'schoolUncovered');
    expect(uncovered.map((v) => v.school?.id)).toEqual([ids[1]]);
    const school = await login(t.app, 'school-a1-2');
    expect((await call(t.app, school, 'GET', api(`/violations?countyId=${countyId}`))).statusCode).toBe(404);
    const xlsx = await call(
      t.app,
      county,
      'GET',
      api(`/violations/export?countyId=${countyId}&onDate=2024-08-31`),
    );
    expect(xlsx.statusCode).toBe(200);
    const rows = await xlsxRows(xlsx.rawPayload);
    expect(rows[0]).toContain('说明');
    expect(rows.some((r) => r.includes('schoolUncovered'))).toBe(true);
  });

  it('exports the community list with one row per stay', async () => {
    const res = await call(t.app, county, 'GET', api(`/export?countyId=${countyId}`));
    expect(res.statusCode).toBe(200);
    const rows = await xlsxRows(res.rawPayload);
    expect(rows[0]?.slice(0, 3)).toEqual(['共同体', '类型', '牵头校']);
    // Group 1: three stays; group 2: two.
    expect(rows.length - 1).toBe(5);
  });

  it('updates and ends a community, closing open memberships, audited', async () => {
    const res = await call(t.app, county, 'PATCH', api(`/${groupId}`), {
      payload: { name: '东山县第三小学教育集团（更名）', endOn: '2025-07-31' },
    });
    expect(res.statusCode, res.body).toBe(200);
    const c = (res.json() as { community: CommunityOut }).community;
    expect(c.members.every((m) => m.leftOn !== null && m.leftOn <= '2025-07-31')).toBe(true);
    const entries = await audits('community', groupId);
    expect(entries.map((a) => a.action)).toEqual(['create', 'update']);
  });
});
