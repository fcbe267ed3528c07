// Hostile files through HTTP: each answer is a clear issue, the server keeps answering, and nothing is written.
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teachers } from '../db/schema';
import { testDatabases } from '../testing/databases';
import { call, errorCode, login, uploadXlsx, type Session } from '../testing/http';
import { openTestApp, type TestApp } from '../testing/test-app';
import { HAND_MADE_COUNTY } from '../workbook/test-helpers';
import { writeCountyWorkbook } from '../workbook/index';
import { zipEntries } from '../workbook/zip-guard';

/** A valid workbook whose first sheet's central-directory entry claims ~4 GB unpacked. */
async function zipBomb(): Promise<Buffer> {
  const bomb = Buffer.from(await writeCountyWorkbook(HAND_MADE_COUNTY));
  const entry = zipEntries(bomb).find((e) => e.name === 'xl/worksheets/sheet1.xml');
  if (!entry) throw new Error('no sheet1');
  const central = bomb.lastIndexOf('xl/worksheets/sheet1.xml') - 46;
  bomb.writeUInt32LE(0xfffffff0, central + 24);
  return bomb;
}

describe.each(testDatabases())('hostile uploads on $name', (testDb) => {
  let t: TestApp;
  let county: Session;
  const teacherCount = async () =>
    (
      await t.database.db
        .select({ n: count() })
        .from(teachers)
        .where(eq(teachers.countyId, t.world.counties.a1.id))
    )[0]?.n ?? 0;

  beforeAll(async () => {
    t = await openTestApp(testDb);
    county = await login(t.app, 'county-a1');
  });
  afterAll(async () => t.close());

  const cases: [string, () => Promise<Buffer>, string][] = [
    ['a text file named .xlsx', async () => Buffer.from('学校标识码,学校名称\n'), 'not_a_workbook'],
    ['a zip bomb', zipBomb, 'zip_entry_too_large'],
    ['a file over 50 MB', async () => Buffer.alloc(50 * 1024 * 1024 + 10, 0x50), 'file_too_large'],
  ];

  it.each(cases)(
    '%s: a clear issue from preview and commit, nothing written, the server answers on',
    async (_n, make, code) => {
      const file = await make();
      const before = await teacherCount();
      const preview = await uploadXlsx(t.app, county, '/api/v1/imports/preview', file);
      expect(preview.statusCode).toBe(200);
      const body = preview.json() as {
        ok: boolean;
        issues: { code: string; message: Record<string, string> }[];
      };
      expect(body.ok).toBe(false);
      expect(body.issues.map((i) => i.code)).toEqual([code]);
      expect(body.issues[0]?.message['zh-CN']).toBeTruthy();
      const commit = await uploadXlsx(t.app, county, '/api/v1/imports', file);
      expect(errorCode(commit)).toBe('IMPORT_INVALID');
      expect(await teacherCount()).toBe(before);
      expect((await call(t.app, county, 'GET', '/api/v1/schools?pageSize=1')).statusCode).toBe(200);
    },
  );
});
