// A teacher account is linked to its own roster code (users.teacher_code): the product's teacher "sees own record
// and rotation", so of the rows about people — the roster, rotation assignments, the eligible list — a teacher
// reads only their own. The link is set by account managers and checked against the school's roster.
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teachers, users } from '../db/schema';
import { testDatabases } from '../testing/databases';
import { call, errorCode, login, type Session } from '../testing/http';
import { openTestApp, type TestApp } from '../testing/test-app';

interface TeacherItem {
  id: string;
  teacherCode: string;
}

describe.each(testDatabases())('teacher accounts on $name', (testDb) => {
  let t: TestApp;
  let county: Session;
  let roster: { id: string; code: string; schoolId: string }[];

  beforeAll(async () => {
    t = await openTestApp(testDb);
    county = await login(t.app, 'county-a1');
    const a1 = t.world.counties.a1;
    roster = (
      await t.database.db
        .select({ id: teachers.id, code: teachers.teacherCode, schoolId: teachers.schoolId })
        .from(teachers)
        .where(and(eq(teachers.countyId, a1.id), eq(teachers.schoolYear, '2024-2025')))
        .orderBy(asc(teachers.teacherCode))
    ).filter((r) => r.schoolId === a1.schoolIds[0]);
    expect(roster.length).toBeGreaterThan(2);
  });
  afterAll(async () => t.close());

  const create = (payload: Record<string, unknown>) =>
    call(t.app, county, 'POST', '/api/v1/users', {
      payload: {
        displayName: '张老师',
        role: 'teacher',
        schoolId: t.world.counties.a1.schoolIds[0],
        ...payload,
      },
    });

  it('a teacher account must name a code on its own school roster; other roles name none', async () => {
    const a1 = t.world.counties.a1;
    expect(errorCode(await create({ username: 'no-code' }))).toBe('VALIDATION_FAILED');
    expect(errorCode(await create({ username: 'bad-code', teacherCode: 'NOPE-1' }))).toBe(
      'TEACHER_NOT_FOUND',
    );
    // A code of another school's roster is refused too.
    const [elsewhere] = await t.database.db
      .select({ code: teachers.teacherCode })
      .from(teachers)
      .where(and(eq(teachers.countyId, a1.id), eq(teachers.schoolId, a1.schoolIds[1] as string)))
      .limit(1);
    expect(errorCode(await create({ username: 'other-school', teacherCode: elsewhere?.code }))).toBe(
      'TEACHER_NOT_FOUND',
    );
    const viewer = await call(t.app, county, 'POST', '/api/v1/users', {
      payload: { username: 'viewer-code', displayName: '查看', role: 'viewer', teacherCode: roster[1]?.code },
    });
    expect(errorCode(viewer)).toBe('VALIDATION_FAILED');

    const ok = await create({ username: 'teacher-linked', teacherCode: roster[1]?.code });
    expect(ok.statusCode, ok.body).toBe(200);
    expect((ok.json() as { user: { teacherCode: string } }).user.teacherCode).toBe(roster[1]?.code);
  });

  it('a teacher reads only their own roster row, even asking for a colleague by id', async () => {
    const me = roster[0] as { id: string; code: string };
    const colleague = roster[1] as { id: string; code: string };
    const teacher = await login(t.app, 'teacher-a1-1');
    const list = await call(t.app, teacher, 'GET', '/api/v1/teachers?schoolYear=2024-2025&pageSize=100');
    expect(list.statusCode, list.body).toBe(200);
    const items = (list.json() as { items: TeacherItem[]; total: number }).items;
    expect(items.map((i) => i.teacherCode)).toEqual([me.code]);
    expect((await call(t.app, teacher, 'GET', `/api/v1/teachers/${me.id}`)).statusCode).toBe(200);
    expect(errorCode(await call(t.app, teacher, 'GET', `/api/v1/teachers/${colleague.id}`))).toBe(
      'TEACHER_NOT_FOUND',
    );
    // The school's own account still reads the whole school roster.
    const school = await login(t.app, 'school-a1-1');
    const all = await call(t.app, school, 'GET', '/api/v1/teachers?schoolYear=2024-2025&pageSize=100');
    expect((all.json() as { total: number }).total).toBe(roster.length);
  });

  it('a teacher sees only the mentorship pairs they are in', async () => {
    const a1 = t.world.counties.a1;
    const school = await login(t.app, 'school-a1-1');
    const pair = async (mentor: number, mentee: number) => {
      const res = await call(t.app, school, 'POST', '/api/v1/communities/mentorships', {
        payload: {
          countyId: a1.id,
          mentorId: roster[mentor]?.code,
          mentorName: `导师${mentor}`,
          menteeId: roster[mentee]?.code,
          menteeName: `徒弟${mentee}`,
          mentorSchoolId: a1.schoolIds[0],
          menteeSchoolId: a1.schoolIds[0],
          subject: 'math',
          startOn: '2024-09-01',
        },
      });
      expect(res.statusCode, res.body).toBe(200);
      return (res.json() as { mentorship: { id: string } }).mentorship.id;
    };
    const mine = await pair(1, 0);
    const theirs = await pair(1, 2);
    const teacher = await login(t.app, 'teacher-a1-1');
    const list = await call(t.app, teacher, 'GET', `/api/v1/communities/mentorships?countyId=${a1.id}`);
    expect(list.statusCode, list.body).toBe(200);
    expect((list.json() as { items: { id: string }[] }).items.map((i) => i.id)).toEqual([mine]);
    const all = await call(t.app, school, 'GET', `/api/v1/communities/mentorships?countyId=${a1.id}`);
    expect((all.json() as { items: { id: string }[] }).items.map((i) => i.id).sort()).toEqual(
      [mine, theirs].sort(),
    );
  });

  it('relinking an account ends its sessions and moves what it may read', async () => {
    const teacher = await login(t.app, 'teacher-a1-1');
    const id = t.world.users.teacherA1s1.id;
    const colleague = roster[2] as { id: string; code: string };
    const res = await call(t.app, county, 'PATCH', `/api/v1/users/${id}`, {
      payload: { teacherCode: colleague.code },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect((await call(t.app, teacher, 'GET', '/api/v1/auth/me')).statusCode).toBe(401);
    const again = await login(t.app, 'teacher-a1-1');
    const list = await call(t.app, again, 'GET', '/api/v1/teachers?schoolYear=2024-2025');
    expect((list.json() as { items: TeacherItem[] }).items.map((i) => i.teacherCode)).toEqual([
      colleague.code,
    ]);
    // Unlinking is refused while the role is teacher; changing the role to school drops the link.
    expect(
      errorCode(
        await call(t.app, county, 'PATCH', `/api/v1/users/${id}`, { payload: { teacherCode: null } }),
      ),
    ).toBe('VALIDATION_FAILED');
    const toSchool = await call(t.app, county, 'PATCH', `/api/v1/users/${id}`, {
      payload: { role: 'school' },
    });
    expect(toSchool.statusCode, toSchool.body).toBe(200);
    const [row] = await t.database.db.select().from(users).where(eq(users.id, id));
    expect(row?.teacherCode).toBeNull();
  });
});
