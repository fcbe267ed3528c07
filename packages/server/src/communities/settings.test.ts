// A county's term calendar decides which term and school year each logged activity counts in. Changing the
// calendar re-files the county's activities (and only that county's), in one statement, audited.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activities, auditLog } from '../db/schema';
import { testDatabases } from '../testing/databases';
import { call, login, type Session } from '../testing/http';
import { openTestApp, type TestApp } from '../testing/test-app';

describe.each(testDatabases())('county settings on $name', (testDb) => {
  let t: TestApp;
  let county: Session;
  const api = (path = '') => `/api/v1/communities${path}`;

  const logAt = async (s: Session, countyId: string, hostSchoolId: string, date: string) => {
    const res = await call(t.app, s, 'POST', api('/activities'), {
      payload: { countyId, kind: 'jointResearch', date, hostSchoolId, title: `活动 ${date}` },
    });
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as { activity: { id: string } }).activity.id;
  };
  const filed = async (countyId: string) =>
    Object.fromEntries(
      (
        await t.database.db
          .select({ date: activities.date, termId: activities.termId, schoolYear: activities.schoolYear })
          .from(activities)
          .where(eq(activities.countyId, countyId))
      ).map((r) => [r.date, [r.termId, r.schoolYear]]),
    );

  beforeAll(async () => {
    t = await openTestApp(testDb);
    county = await login(t.app, 'county-a1');
  });
  afterAll(async () => t.close());

  it('re-files every activity of the county into the terms of a new calendar, and no other county', async () => {
    const a1 = t.world.counties.a1;
    const b1 = t.world.counties.b1;
    const dates = ['2024-10-10', '2025-01-20', '2025-02-10', '2025-03-05', '2025-08-28'];
    for (const d of dates) await logAt(county, a1.id, a1.schoolIds[0] as string, d);
    // Two activities on one day: the UPDATE joins by date, so both must move.
    await logAt(county, a1.id, a1.schoolIds[1] as string, '2025-01-20');
    const other = await login(t.app, 'county-b1');
    await logAt(other, b1.id, b1.schoolIds[0] as string, '2025-01-20');

    // The default calendar: autumn Sep 1 – Jan 31, spring Feb 1 – Jul 31.
    expect(await filed(a1.id)).toEqual({
      '2024-10-10': ['2024-2025-1', '2024-2025'],
      '2025-01-20': ['2024-2025-1', '2024-2025'],
      '2025-02-10': ['2024-2025-2', '2024-2025'],
      '2025-03-05': ['2024-2025-2', '2024-2025'],
      '2025-08-28': [null, '2024-2025'],
    });

    const calendar = { autumnStart: '08-25', autumnEnd: '01-15', springStart: '02-20', springEnd: '07-10' };
    const res = await call(t.app, county, 'PUT', api('/settings'), {
      payload: { countyId: a1.id, calendar },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as { calendar: unknown }).calendar).toEqual(calendar);

    expect(await filed(a1.id)).toEqual({
      '2024-10-10': ['2024-2025-1', '2024-2025'],
      // Now between the terms: no term, still the school year that began in autumn 2024.
      '2025-01-20': [null, '2024-2025'],
      '2025-02-10': [null, '2024-2025'],
      '2025-03-05': ['2024-2025-2', '2024-2025'],
      // The autumn term now starts on Aug 25: a new school year and its first term.
      '2025-08-28': ['2025-2026-1', '2025-2026'],
    });
    const sameDay = await t.database.db
      .select({ termId: activities.termId })
      .from(activities)
      .where(and(eq(activities.countyId, a1.id), eq(activities.date, '2025-01-20')));
    expect(sameDay).toEqual([{ termId: null }, { termId: null }]);
    // Another county keeps its own (default) calendar.
    expect(await filed(b1.id)).toEqual({ '2025-01-20': ['2024-2025-1', '2024-2025'] });

    const audit = await t.database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'community_settings'), eq(auditLog.entityId, a1.id)));
    expect(audit.map((a) => a.action)).toEqual(['create']);

    // Back to the default (null): the activities return to the default terms.
    const reset = await call(t.app, county, 'PUT', api('/settings'), {
      payload: { countyId: a1.id, calendar: null },
    });
    expect(reset.statusCode, reset.body).toBe(200);
    expect((await filed(a1.id))['2025-01-20']).toEqual(['2024-2025-1', '2024-2025']);
    expect((await filed(a1.id))['2025-08-28']).toEqual([null, '2024-2025']);
  });
});
