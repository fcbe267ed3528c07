// The demo loader on an empty database: the whole demo county (schools, three years of statistics and
// rosters, accounts) in one go, and `hasSchools` as the "first start" test the CLI relies on.
import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/client';
import { auditLog, schools, schoolYearStats, users } from '../db/schema';
import { fakeClock } from '../testing/clock';
import { testDatabases } from '../testing/databases';
import { rows } from '../testing/rows';
import { DomainError } from '../shared/errors';
import { verifyPassword } from '../auth/passwords';
import { hasSchools, loadDemo, type DemoLoad } from './load-demo';

describe.each(testDatabases())('demo loader on $name', (testDb) => {
  let database: Database;
  let demo: DemoLoad;
  let emptyBefore: boolean;
  const clock = fakeClock();
  beforeAll(async () => {
    database = await testDb.open();
    emptyBefore = !(await hasSchools(database.db));
    demo = await loadDemo(database.db, clock.now);
  });
  afterAll(async () => database.close());

  it('fills an empty database with the demo county', async () => {
    expect(emptyBefore).toBe(true);
    expect(await hasSchools(database.db)).toBe(true);
    const [n] = await database.db.select({ n: count() }).from(schools);
    expect(n?.n).toBe(54);
    expect(demo.load.schools).toBe(54);
    const years = await rows<{ school_year: string; n: number }>(
      database.db,
      sql`select school_year, count(*)::int as n from teachers group by school_year order by school_year`,
    );
    expect(years.map((y) => y.school_year)).toEqual(['2022-2023', '2023-2024', '2024-2025']);
    for (const y of years) {
      expect(y.n).toBeGreaterThan(1800);
      expect(y.n).toBeLessThan(2300);
    }
    const [stats] = await database.db.select({ n: count() }).from(schoolYearStats);
    expect(stats?.n).toBe(54 * 3);
  });

  it('creates working demo accounts that need no password change', async () => {
    expect(demo.accounts.map((a) => a.role).sort()).toEqual([
      'county',
      'inspector',
      'school',
      'school',
      'teacher',
      'viewer',
    ]);
    for (const account of demo.accounts) {
      const [user] = await database.db.select().from(users).where(eq(users.username, account.username));
      expect(user?.countyId).toBe(demo.load.countyId);
      expect(user?.mustChangePassword).toBe(false);
      expect(await verifyPassword(user?.passwordHash ?? '', account.password)).toBe(true);
    }
  });

  it('audits the load and refuses to load the same county twice', async () => {
    const [imports] = await database.db
      .select({ n: count() })
      .from(auditLog)
      .where(eq(auditLog.action, 'import'));
    expect(imports?.n).toBeGreaterThanOrEqual(4);
    await expect(loadDemo(database.db, clock.now)).rejects.toSatisfy(
      (e: unknown) => e instanceof DomainError && e.code === 'COUNTY_CONFLICT',
    );
    const [n] = await database.db.select({ n: count() }).from(schools);
    expect(n?.n).toBe(54);
  });
});
