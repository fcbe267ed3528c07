// The roster over HTTP: filters, computed ages, writes within scope, and Excel exports read back with exceljs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../testing/databases';
import { call, errorCode, login, type Session } from '../../testing/http';
import { openTestApp, type TestApp } from '../../testing/test-app';
import { XLSX_TYPE, xlsxRows } from '../../testing/xlsx';

interface TeacherRow {
  id: string;
  name: string;
  teacherCode: string;
  schoolId: string;
  schoolYear: string;
  stage: string;
  subject: string;
  title: string;
  backboneLevel: string | null;
  education: string;
  birthMonth: string;
  age: number;
  yearsAtSchool: number;
}
type List = { items: TeacherRow[]; total: number };

const HOSTILE = ['=HYPERLINK("http://x","y")', '+1+2', '-3+4', '@SUM(A1)'];

describe.each(testDatabases())('teachers on $name', (testDb) => {
  let t: TestApp;
  let county: Session;
  beforeAll(async () => {
    t = await openTestApp(testDb);
    county = await login(t.app, 'county-a1');
  });
  afterAll(async () => t.close());

  const list = async (query: string, session: Session = county): Promise<List> => {
    const res = await call(t.app, session, 'GET', `/api/v1/teachers?pageSize=500&${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as List;
  };

  it('filters by year, school, stage, subject, title, backbone level, education and text', async () => {
    const a1 = t.world.counties.a1;
    const all = a1.data.teachers;
    const expectCount = async (query: string, predicate: (x: (typeof all)[number]) => boolean) =>
      expect((await list(query)).total, query).toBe(all.filter(predicate).length);
    await expectCount('', () => true);
    await expectCount('schoolYear=2024-2025', (x) => x.schoolYear === '2024-2025');
    await expectCount(`schoolId=${a1.schoolIds[1]}`, (x) => x.schoolCode === a1.data.schools[1]?.schoolCode);
    await expectCount('stage=junior', (x) => x.stage === 'junior');
    await expectCount('subject=music', (x) => x.subject === 'music');
    await expectCount('title=senior', (x) => x.title === 'senior');
    await expectCount('backboneLevel=county', (x) => x.backboneLevel === 'county');
    await expectCount('education=postgraduate', (x) => x.education === 'postgraduate');
    await expectCount(`q=${encodeURIComponent('教师3-2')}`, (x) => x.name.endsWith('教师3-2'));
    await expectCount(
      'stage=junior&schoolYear=2023-2024',
      (x) => x.stage === 'junior' && x.schoolYear === '2023-2024',
    );
    expect(errorCode(await call(t.app, county, 'GET', '/api/v1/teachers?subject=astrology'))).toBe(
      'VALIDATION_FAILED',
    );
  });

  it('computes age and years at the school from the clock, and sorts by them', async () => {
    const items = (await list('sort=age&schoolYear=2024-2025')).items;
    const ages = items.map((x) => x.age);
    expect(ages).toEqual([...ages].sort((a, b) => a - b));
    const first = items[0] as TeacherRow;
    const [y, m] = first.birthMonth.split('-').map(Number) as [number, number];
    // The clock stands at 2025-09-15: a birthday month up to September counts as reached.
    expect(first.age).toBe(2025 - y - (m > 9 ? 1 : 0));
    expect(items.every((x) => x.yearsAtSchool >= 0 && x.yearsAtSchool <= 16)).toBe(true);
    expect(items[0]).not.toHaveProperty('phone');
  });

  it('keeps a school user to the own roster, for reads and writes', async () => {
    const a1 = t.world.counties.a1;
    const school = await login(t.app, 'school-a1-1');
    const own = await list('', school);
    expect(new Set(own.items.map((x) => x.schoolId))).toEqual(new Set([a1.schoolIds[0]]));
    const body = {
      schoolYear: '2024-2025',
      teacherCode: 'NEW1',
      name: '新来的老师',
      gender: 'female',
      birthMonth: '1995-02',
      schoolCode: a1.data.schools[1]?.schoolCode,
      stage: 'primary',
      education: 'bachelor',
      title: 'second',
      subject: 'art',
      fullTime: true,
      certified: true,
      atSchoolSince: '2024-09',
    };
    expect(errorCode(await call(t.app, school, 'POST', '/api/v1/teachers', { payload: body }))).toBe(
      'VALIDATION_FAILED',
    );
    const other = await call(t.app, school, 'POST', '/api/v1/teachers', {
      payload: { ...body, subject: 'fine_arts' },
    });
    expect(errorCode(other)).toBe('SCHOOL_NOT_FOUND');
    const mine = await call(t.app, school, 'POST', '/api/v1/teachers', {
      payload: { ...body, subject: 'fine_arts', schoolCode: a1.data.schools[0]?.schoolCode },
    });
    expect(mine.statusCode, mine.body).toBe(200);
    const created = (mine.json() as { teacher: TeacherRow }).teacher;
    const move = await call(t.app, school, 'PATCH', `/api/v1/teachers/${created.id}`, {
      payload: { schoolCode: a1.data.schools[1]?.schoolCode },
    });
    expect(errorCode(move)).toBe('SCHOOL_NOT_FOUND');
    const dup = await call(t.app, county, 'POST', '/api/v1/teachers', {
      payload: { ...body, subject: 'fine_arts', schoolCode: a1.data.schools[0]?.schoolCode },
    });
    expect(errorCode(dup)).toBe('TEACHER_CONFLICT');
  });

  it('exports the filtered roster as a real xlsx with Chinese headers', async () => {
    const res = await call(t.app, county, 'GET', '/api/v1/teachers/export?schoolYear=2024-2025&stage=junior');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX_TYPE);
    expect(String(res.headers['content-disposition'])).toMatch(/^attachment; filename="teachers\.xlsx"/);
    const rows = await xlsxRows(res.rawPayload);
    expect(rows[0]?.slice(0, 3)).toEqual(['学年', '教师编号', '姓名']);
    const expected = t.world.counties.a1.data.teachers.filter(
      (x) => x.schoolYear === '2024-2025' && x.stage === 'junior',
    );
    expect(
      rows
        .slice(1)
        .map((r) => r[2])
        .sort(),
    ).toEqual(expected.map((x) => x.name).sort());
    expect(rows[1]?.[8]).toBe('初中');
  });

  it('neutralises formula-like text in exported cells', async () => {
    const a1 = t.world.counties.a1;
    for (const [i, name] of HOSTILE.entries()) {
      const res = await call(t.app, county, 'POST', '/api/v1/teachers', {
        payload: {
          schoolYear: '2024-2025',
          teacherCode: `EVIL${i}`,
          name,
          gender: 'male',
          birthMonth: '1980-01',
          schoolCode: a1.data.schools[2]?.schoolCode,
          stage: 'primary',
          education: 'bachelor',
          title: 'first',
          subject: 'math',
          fullTime: true,
          certified: true,
          atSchoolSince: '2015-09',
        },
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    const school = await call(t.app, county, 'PATCH', `/api/v1/schools/${a1.schoolIds[2]}`, {
      payload: { name: '=1+1' },
    });
    expect(school.statusCode).toBe(200);
    const teachers = await xlsxRows(
      (await call(t.app, county, 'GET', '/api/v1/teachers/export?q=EVIL')).rawPayload,
    );
    const names = teachers.slice(1).map((r) => r[2]);
    expect(names.sort()).toEqual(HOSTILE.map((n) => `'${n}`).sort());
    expect(teachers.slice(1).every((r) => r[7] === "'=1+1")).toBe(true);
    const schools = await xlsxRows(
      (await call(t.app, county, 'GET', '/api/v1/schools/export?q=2151080103')).rawPayload,
    );
    expect(schools[1]?.[1]).toBe("'=1+1");
    // Every cell is a plain value: no formula objects anywhere.
    expect([...teachers, ...schools].flat().some((v) => typeof v === 'object' && v !== null)).toBe(false);
  });
});
