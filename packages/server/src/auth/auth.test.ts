// Authentication over HTTP: login, cookies, CSRF, lockout, rate limit, forced password change, logout, hashes.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schools, users } from '../db/schema';
import { testDatabases } from '../testing/databases';
import { call, cookieOf, errorCode, login } from '../testing/http';
import { openTestApp, type TestApp } from '../testing/test-app';
import { TEST_PASSWORD } from '../testing/world';
import { CSRF_COOKIE, SESSION_COOKIE } from './hooks';
import { SESSION_TTL_MS } from './sessions';

const LOCKOUT = { maxFailures: 3, lockMs: 10 * 60 * 1000 };

describe.each(testDatabases())('auth on $name', (testDb) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(testDb, { lockout: LOCKOUT });
  });
  afterAll(async () => t.close());

  const loginRes = (username: string, password: string) =>
    t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });

  it('logs in with the right password and sets a strict httpOnly session cookie', async () => {
    const res = await loginRes('county-a1', TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    const body = res.json() as { user: Record<string, unknown> };
    expect(body.user).toMatchObject({ username: 'county-a1', role: 'county', mustChangePassword: false });
    expect(body.user).not.toHaveProperty('passwordHash');
    const session = res.cookies.find((c) => c.name === SESSION_COOKIE);
    expect(session?.httpOnly).toBe(true);
    expect(session?.sameSite).toBe('Strict');
    expect(session?.path).toBe('/');
    const csrf = res.cookies.find((c) => c.name === CSRF_COOKIE);
    expect(csrf?.httpOnly).not.toBe(true);
    expect(csrf?.sameSite).toBe('Strict');
    expect(csrf?.value.length).toBeGreaterThanOrEqual(32);
  });

  it('answers a wrong password and an unknown user identically', async () => {
    const wrong = await loginRes('viewer-a1', 'not-the-password');
    const unknown = await loginRes('nobody-here', 'not-the-password');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(errorCode(wrong)).toBe('INVALID_CREDENTIALS');
    expect(wrong.body).toBe(unknown.body);
    expect(wrong.cookies).toHaveLength(0);
    // A successful login clears the failure counter, so this test does not lock the account.
    await login(t.app, 'viewer-a1');
  });

  it('refuses a write without the CSRF header or with a wrong one', async () => {
    const s = await login(t.app, 'county-a1');
    const id = t.world.counties.a1.schoolIds[0] as string;
    const patch = { payload: { name: '改名' } };
    for (const csrf of [false, 'wrong-token', `${s.csrf.slice(0, -1)}x`] as const) {
      const res = await call(t.app, s, 'PATCH', `/api/v1/schools/${id}`, { ...patch, csrf });
      expect(res.statusCode).toBe(403);
      expect(errorCode(res)).toBe('CSRF_INVALID');
    }
    // Another session's token does not fit this session either.
    const other = await login(t.app, 'county-a1');
    const crossed = await call(t.app, s, 'PATCH', `/api/v1/schools/${id}`, { ...patch, csrf: other.csrf });
    expect(errorCode(crossed)).toBe('CSRF_INVALID');
    // A planted jh_csrf cookie echoed in the header (cookie tossing) does not pass: the token is bound to the session.
    const tossed = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/schools/${id}`,
      payload: patch.payload,
      headers: { cookie: `${SESSION_COOKIE}=${s.token}; ${CSRF_COOKIE}=planted`, 'x-csrf-token': 'planted' },
    });
    expect(errorCode(tossed)).toBe('CSRF_INVALID');
    const [row] = await t.database.db.select().from(schools).where(eq(schools.id, id));
    expect(row?.name).toBe('东山县第1小学');
    // Reads need no token.
    expect((await call(t.app, s, 'GET', `/api/v1/schools/${id}`, { csrf: false })).statusCode).toBe(200);
  });

  it('locks an account after repeated failures and lets it in again when the lock expires', async () => {
    for (let i = 1; i < LOCKOUT.maxFailures; i++) {
      expect((await loginRes('researcher-a1', `wrong-${i}`)).statusCode).toBe(401);
    }
    const locking = await loginRes('researcher-a1', 'wrong-last');
    expect(locking.statusCode).toBe(423);
    expect(errorCode(locking)).toBe('ACCOUNT_LOCKED');
    // Even the right password is refused while locked.
    expect((await loginRes('researcher-a1', TEST_PASSWORD)).statusCode).toBe(423);
    t.clock.advance(LOCKOUT.lockMs - 1000);
    expect((await loginRes('researcher-a1', TEST_PASSWORD)).statusCode).toBe(423);
    t.clock.advance(2000);
    const after = await loginRes('researcher-a1', TEST_PASSWORD);
    expect(after.statusCode).toBe(200);
    const [row] = await t.database.db.select().from(users).where(eq(users.username, 'researcher-a1'));
    expect(row?.failedLogins).toBe(0);
    expect(row?.lockedUntil).toBeNull();
  });

  it('blocks every other route until a forced password change, then lets the user in', async () => {
    const s = await login(t.app, 'fresh-a1');
    const me = await call(t.app, s, 'GET', '/api/v1/auth/me');
    expect(me.statusCode).toBe(200);
    expect((me.json() as { user: { mustChangePassword: boolean } }).user.mustChangePassword).toBe(true);
    const blocked = await call(t.app, s, 'GET', '/api/v1/schools');
    expect(blocked.statusCode).toBe(403);
    expect(errorCode(blocked)).toBe('PASSWORD_CHANGE_REQUIRED');
    const change = (currentPassword: string, newPassword: string) =>
      call(t.app, s, 'POST', '/api/v1/auth/change-password', { payload: { currentPassword, newPassword } });
    expect(errorCode(await change(TEST_PASSWORD, 'short'))).toBe('PASSWORD_INVALID');
    expect(errorCode(await change(TEST_PASSWORD, TEST_PASSWORD))).toBe('PASSWORD_INVALID');
    expect(errorCode(await change('wrong-current-pw', 'a-brand-new-password'))).toBe('PASSWORD_INVALID');
    const other = await login(t.app, 'fresh-a1');
    expect((await change(TEST_PASSWORD, 'a-brand-new-password')).statusCode).toBe(200);
    expect((await call(t.app, s, 'GET', '/api/v1/schools')).statusCode).toBe(200);
    // The change ends the user's other sessions, and the old password no longer works.
    expect((await call(t.app, other, 'GET', '/api/v1/auth/me')).statusCode).toBe(401);
    expect((await loginRes('fresh-a1', TEST_PASSWORD)).statusCode).toBe(401);
    await login(t.app, 'fresh-a1', 'a-brand-new-password');
  });

  it('ends the session on logout', async () => {
    const s = await login(t.app, 'inspector-a1');
    const res = await call(t.app, s, 'POST', '/api/v1/auth/logout');
    expect(res.statusCode).toBe(200);
    expect(cookieOf(res, SESSION_COOKIE)).toBe('');
    const me = await call(t.app, s, 'GET', '/api/v1/auth/me');
    expect(me.statusCode).toBe(401);
    expect(errorCode(me)).toBe('UNAUTHENTICATED');
  });

  it('expires a session after its lifetime', async () => {
    const s = await login(t.app, 'school-a1-2');
    t.clock.advance(SESSION_TTL_MS - 60_000);
    expect((await call(t.app, s, 'GET', '/api/v1/auth/me')).statusCode).toBe(200);
    t.clock.advance(120_000);
    expect((await call(t.app, s, 'GET', '/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('stores an argon2id hash, never the password, and the new user must change it', async () => {
    const admin = await login(t.app, 'admin');
    const password = 'Initial-Password-42';
    const res = await call(t.app, admin, 'POST', '/api/v1/users', {
      payload: {
        username: 'hash-check',
        displayName: '哈希',
        role: 'viewer',
        countyId: t.world.counties.b1.id,
        password,
      },
    });
    expect(res.statusCode).toBe(200);
    const created = res.json() as {
      user: { id: string; mustChangePassword: boolean };
      initialPassword: string;
    };
    expect(created.initialPassword).toBe(password);
    expect(created.user.mustChangePassword).toBe(true);
    const [row] = await t.database.db.select().from(users).where(eq(users.id, created.user.id));
    expect(row?.passwordHash.startsWith('$argon2id$')).toBe(true);
    expect(row?.passwordHash).not.toContain(password);
    const dump = await t.database.db.execute(sql`select row_to_json(a)::text as j from audit_log a`);
    const text = JSON.stringify(dump);
    expect(text).not.toContain(password);
    expect(text).not.toContain(row?.passwordHash ?? '$argon2id$');
    // A disabled account cannot log in and its sessions end.
    const s = await login(t.app, 'hash-check', password);
    const off = await call(t.app, admin, 'PATCH', `/api/v1/users/${created.user.id}`, {
      payload: { disabled: true },
    });
    expect(off.statusCode).toBe(200);
    expect((await call(t.app, s, 'GET', '/api/v1/auth/me')).statusCode).toBe(401);
    expect((await loginRes('hash-check', password)).statusCode).toBe(401);
  });
});
