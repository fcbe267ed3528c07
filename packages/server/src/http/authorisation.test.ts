// The authorisation sweep (architecture.md, API: "a test sweeps every route with an out-of-scope user"). It
// walks the routes the app actually registered, so a new route without a case, or one that answers an
// anonymous caller, fails here.
import type { RouteOptions } from 'fastify';
import { validateHeaderValue } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../testing/databases';
import { call, errorCode, login, type Method, type Session } from '../testing/http';
import { ROUTE_CASES, caseKey, isWrite } from '../testing/route-cases';
import { openTestApp, type TestApp } from '../testing/test-app';
import { buildScenarios, runCase, type Scenario } from '../testing/sweep';

// Each sweep sends every route's case as every scenario (hundreds of requests, each building its own data):
// minutes on a busy machine, more than the default test timeout.
const SWEEP_TIMEOUT = 240_000;
const SAMPLE_UUID = '0f0e0d0c-0b0a-4908-8706-050403020100';

function routePairs(routes: RouteOptions[]): { method: Method; url: string; access: string }[] {
  return routes.flatMap((r) =>
    (Array.isArray(r.method) ? r.method : [r.method]).map((method) => ({
      method: method as Method,
      url: r.url,
      access: (r.config as { access?: string } | undefined)?.access ?? 'session',
    })),
  );
}

const fill = (url: string) => url.replace(/:[A-Za-z]+/g, SAMPLE_UUID);

describe.each(testDatabases())('authorisation sweep on $name', { timeout: SWEEP_TIMEOUT }, (testDb) => {
  let t: TestApp;
  let scenarios: Scenario[];
  const sessions = new Map<string, Session>();
  const sessionOf = async (username: string) => {
    const known = sessions.get(username);
    if (known) return known;
    const s = await login(t.app, username);
    sessions.set(username, s);
    return s;
  };
  beforeAll(async () => {
    t = await openTestApp(testDb);
    scenarios = await buildScenarios(t);
  });
  afterAll(async () => t.close());

  it('has a case for every registered route and a registered route for every case', () => {
    const registered = new Set(routePairs(t.routes).map((p) => caseKey(p.method, p.url)));
    expect(registered.size).toBeGreaterThan(20);
    expect([...registered].filter((k) => !(k in ROUTE_CASES))).toEqual([]);
    expect(Object.keys(ROUTE_CASES).filter((k) => !registered.has(k))).toEqual([]);
  });

  it('answers 401 to an anonymous caller on every route but login', async () => {
    const open: string[] = [];
    for (const { method, url } of routePairs(t.routes)) {
      const res = await call(t.app, null, method, fill(url), isWrite(method) ? { payload: {} } : {});
      const expected = url === '/api/v1/auth/login' ? 400 : 401;
      if (res.statusCode !== expected) open.push(`${method} ${url} → ${res.statusCode}`);
    }
    expect(open).toEqual([]);
  });

  it('refuses every write without a CSRF token', async () => {
    const s = await sessionOf('county-a1');
    const wrong: string[] = [];
    for (const { method, url, access } of routePairs(t.routes)) {
      if (!isWrite(method) || access === 'public') continue;
      const res = await call(t.app, s, method, fill(url), { payload: {}, csrf: false });
      if (res.statusCode !== 403 || errorCode(res) !== 'CSRF_INVALID') wrong.push(`${method} ${url}`);
    }
    expect(wrong).toEqual([]);
  });

  it('lets a user who must change the password reach only me, logout and change-password', async () => {
    const s = await login(t.app, 'fresh-a1');
    const wrong: string[] = [];
    for (const { method, url, access } of routePairs(t.routes)) {
      if (access !== 'session') continue;
      const res = await call(t.app, s, method, fill(url), isWrite(method) ? { payload: {} } : {});
      if (res.statusCode !== 403 || (method !== 'HEAD' && errorCode(res) !== 'PASSWORD_CHANGE_REQUIRED')) {
        wrong.push(`${method} ${url} → ${res.statusCode}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('keeps every user out of what lies outside their scope, and read-only roles from writing', async () => {
    const failures: string[] = [];
    let n = 1;
    for (const scenario of scenarios) {
      const s = await sessionOf(scenario.actor);
      for (const { method, url } of routePairs(t.routes)) {
        const routeCase = ROUTE_CASES[caseKey(method, url)];
        if (!routeCase || routeCase.kind === 'self') continue;
        // Read-only roles may read their own scope; only their writes are in question.
        if (scenario.mode === 'readOnly' && !isWrite(method, routeCase)) continue;
        const problem = await runCase(t, s, scenario, method, routeCase, n++);
        if (problem) failures.push(`${scenario.name}: ${method} ${url} ${problem}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('lets an in-scope user make every one of those requests (positive control)', async () => {
    const failures: string[] = [];
    let n = 500;
    for (const scenario of scenarios) {
      const s = await sessionOf(scenario.controller);
      for (const { method, url } of routePairs(t.routes)) {
        const routeCase = ROUTE_CASES[caseKey(method, url)];
        if (!routeCase || routeCase.kind === 'self') continue;
        if (scenario.mode === 'readOnly' && !isWrite(method, routeCase)) continue;
        const req = await routeCase.build({ db: t.database.db, target: scenario.target, n: n++ });
        const res = await call(t.app, s, method, req.url, {
          payload: req.payload,
          contentType: req.contentType,
        });
        // inject() skips Node's header checks; a real socket would turn a non-Latin-1 header into a 500.
        for (const [name, value] of Object.entries(res.headers)) {
          try {
            if (value !== undefined)
              validateHeaderValue(name, Array.isArray(value) ? value.join(', ') : String(value));
          } catch {
            failures.push(`${scenario.name}: ${method} ${url} sends an invalid ${name} header`);
          }
        }
        if (res.statusCode !== 200)
          failures.push(`${scenario.name}: ${method} ${url} → ${res.statusCode} ${res.body.slice(0, 120)}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
