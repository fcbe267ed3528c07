// The demo county comes with education groups, their joint work and mentorship pairs, so the cockpit's
// communities pages have something to show: a compliance view with every light and ranked bundled results.
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activities, auditLog, communities, mentorshipPairs } from '../db/schema';
import { loadDemo, type DemoLoad } from '../demo/load-demo';
import { testDatabases } from '../testing/databases';
import { call, login, type Session } from '../testing/http';
import { openTestApp, type TestApp } from '../testing/test-app';

describe.each(testDatabases())('demo communities on $name', (testDb) => {
  let t: TestApp;
  let demo: DemoLoad;
  let county: Session;
  beforeAll(async () => {
    t = await openTestApp(testDb, { seed: false });
    demo = await loadDemo(t.database.db, t.clock.now);
    const account = demo.accounts.find((a) => a.role === 'county');
    county = await login(t.app, account?.username ?? '', account?.password);
  }, 240_000);
  afterAll(async () => t.close());

  it('stores the generated groups, activities and pairs, audited as one import', async () => {
    expect(demo.communities.communities).toBeGreaterThan(3);
    const [c] = await t.database.db.select({ n: count() }).from(communities);
    expect(c?.n).toBe(demo.communities.communities);
    const [a] = await t.database.db.select({ n: count() }).from(activities);
    expect(a?.n).toBe(demo.communities.activities);
    const [m] = await t.database.db.select({ n: count() }).from(mentorshipPairs);
    expect(m?.n).toBe(demo.communities.mentorships);
    const entries = await t.database.db.select().from(auditLog).where(eq(auditLog.entity, 'community_demo'));
    expect(entries.map((e) => e.action)).toEqual(['import']);
  });

  it('gives the cockpit compliance lights and ranked results', async () => {
    const countyId = demo.load.countyId;
    const res = await call(
      t.app,
      county,
      'GET',
      `/api/v1/communities/compliance?countyId=${countyId}&termId=2024-2025-1&asOf=2025-01-31`,
    );
    expect(res.statusCode, res.body).toBe(200);
    const statuses = new Set((res.json() as { items: { status: string }[] }).items.map((r) => r.status));
    expect(statuses.has('green')).toBe(true);
    expect(statuses.has('red')).toBe(true);
    const results = await call(t.app, county, 'POST', '/api/v1/communities/evaluation/results', {
      payload: { countyId, schoolYear: '2024-2025' },
    });
    expect(results.statusCode, results.body).toBe(200);
    const items = (results.json() as { items: { rank: number }[] }).items;
    expect(items.length).toBe(demo.communities.communities);
    expect(items[0]?.rank).toBe(1);
  });
});
