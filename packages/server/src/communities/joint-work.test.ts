// Joint work through the API (ACT-1..3, EVA-1/2): the activity log and its scoping, the quota counters and
// traffic lights at term boundaries, reminders near a term's end, mentorship pairs and counts, and the bundled
// evaluation from scheme to ranked results with each school's contribution — every write audited.
import { DEFAULT_BUNDLED_SCHEME } from '@junheng/core';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, users } from '../db/schema';
import { testDatabases } from '../testing/databases';
import { call, errorCode, login, type Session } from '../testing/http';
import { createGroup } from '../testing/communities';
import { openTestApp, type TestApp } from '../testing/test-app';
import { testPasswordHash } from '../testing/world';
import { xlsxRows } from '../testing/xlsx';

interface Row {
  ruleId: string;
  subjectId: string;
  required: number;
  done: number;
  missing: number;
  expectedByNow: number;
  behindBy: number;
  status: 'green' | 'amber' | 'red';
  daysLeft: number;
  period: { id: string };
}

/** One quota of two joint research activities per community per term. */
const RULES = [
  {
    id: 'twoPerTerm',
    label: { 'zh-CN': '每学期联合教研2次', 'en-US': 'Two joint research events a term' },
    source: 'test',
    subject: 'community',
    period: 'term',
    required: 2,
    kinds: ['jointResearch'],
    measure: 'activities',
  },
];

describe.each(testDatabases())('joint work on $name', (testDb) => {
  let t: TestApp;
  let county: Session;
  let ids: string[];
  let countyId: string;
  let groupId: string;
  let otherGroupId: string;
  const api = (path = '') => `/api/v1/communities${path}`;
  const audited = async (entity: string, entityId: string | null) =>
    (
      await t.database.db
        .select()
        .from(auditLog)
        .where(
          and(eq(auditLog.entity, entity), entityId === null ? undefined : eq(auditLog.entityId, entityId)),
        )
    ).map((a) => a.action);

  const log = (s: Session, date: string, host: string, extra: Record<string, unknown> = {}) =>
    call(t.app, s, 'POST', api('/activities'), {
      payload: { countyId, kind: 'jointResearch', date, hostSchoolId: host, communityId: groupId, ...extra },
    });
  const rowsOf = async (query: string) => {
    const res = await call(t.app, county, 'GET', api(`/compliance?countyId=${countyId}&${query}`));
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as { items: Row[] }).items.filter((r) => r.subjectId === groupId);
  };

  beforeAll(async () => {
    t = await openTestApp(testDb);
    county = await login(t.app, 'county-a1');
    ids = t.world.counties.a1.schoolIds;
    countyId = t.world.counties.a1.id;
    const settings = await call(t.app, county, 'PUT', api('/settings'), {
      payload: { countyId, complianceRules: RULES, reminderDays: 30 },
    });
    expect(settings.statusCode, settings.body).toBe(200);
    const make = (name: string, lead: string, members: string[]) =>
      createGroup(t, county, countyId, { name, lead, members });
    // The lead school's account (the shared world has accounts at schools 1 and 2 only).
    await t.database.db.insert(users).values({
      username: 'school-a1-3',
      displayName: '东山县第3小学',
      role: 'school',
      passwordHash: await testPasswordHash(),
      cityId: t.world.counties.a1.cityId,
      countyId,
      schoolId: ids[2],
      mustChangePassword: false,
      createdAt: t.clock.now(),
    });
    groupId = await make('东山县第三小学教育集团', ids[2] as string, [ids[1] as string]);
    otherGroupId = await make('东山县第一小学教育集团', ids[0] as string, [ids[3] as string]);
  });
  afterAll(async () => t.close());

  it('lets a school log its own activities only, audited, and scopes the log', async () => {
    const school = await login(t.app, 'school-a1-2');
    const own = await log(school, '2024-09-01', ids[1] as string, {
      participantSchoolIds: [ids[2]],
      peopleCount: 14,
    });
    expect(own.statusCode, own.body).toBe(200);
    const activity = (own.json() as { activity: { id: string; termId: string; schoolYear: string } })
      .activity;
    expect(activity.termId).toBe('2024-2025-1');
    expect(await audited('activity', activity.id)).toEqual(['create']);
    // Another school's activity: refused. Host not a member that day: refused.
    expect(errorCode(await log(school, '2024-09-02', ids[2] as string))).toBe('FORBIDDEN');
    expect(errorCode(await log(county, '2024-09-02', ids[0] as string))).toBe('VALIDATION_FAILED');
    // Read-only roles do not log.
    const researcher = await login(t.app, 'researcher-a1');
    expect(errorCode(await log(researcher, '2024-09-02', ids[1] as string))).toBe('FORBIDDEN');
    // The lead logs the last day of the autumn term and the first of the spring term.
    expect((await log(county, '2025-01-31', ids[2] as string)).statusCode).toBe(200);
    const spring = await log(county, '2025-02-01', ids[2] as string);
    expect((spring.json() as { activity: { termId: string } }).activity.termId).toBe('2024-2025-2');

    // School 1 is in neither activity: it sees none; another county sees nothing.
    const outsider = await login(t.app, 'school-a1-1');
    const list = (await call(t.app, outsider, 'GET', api(`/activities?countyId=${countyId}`))).json() as {
      items: unknown[];
    };
    expect(list.items).toEqual([]);
    expect((await call(t.app, outsider, 'GET', api(`/activities/${activity.id}`))).statusCode).toBe(404);
    const other = await login(t.app, 'county-b1');
    expect((await call(t.app, other, 'GET', api(`/activities?countyId=${countyId}`))).statusCode).toBe(404);
    expect((await call(t.app, other, 'DELETE', api(`/activities/${activity.id}`))).statusCode).toBe(404);
    // A participant school sees it but cannot change it.
    const lead = await login(t.app, 'school-a1-3');
    expect((await call(t.app, lead, 'GET', api(`/activities/${activity.id}`))).statusCode).toBe(200);
    const edit = await call(t.app, lead, 'PATCH', api(`/activities/${activity.id}`), {
      payload: { title: 'x' },
    });
    expect(errorCode(edit)).toBe('FORBIDDEN');

    const mine = (
      await call(t.app, school, 'GET', api(`/activities?countyId=${countyId}&termId=2024-2025-1`))
    ).json() as {
      items: unknown[];
      total: number;
    };
    expect(mine.total).toBe(1);
    const xlsx = await call(t.app, county, 'GET', api(`/activities/export?countyId=${countyId}`));
    const rows = await xlsxRows(xlsx.rawPayload);
    expect(rows[0]?.[0]).toBe('日期');
    expect(rows.length - 1).toBe(3);
  });

  it('counts the quota per term at the term boundaries, with traffic light and shortfall', async () => {
    // The first day of the autumn term: one of two done, none expected yet → amber.
    let [row] = await rowsOf('termId=2024-2025-1&asOf=2024-09-01');
    expect(row).toMatchObject({ done: 1, missing: 1, expectedByNow: 0, behindBy: 0, status: 'amber' });
    // The day before the last: the 31 January activity is still a plan; steady pace expects one → amber.
    [row] = await rowsOf('termId=2024-2025-1&asOf=2025-01-30');
    expect(row).toMatchObject({ done: 1, expectedByNow: 1, status: 'amber', daysLeft: 1 });
    // The last day: both count → green.
    [row] = await rowsOf('termId=2024-2025-1&asOf=2025-01-31');
    expect(row).toMatchObject({ done: 2, missing: 0, status: 'green', daysLeft: 0 });
    // The spring term starts the count afresh: the 1 February activity is its only one.
    [row] = await rowsOf('termId=2024-2025-2&asOf=2025-02-01');
    expect(row).toMatchObject({ done: 1, required: 2, status: 'amber' });
    // After the spring term ended with one of two: red, behind by one.
    [row] = await rowsOf('termId=2024-2025-2&asOf=2025-08-15');
    expect(row).toMatchObject({ done: 1, expectedByNow: 2, behindBy: 1, missing: 1, status: 'red' });
    // The other group logged nothing: red at the end of the autumn term.
    const res = await call(
      t.app,
      county,
      'GET',
      api(`/compliance?countyId=${countyId}&termId=2024-2025-1&asOf=2025-01-31`),
    );
    const all = res.json() as { items: Row[]; summary: { byStatus: Record<string, number> } };
    expect(all.items.find((r) => r.subjectId === otherGroupId)).toMatchObject({
      done: 0,
      behindBy: 2,
      status: 'red',
    });
    expect(all.summary.byStatus).toEqual({ green: 1, amber: 0, red: 1 });
  });

  it('scopes compliance: a school sees its own, a community it is in, never the county', async () => {
    const school = await login(t.app, 'school-a1-2');
    const own = await call(
      t.app,
      school,
      'GET',
      api(`/compliance?countyId=${countyId}&termId=2024-2025-1&asOf=2025-01-31`),
    );
    expect(own.statusCode).toBe(200);
    const body = own.json() as { scope: { kind: string }; items: Row[] };
    expect(body.scope.kind).toBe('school');
    expect(body.items.map((r) => r.subjectId)).toEqual([groupId]);
    const theirs = await call(
      t.app,
      school,
      'GET',
      api(`/compliance?countyId=${countyId}&communityId=${otherGroupId}`),
    );
    expect(theirs.statusCode).toBe(404);
    const another = await call(
      t.app,
      school,
      'GET',
      api(`/compliance?countyId=${countyId}&schoolId=${ids[0]}`),
    );
    expect(another.statusCode).toBe(404);
    const other = await login(t.app, 'county-a2');
    expect((await call(t.app, other, 'GET', api(`/compliance?countyId=${countyId}`))).statusCode).toBe(404);
  });

  it('reminds of quotas still short within the window before the term ends', async () => {
    const near = await call(
      t.app,
      county,
      'GET',
      api(`/compliance/reminders?countyId=${countyId}&asOf=2025-01-10`),
    );
    const items = (near.json() as { items: Row[]; withinDays: number }).items;
    expect(items.map((r) => [r.subjectId, r.daysLeft, r.missing])).toEqual([
      [otherGroupId, 21, 2],
      [groupId, 21, 1],
    ]);
    const early = await call(
      t.app,
      county,
      'GET',
      api(`/compliance/reminders?countyId=${countyId}&asOf=2024-12-01`),
    );
    expect((early.json() as { items: Row[] }).items).toEqual([]);
    const xlsx = await call(
      t.app,
      county,
      'GET',
      api(`/compliance/reminders/export?countyId=${countyId}&asOf=2025-01-10`),
    );
    const rows = await xlsxRows(xlsx.rawPayload);
    expect(rows.length - 1).toBe(2);
    expect(rows[1]).toContain('红（落后）');
  });

  it('records mentorship pairs, counts them, and keeps names out of the audit', async () => {
    const school = await login(t.app, 'school-a1-2');
    const res = await call(t.app, school, 'POST', api('/mentorships'), {
      payload: {
        countyId,
        mentorId: 'T510801007',
        mentorName: '东山县教师3-1',
        menteeId: 'T510801004',
        menteeName: '东山县教师2-1',
        mentorSchoolId: ids[2],
        menteeSchoolId: ids[1],
        communityId: groupId,
        subject: 'math',
        startOn: '2024-09-01',
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    const pairId = (res.json() as { mentorship: { id: string } }).mentorship.id;
    const [entry] = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'mentorship_pair'), eq(auditLog.entityId, pairId)));
    expect(JSON.stringify(entry?.after)).not.toContain('东山县教师');
    // Not a pair of its own school: refused.
    const foreign = await call(t.app, school, 'POST', api('/mentorships'), {
      payload: {
        countyId,
        mentorId: 'A',
        menteeId: 'B',
        mentorSchoolId: ids[0],
        menteeSchoolId: ids[3],
        startOn: '2024-09-01',
      },
    });
    expect(errorCode(foreign)).toBe('FORBIDDEN');
    const counts = (
      await call(t.app, county, 'GET', api(`/mentorships/counts?countyId=${countyId}&onDate=2025-03-01`))
    ).json() as {
      counts: {
        active: number;
        crossSchool: number;
        ruralMentees: number;
        byCommunity: Record<string, number>;
      };
    };
    expect(counts.counts).toMatchObject({
      active: 1,
      crossSchool: 1,
      ruralMentees: 1,
      byCommunity: { [groupId]: 1 },
    });
    const outsider = await login(t.app, 'school-a1-1');
    const none = (await call(t.app, outsider, 'GET', api(`/mentorships?countyId=${countyId}`))).json() as {
      items: unknown[];
    };
    expect(none.items).toEqual([]);
    const ended = await call(t.app, county, 'PATCH', api(`/mentorships/${pairId}`), {
      payload: { endOn: '2025-01-31' },
    });
    expect(ended.statusCode).toBe(200);
    const later = (
      await call(t.app, county, 'GET', api(`/mentorships?countyId=${countyId}&activeOn=2025-03-01`))
    ).json() as { items: unknown[] };
    expect(later.items).toEqual([]);
    expect(await audited('mentorship_pair', pairId)).toEqual(['create', 'update']);
    const xlsx = await call(t.app, county, 'GET', api(`/mentorships/export?countyId=${countyId}`));
    const rows = await xlsxRows(xlsx.rawPayload);
    expect(rows[1]).toContain('东山县教师2-1');
  });

  it('scores the communities on the bundled scheme, ranks them and splits the score by school', async () => {
    const scheme = await call(
      t.app,
      county,
      'GET',
      api(`/evaluation/scheme?countyId=${countyId}&schoolYear=2024-2025`),
    );
    expect((scheme.json() as { isDefault: boolean }).isDefault).toBe(true);
    // A county's own weights: effort 0.6, improvement 0.4.
    const own = structuredClone(DEFAULT_BUNDLED_SCHEME);
    (own.indicators[0] as { weight: number }).weight = 0.6;
    (own.indicators[1] as { weight: number }).weight = 0.4;
    const put = await call(t.app, county, 'PUT', api('/evaluation/scheme'), {
      payload: { countyId, schoolYear: '2024-2025', scheme: own },
    });
    expect(put.statusCode, put.body).toBe(200);
    const bad = structuredClone(own);
    (bad.indicators[0] as { weight: number }).weight = 0.9;
    const refused = await call(t.app, county, 'PUT', api('/evaluation/scheme'), {
      payload: { countyId, schoolYear: '2024-2025', scheme: bad },
    });
    expect(errorCode(refused)).toBe('VALIDATION_FAILED');

    const entered = await call(t.app, county, 'PUT', api(`/evaluation/inputs/${groupId}`), {
      payload: { schoolYear: '2024-2025', entered: { managementInnovation: 90, satisfaction: 85 } },
    });
    expect(entered.statusCode, entered.body).toBe(200);
    const unknown = await call(t.app, county, 'PUT', api(`/evaluation/inputs/${groupId}`), {
      payload: { schoolYear: '2024-2025', entered: { activitiesHeld: 90 } },
    });
    expect(errorCode(unknown)).toBe('VALIDATION_FAILED');

    const inputs = (
      await call(t.app, county, 'GET', api(`/evaluation/inputs?countyId=${countyId}&schoolYear=2024-2025`))
    ).json() as {
      items: {
        community: { id: string };
        input: { activitiesHeld: number; entered: Record<string, number> };
      }[];
    };
    const mine = inputs.items.find((i) => i.community.id === groupId);
    expect(mine?.input.activitiesHeld).toBe(3);
    expect(mine?.input.entered).toEqual({ managementInnovation: 90, satisfaction: 85 });

    const computed = await call(t.app, county, 'POST', api('/evaluation/results'), {
      payload: { countyId, schoolYear: '2024-2025' },
    });
    expect(computed.statusCode, computed.body).toBe(200);
    const results = computed.json() as {
      items: {
        communityId: string;
        rank: number;
        communityScore: number;
        contributions: { points: number }[];
      }[];
    };
    expect(results.items.map((r) => r.communityId)).toEqual([groupId, otherGroupId]);
    expect(results.items.map((r) => r.rank)).toEqual([1, 2]);
    for (const r of results.items) {
      const sum = r.contributions.reduce((s, c) => s + c.points, 0);
      expect(sum).toBeCloseTo(r.communityScore, 6);
    }
    expect(await audited('bundled_result', null)).toEqual(['create']);
    expect(await audited('bundled_scheme', null)).toEqual(['create']);
    expect(await audited('bundled_input', groupId)).toEqual(['create']);

    const school = await login(t.app, 'school-a1-3');
    expect(
      (await call(t.app, school, 'GET', api(`/evaluation/results?countyId=${countyId}&schoolYear=2024-2025`)))
        .statusCode,
    ).toBe(404);
    const other = await login(t.app, 'county-a2');
    expect(
      (
        await call(t.app, other, 'POST', api('/evaluation/results'), {
          payload: { countyId, schoolYear: '2024-2025' },
        })
      ).statusCode,
    ).toBe(404);

    const xlsx = await call(
      t.app,
      county,
      'GET',
      api(`/evaluation/results/export?countyId=${countyId}&schoolYear=2024-2025`),
    );
    expect(xlsx.statusCode).toBe(200);
    const rows = await xlsxRows(xlsx.rawPayload);
    expect(rows[0]?.slice(0, 3)).toEqual(['排名', '共同体', '综合得分']);
    expect(rows.length - 1).toBe(4);
  });
});
