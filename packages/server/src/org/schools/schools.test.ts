// Schools over HTTP: paging, filters, sorting, scope, detail and yearly statistics.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../testing/databases';
import { call, errorCode, login, type Session } from '../../testing/http';
import { openTestApp, type TestApp } from '../../testing/test-app';

interface SchoolRow {
  id: string;
  name: string;
  schoolCode: string;
  countyId: string;
  weak: boolean;
  schoolType: string;
  urbanRural: string;
  townshipName: string | null;
  latestSchoolYear: string | null;
  primaryStudents: number;
  juniorStudents: number;
  teacherCount: number;
}
type List = { items: SchoolRow[]; total: number };

describe.each(testDatabases())('schools on $name', (testDb) => {
  let t: TestApp;
  let county: Session;
  beforeAll(async () => {
    t = await openTestApp(testDb);
    county = await login(t.app, 'county-a1');
  });
  afterAll(async () => t.close());

  const list = async (query: string, session: Session = county): Promise<List> => {
    const res = await call(t.app, session, 'GET', `/api/v1/schools?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as List;
  };

  it('pages with a stable total', async () => {
    const pages = [
      await list('pageSize=3&page=1'),
      await list('pageSize=3&page=2'),
      await list('pageSize=3&page=3'),
    ];
    expect(pages.map((p) => p.items.length)).toEqual([3, 1, 0]);
    expect(pages.map((p) => p.total)).toEqual([4, 4, 4]);
    const codes = pages.flatMap((p) => p.items.map((s) => s.schoolCode));
    expect(codes).toEqual([...t.world.counties.a1.data.schools.map((s) => s.schoolCode)].sort());
    expect((await call(t.app, county, 'GET', '/api/v1/schools?pageSize=501')).statusCode).toBe(400);
  });

  it('filters by type, weak, urban/rural, township and text', async () => {
    expect((await list('schoolType=junior')).items.map((s) => s.name)).toEqual(['东山县第4中学']);
    expect((await list('weak=true')).items.map((s) => s.name)).toEqual(['东山县第1小学', '东山县第3小学']);
    // Urban/rural codes cycle 121, 220, 111, 121 over schools 1–4 (world-data.ts).
    expect((await list('urbanRural=town')).items.map((s) => s.name)).toEqual([
      '东山县第1小学',
      '东山县第4中学',
    ]);
    expect((await list(`township=${encodeURIComponent('东山县城关镇')}`)).total).toBe(2);
    expect((await list(`q=${encodeURIComponent('第2')}`)).items.map((s) => s.name)).toEqual([
      '东山县第2小学',
    ]);
    expect((await list('q=2151080103')).items.map((s) => s.name)).toEqual(['东山县第3小学']);
    // LIKE wildcards are literal text, not patterns.
    expect((await list(`q=${encodeURIComponent('%')}`)).total).toBe(0);
    expect((await list('q=_')).total).toBe(0);
  });

  it('sorts by any listed field, both ways, and rejects unknown fields', async () => {
    const asc = (await list('sort=primaryStudents')).items.map((s) => s.primaryStudents);
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
    const desc = (await list('sort=-name')).items.map((s) => s.name);
    expect(desc).toEqual(['东山县第4中学', '东山县第3小学', '东山县第2小学', '东山县第1小学']);
    const bad = await call(t.app, county, 'GET', '/api/v1/schools?sort=password_hash');
    expect(bad.statusCode).toBe(400);
    expect(errorCode(bad)).toBe('VALIDATION_FAILED');
  });

  it('lists only schools in scope', async () => {
    const { a1, a2, b1 } = t.world.counties;
    const city = await list('pageSize=500', await login(t.app, 'city-a'));
    expect(new Set(city.items.map((s) => s.countyId))).toEqual(new Set([a1.id, a2.id]));
    expect(city.total).toBe(7);
    expect((await list(`countyId=${b1.id}`, await login(t.app, 'city-a'))).total).toBe(0);
    expect((await list('pageSize=500', await login(t.app, 'admin'))).total).toBe(10);
    const school = await list('pageSize=500', await login(t.app, 'school-a1-2'));
    expect(school.items.map((s) => s.id)).toEqual([a1.schoolIds[1]]);
  });

  it('shows the latest year, its students, teachers and sections', async () => {
    const id = t.world.counties.a1.schoolIds[1] as string;
    const res = await call(t.app, county, 'GET', `/api/v1/schools/${id}`);
    const { school } = res.json() as { school: SchoolRow & { sections: unknown[] } };
    // School 2, second year: 300 + 2·100 + 10 pupils; three teachers a year (world-data.ts).
    expect(school).toMatchObject({
      latestSchoolYear: '2024-2025',
      primaryStudents: 510,
      juniorStudents: 0,
      teacherCount: 3,
    });
    expect(school.sections).toEqual([{ stage: 'primary', students: 510, classes: 12 }]);
    expect(
      errorCode(await call(t.app, county, 'GET', '/api/v1/schools/0f0e0d0c-0b0a-4908-8706-050403020100')),
    ).toBe('SCHOOL_NOT_FOUND');
  });

  it('keeps statistics by school year', async () => {
    const id = t.world.counties.a1.schoolIds[0] as string;
    const stats = async () =>
      (
        (await call(t.app, county, 'GET', `/api/v1/schools/${id}/stats`)).json() as {
          items: { schoolYear: string; primaryStudents: number; schoolCode: string }[];
        }
      ).items;
    expect((await stats()).map((s) => [s.schoolYear, s.primaryStudents])).toEqual([
      ['2023-2024', 400],
      ['2024-2025', 410],
    ]);
    const body = {
      primaryStudents: 420,
      juniorStudents: 0,
      primaryClasses: 10,
      juniorClasses: 0,
      teachingAuxArea: 1900,
      indoorSportsArea: 120,
      sportsGroundArea: 3400,
      equipmentValue: 840000,
      computers: 52,
      multimediaClassrooms: 10,
      books: 12600,
    };
    const put = await call(t.app, county, 'PUT', `/api/v1/schools/${id}/stats/2025-2026`, { payload: body });
    expect(put.statusCode, put.body).toBe(200);
    expect((await stats()).map((s) => s.schoolYear)).toEqual(['2023-2024', '2024-2025', '2025-2026']);
    const years = await call(t.app, county, 'GET', `/api/v1/counties/${t.world.counties.a1.id}/school-years`);
    expect((years.json() as { items: string[] }).items).toEqual(['2023-2024', '2024-2025', '2025-2026']);
    const detail = await call(t.app, county, 'GET', `/api/v1/schools/${id}`);
    expect((detail.json() as { school: SchoolRow }).school.latestSchoolYear).toBe('2025-2026');

    const bad = (year: string, payload: object) =>
      call(t.app, county, 'PUT', `/api/v1/schools/${id}/stats/${year}`, { payload: { ...body, ...payload } });
    expect(errorCode(await bad('2024-2026', {}))).toBe('VALIDATION_FAILED');
    expect(errorCode(await bad('2025-2026', { indoorSportsArea: 5000 }))).toBe('VALIDATION_FAILED');
    expect(errorCode(await bad('2025-2026', { books: -1 }))).toBe('VALIDATION_FAILED');
  });

  it('creates, refuses a duplicate code and deletes only a school without dependants', async () => {
    const payload = {
      schoolCode: '2151080150',
      name: '东山县新建小学',
      schoolType: 'primary',
      ownership: 'public',
      urbanRuralCode: '111',
      township: '东山县新镇',
    };
    const created = await call(t.app, county, 'POST', '/api/v1/schools', { payload });
    expect(created.statusCode, created.body).toBe(200);
    const school = (created.json() as { school: SchoolRow }).school;
    expect(school).toMatchObject({
      countyId: t.world.counties.a1.id,
      urbanRural: 'urban',
      townshipName: '东山县新镇',
    });
    const dup = await call(t.app, county, 'POST', '/api/v1/schools', { payload });
    expect(dup.statusCode).toBe(409);
    expect(errorCode(dup)).toBe('SCHOOL_CONFLICT');
    const busy = await call(t.app, county, 'DELETE', `/api/v1/schools/${t.world.counties.a1.schoolIds[0]}`);
    expect(errorCode(busy)).toBe('SCHOOL_CONFLICT');
    expect((await call(t.app, county, 'DELETE', `/api/v1/schools/${school.id}`)).statusCode).toBe(200);
    expect((await call(t.app, county, 'GET', `/api/v1/schools/${school.id}`)).statusCode).toBe(404);
  });

  it('links a school to its central school, but never to itself', async () => {
    const a1 = t.world.counties.a1;
    const [first, second] = a1.data.schools;
    const url = `/api/v1/schools/${a1.schoolIds[2]}`;
    const self = await call(t.app, county, 'PATCH', url, {
      payload: { parentSchoolCode: a1.data.schools[2]?.schoolCode },
    });
    expect(errorCode(self)).toBe('VALIDATION_FAILED');
    const linked = await call(t.app, county, 'PATCH', url, {
      payload: { parentSchoolCode: first?.schoolCode },
    });
    expect((linked.json() as { school: { parentSchoolName: string } }).school.parentSchoolName).toBe(
      first?.name,
    );
    const missing = await call(t.app, county, 'PATCH', url, { payload: { parentSchoolCode: '2199999999' } });
    expect(errorCode(missing)).toBe('VALIDATION_FAILED');
    expect(second).toBeDefined();
  });
});
