// The county workbook through HTTP: preview, commit (replacing the year and keeping the old rows), the round
// trip, a bad row that writes nothing, a county that is not yours, and a crash mid-write that leaves nothing.
import { analyseCounty, QUALITY_2017, type CountyData, type SchoolYear } from '@junheng/core';
import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, classRows, importRuns, teachers } from '../db/schema';
import { testDatabases } from '../testing/databases';
import { call, errorCode, login, uploadXlsx, type Session } from '../testing/http';
import { openTestApp, type TestApp } from '../testing/test-app';
import { TEST_YEARS } from '../testing/world-data';
import { writeCountyWorkbook } from '../workbook/index';
import { readCountyData } from '../county-data/read';

const latest = TEST_YEARS[TEST_YEARS.length - 1] as SchoolYear;

describe.each(testDatabases())('county workbook import on $name', (testDb) => {
  let t: TestApp;
  let county: Session;
  let teacherCount: () => Promise<number>;

  beforeAll(async () => {
    t = await openTestApp(testDb);
    county = await login(t.app, 'county-a1');
    teacherCount = async () =>
      (
        await t.database.db
          .select({ n: count() })
          .from(teachers)
          .where(eq(teachers.countyId, t.world.counties.a1.id))
      )[0]?.n ?? 0;
  });
  afterAll(async () => t.close());

  it('round trip: the stored county exported and previewed again evaluates identically', async () => {
    const exported = await call(t.app, county, 'GET', `/api/v1/counties/${t.world.counties.a1.id}/workbook`);
    expect(exported.statusCode).toBe(200);
    const preview = await uploadXlsx(t.app, county, '/api/v1/imports/preview', exported.rawPayload);
    const body = preview.json() as { ok: boolean; counts: { teachers: number }; schoolYears: string[] };
    expect(body.ok).toBe(true);
    expect(body.schoolYears).toEqual([...TEST_YEARS]);
    expect(body.counts.teachers).toBe(t.world.counties.a1.data.teachers.length);
  });

  it('re-importing a year replaces it, keeps the old rows in history, audits, and the evaluation follows', async () => {
    const data: CountyData = structuredClone(t.world.counties.a1.data);
    const year: CountyData = {
      ...data,
      stats: data.stats.filter((s) => s.schoolYear === latest).map((s) => ({ ...s, books: s.books * 2 })),
      teachers: data.teachers.filter((x) => x.schoolYear === latest).slice(1),
      classes: [],
    };
    const before = await teacherCount();
    // One class row of the year, so the archive has all three kinds of row to carry.
    await t.database.db.insert(classRows).values({
      countyId: t.world.counties.a1.id,
      schoolId: t.world.counties.a1.schoolIds[0] as string,
      schoolYear: latest,
      stage: 'primary',
      grade: 1,
      className: '一年级1班',
      students: 41,
    });
    const stored = await readCountyData(t.database.db, t.world.counties.a1.id, [latest]);
    const res = await uploadXlsx(
      t.app,
      county,
      '/api/v1/imports?fileName=a1.xlsx',
      await writeCountyWorkbook(year),
    );
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    const outcome = (res.json() as { import: { importId: string; replaced: { teachers: number } } }).import;
    const oldYear = data.teachers.filter((x) => x.schoolYear === latest).length;
    expect(outcome.replaced.teachers).toBe(oldYear);
    expect(await teacherCount()).toBe(before - 1);
    const [run] = await t.database.db.select().from(importRuns).where(eq(importRuns.id, outcome.importId));
    expect((run?.replaced as { teachers: unknown[] }).teachers).toHaveLength(oldYear);
    // The archive the database built is the replaced rows exactly as readCountyData gives them.
    const archived = run?.replaced as Pick<CountyData, 'stats' | 'teachers' | 'classes'>;
    const byKey =
      <T>(key: (row: T) => string) =>
      (rows: readonly T[]) =>
        [...rows].sort((a, b) => key(a).localeCompare(key(b)));
    const stats = byKey<CountyData['stats'][number]>((r) => r.schoolCode);
    const people = byKey<CountyData['teachers'][number]>((r) => r.teacherCode);
    const classes = byKey<CountyData['classes'][number]>((r) => `${r.schoolCode}|${r.grade}|${r.className}`);
    expect(stored.classes).toHaveLength(1);
    expect(stats(archived.stats)).toEqual(stats(stored.stats));
    expect(people(archived.teachers)).toEqual(people(stored.teachers));
    expect(classes(archived.classes)).toEqual(classes(stored.classes));
    const audits = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, outcome.importId));
    expect(audits.map((a) => a.action)).toEqual(['import']);

    const evaluation = await call(
      t.app,
      county,
      'GET',
      `/api/v1/evaluation/current?countyId=${t.world.counties.a1.id}&schoolYear=${latest}&standard=quality-2017`,
    );
    const expected = analyseCounty(year, latest, QUALITY_2017).report;
    expect(
      (evaluation.json() as { evaluation: { result: { report: unknown } } }).evaluation.result.report,
    ).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it('one bad row: the error names sheet, row and column in both languages, and nothing is written', async () => {
    const data: CountyData = structuredClone(t.world.counties.a1.data);
    const stats = data.stats[0];
    if (stats) stats.books = -5;
    const before = await teacherCount();
    const res = await uploadXlsx(t.app, county, '/api/v1/imports', await writeCountyWorkbook(data));
    expect(res.statusCode).toBe(400);
    expect(errorCode(res)).toBe('IMPORT_INVALID');
    const issues = (
      res.json() as {
        error: { details: { issues: { sheet: string; row: number; message: Record<string, string> }[] } };
      }
    ).error.details.issues;
    expect(issues[0]?.sheet).toBe('办学条件');
    expect(issues[0]?.row).toBe(2);
    expect(issues[0]?.message['zh-CN']).toContain('办学条件');
    expect(issues[0]?.message['en-US']).toContain('row 2');
    expect(await teacherCount()).toBe(before);
  });

  it("another county's workbook is refused and nothing is written", async () => {
    const other = await login(t.app, 'county-b1');
    const before = await teacherCount();
    const res = await uploadXlsx(
      t.app,
      other,
      '/api/v1/imports',
      await writeCountyWorkbook(t.world.counties.a1.data),
    );
    expect(errorCode(res)).toBe('COUNTY_NOT_FOUND');
    expect(await teacherCount()).toBe(before);
  });

  it('a crash mid-write leaves the database as it was', async () => {
    await t.database.db.execute(sql`
      create or replace function fail_import_run() returns trigger language plpgsql as $$
      begin raise exception 'forced failure'; end $$`);
    await t.database.db.execute(sql`
      create trigger fail_import_run before insert on import_runs for each row execute function fail_import_run()`);
    const before = await teacherCount();
    const data: CountyData = structuredClone(t.world.counties.a1.data);
    const res = await uploadXlsx(t.app, county, '/api/v1/imports', await writeCountyWorkbook(data));
    expect(res.statusCode).toBe(500);
    expect(await teacherCount()).toBe(before);
    await t.database.db.execute(sql`drop trigger fail_import_run on import_runs`);
  });
});
