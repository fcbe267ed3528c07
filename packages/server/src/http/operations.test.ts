// What operators see and configure: no personal data in logs (architecture.md, Data) — with the logger at its
// most verbose, a login, a teacher created, searched and read, and a failing write leave no password, no cookie
// value and no teacher name — and the reverse-proxy settings (secure cookies, per-client login rate limit).
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../testing/databases';
import { buildApp } from '../app';
import { call, errorCode, login } from '../testing/http';
import { captureLog } from '../testing/log';
import { openTestApp, type TestApp } from '../testing/test-app';
import { TEST_PASSWORD } from '../testing/world';

const NAME = '李秘密';
const FAILING_NAME = '王机密';

describe.each(testDatabases())('logs on $name', (testDb) => {
  let t: TestApp;
  const logged = captureLog();
  beforeAll(async () => {
    t = await openTestApp(testDb, { logger: { level: 'trace', stream: logged.stream } });
    await t.database.db.execute(sql`
      create or replace function refuse_teacher() returns trigger language plpgsql as $$
      begin
        if new.name = ${sql.raw(`'${FAILING_NAME}'`)} then raise exception 'refused'; end if;
        return new;
      end $$`);
    await t.database.db.execute(
      sql`create trigger refuse_teacher before insert on teachers for each row execute function refuse_teacher()`,
    );
  });
  afterAll(async () => t.close());

  it('writes requests to the log without personal data or secrets', async () => {
    const s = await login(t.app, 'county-a1');
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'county-a1', password: 'Wrong-Password-77' },
    });
    expect(bad.statusCode).toBe(401);
    const a1 = t.world.counties.a1;
    const teacher = (name: string, code: string) => ({
      schoolYear: '2024-2025',
      teacherCode: code,
      name,
      gender: 'female',
      birthMonth: '1991-06',
      schoolCode: a1.data.schools[0]?.schoolCode,
      stage: 'primary',
      education: 'bachelor',
      title: 'second',
      subject: 'chinese',
      fullTime: true,
      certified: true,
      atSchoolSince: '2018-09',
    });
    const created = await call(t.app, s, 'POST', '/api/v1/teachers', { payload: teacher(NAME, 'LOG1') });
    expect(created.statusCode).toBe(200);
    const id = (created.json() as { teacher: { id: string } }).teacher.id;
    expect((await call(t.app, s, 'GET', `/api/v1/teachers?q=${encodeURIComponent(NAME)}`)).statusCode).toBe(
      200,
    );
    expect((await call(t.app, s, 'GET', `/api/v1/teachers/${id}`)).statusCode).toBe(200);
    const failed = await call(t.app, s, 'POST', '/api/v1/teachers', {
      payload: teacher(FAILING_NAME, 'LOG2'),
    });
    expect(failed.statusCode).toBe(500);
    const changed = await call(t.app, s, 'POST', '/api/v1/auth/change-password', {
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'Another-Password-88' },
    });
    expect(changed.statusCode).toBe(200);

    const log = logged.text();
    // The logger did run: requests and the failure are there.
    expect(log).toContain('/api/v1/teachers');
    expect(log).toContain('"statusCode":500');
    for (const secret of [
      TEST_PASSWORD,
      'Wrong-Password-77',
      'Another-Password-88',
      s.token,
      s.csrf,
      NAME,
      encodeURIComponent(NAME),
      FAILING_NAME,
    ]) {
      expect(log, `log contains ${secret}`).not.toContain(secret);
    }
  });

  it('marks cookies Secure and limits logins per forwarded client behind a proxy', async () => {
    const proxied = await buildApp({
      db: t.database.db,
      clock: t.clock.now,
      secureCookies: true,
      trustProxy: '127.0.0.1',
      loginRateLimit: { max: 2, timeWindow: 60_000 },
    });
    try {
      const attempt = (client: string, password = 'Wrong-Password-77') =>
        proxied.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          headers: { 'x-forwarded-for': client, 'x-forwarded-proto': 'https' },
          payload: { username: 'viewer-a1', password },
        });
      const ok = await attempt('203.0.113.7', TEST_PASSWORD);
      expect(ok.statusCode).toBe(200);
      expect(ok.cookies.every((c) => c.secure === true)).toBe(true);
      expect((await attempt('203.0.113.7')).statusCode).toBe(401);
      const limited = await attempt('203.0.113.7');
      expect(limited.statusCode).toBe(429);
      expect(errorCode(limited)).toBe('RATE_LIMITED');
      // Another client behind the same proxy has its own budget.
      expect((await attempt('198.51.100.4')).statusCode).toBe(401);
    } finally {
      await proxied.close();
    }
  });

  it('rate-limits login attempts per client without a proxy', async () => {
    const limited = await buildApp({
      db: t.database.db,
      clock: t.clock.now,
      loginRateLimit: { max: 3, timeWindow: 60_000 },
    });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 5; i++) {
        const res = await limited.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          headers: { 'x-forwarded-for': `192.0.2.${i}` },
          payload: { username: 'nobody-here', password: 'whatever-1' },
        });
        codes.push(res.statusCode);
      }
      // X-Forwarded-For is ignored when no proxy is trusted: one client, one budget.
      expect(codes).toEqual([401, 401, 401, 429, 429]);
    } finally {
      await limited.close();
    }
  });
});
