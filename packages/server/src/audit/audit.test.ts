// Every write leaves exactly one audit entry (who, what, before, after) in the same transaction as the write;
// a write that fails after its update leaves neither; the log is read within the caller's scope.
import { and, count, desc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, schools, teachers } from '../db/schema';
import { testDatabases } from '../testing/databases';
import { call, errorCode, login, type Session } from '../testing/http';
import { rows } from '../testing/rows';
import { openTestApp, type TestApp } from '../testing/test-app';
import { XLSX_TYPE, xlsxRows } from '../testing/xlsx';
import { auditedWrites, statsBody as stats } from '../testing/audited-writes';

describe.each(testDatabases())('audit on $name', (testDb) => {
  let t: TestApp;
  let s: Session;
  const created: Record<string, string> = {};
  const writes = auditedWrites(created);
  beforeAll(async () => {
    t = await openTestApp(testDb);
    s = await login(t.app, 'county-a1');
    // Fails any audit insert whose image carries the marker: the write before it must roll back with it.
    await t.database.db.execute(sql`
      create or replace function fail_marked_audit() returns trigger language plpgsql as $$
      begin
        if coalesce(new.after::text, '') like '%FAIL-AUDIT%' or coalesce(new.after::text, '') like '%424242%' then
          raise exception 'forced audit failure';
        end if;
        return new;
      end $$`);
    await t.database.db.execute(sql`
      create trigger fail_marked_audit before insert on audit_log
      for each row execute function fail_marked_audit()`);
  });
  afterAll(async () => t.close());

  const a1 = () => t.world.counties.a1;
  const school1 = () => a1().schoolIds[0] as string;
  const auditCount = async () => (await t.database.db.select({ n: count() }).from(auditLog))[0]?.n ?? 0;

  it.each(writes.map((w) => [w.name, w] as const))(
    '%s writes one entry with actor, before and after',
    async (_, w) => {
      t.clock.advance(1000); // entries are ordered by time; the fake clock otherwise stands still
      const before = await auditCount();
      const res = await call(t.app, s, w.method, w.url(), { payload: w.payload });
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json() as Record<string, { id?: string } | undefined>;
      for (const key of ['school', 'teacher', 'user'] as const) {
        const id = body[key]?.id;
        if (id && w.action === 'create') created[key] = id;
      }
      expect(await auditCount()).toBe(before + 1);
      const [entry] = await t.database.db.select().from(auditLog).orderBy(desc(auditLog.at)).limit(1);
      const [field, value] = w.shows;
      expect(entry).toMatchObject({
        actorId: t.world.users.countyA1.id,
        actorName: 'county-a1',
        countyId: a1().id,
      });
      expect(entry?.entity).toBe(w.entity);
      expect(entry?.action).toBe(w.action);
      const image = (w.action === 'delete' ? entry?.before : entry?.after) as Record<string, unknown>;
      expect(image[field]).toEqual(value);
      if (w.action === 'create') expect(entry?.before).toBeNull();
      if (w.action === 'delete') expect(entry?.after).toBeNull();
      if (w.action === 'update') expect(entry?.before).not.toEqual(entry?.after);
      expect(JSON.stringify(entry)).not.toContain('argon2');
    },
  );

  it('leaves neither the change nor an entry when the audit insert fails after the update', async () => {
    const id = school1();
    const before = await auditCount();
    const rename = await call(t.app, s, 'PATCH', `/api/v1/schools/${id}`, {
      payload: { name: 'FAIL-AUDIT 学校' },
    });
    expect(rename.statusCode).toBe(500);
    expect(errorCode(rename)).toBe('INTERNAL');
    const [school] = await t.database.db.select().from(schools).where(eq(schools.id, id));
    expect(school?.name).toBe('东山县第1小学');

    const teacher = await call(t.app, s, 'POST', '/api/v1/teachers', {
      payload: {
        schoolYear: '2024-2025',
        teacherCode: 'FAIL1',
        name: 'FAIL-AUDIT 教师',
        gender: 'male',
        birthMonth: '1988-04',
        schoolCode: a1().data.schools[0]?.schoolCode,
        stage: 'primary',
        education: 'bachelor',
        title: 'first',
        subject: 'pe',
        fullTime: true,
        certified: true,
        atSchoolSince: '2019-09',
      },
    });
    expect(teacher.statusCode).toBe(500);
    const [n] = await t.database.db
      .select({ n: count() })
      .from(teachers)
      .where(and(eq(teachers.countyId, a1().id), eq(teachers.teacherCode, 'FAIL1')));
    expect(n?.n).toBe(0);

    const statsBefore = await call(t.app, s, 'GET', `/api/v1/schools/${id}/stats`);
    const put = await call(t.app, s, 'PUT', `/api/v1/schools/${id}/stats/2024-2025`, {
      payload: stats(424242),
    });
    expect(put.statusCode).toBe(500);
    expect((await call(t.app, s, 'GET', `/api/v1/schools/${id}/stats`)).body).toBe(statsBefore.body);

    expect(await auditCount()).toBe(before);
  });

  it('shows each caller only the entries of counties in scope', async () => {
    // Log everyone in first: a login is itself an audited event.
    const users = ['county-a1', 'city-a', 'admin', 'viewer-a1', 'school-a1-1', 'inspector-a1'];
    const sessions = new Map<string, Session>();
    for (const u of users) sessions.set(u, await login(t.app, u));
    const scopeOf = async (username: string) => {
      const res = await call(t.app, sessions.get(username) ?? null, 'GET', '/api/v1/audit?pageSize=500');
      return { res, items: res.json() as { items: { countyId: string | null }[]; total: number } };
    };
    const byCounty = await rows<{ county_id: string | null; n: number }>(
      t.database.db,
      sql`select county_id, count(*)::int as n from audit_log group by county_id`,
    );
    const countOf = (id: string | null) => byCounty.find((r) => r.county_id === id)?.n ?? 0;
    const { a1: c1, a2: c2 } = t.world.counties;

    const county = await scopeOf('county-a1');
    expect(county.res.statusCode).toBe(200);
    expect(new Set(county.items.items.map((i) => i.countyId))).toEqual(new Set([c1.id]));
    expect(county.items.total).toBe(countOf(c1.id));

    const city = await scopeOf('city-a');
    expect(new Set(city.items.items.map((i) => i.countyId))).toEqual(new Set([c1.id, c2.id]));
    expect(city.items.total).toBe(countOf(c1.id) + countOf(c2.id));

    const admin = await scopeOf('admin');
    expect(admin.items.total).toBe(byCounty.reduce((sum, r) => sum + r.n, 0));

    for (const user of ['viewer-a1', 'school-a1-1', 'inspector-a1']) {
      const denied = await scopeOf(user);
      expect(denied.res.statusCode).toBe(403);
      expect(errorCode(denied.res)).toBe('FORBIDDEN');
    }
  });

  it('filters by entity and action, and exports the same entries as xlsx', async () => {
    const list = await call(t.app, s, 'GET', '/api/v1/audit?entity=teacher&action=update&pageSize=500');
    const body = list.json() as {
      items: { entity: string; action: string; actorName: string }[];
      total: number;
    };
    expect(body.total).toBeGreaterThanOrEqual(1);
    expect(body.items.every((i) => i.entity === 'teacher' && i.action === 'update')).toBe(true);
    const exported = await call(t.app, s, 'GET', '/api/v1/audit/export?entity=teacher&action=update');
    expect(exported.headers['content-type']).toBe(XLSX_TYPE);
    const sheet = await xlsxRows(exported.rawPayload);
    expect(sheet[0]?.[0]).toBe('时间');
    expect(sheet.length - 1).toBe(body.total);
  });
});
