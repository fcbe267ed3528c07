// Scenarios for the authorisation sweep: who asks, what they aim at, what must not show up in any answer, and
// who may make the same request (the positive control).
import { and, asc, eq } from 'drizzle-orm';
import { teachers } from '../db/schema';
import { call, type Method, type Session } from './http';
import { isWrite, type RouteCase, type Target } from './route-cases';
import type { TestApp } from './test-app';
import type { CountyKey, UserKey } from './world';
import { responseText } from './xlsx';

export interface Scenario {
  name: string;
  /** 'outOfScope': the target is outside the actor's scope; 'readOnly': inside, but the role only reads. */
  mode: 'outOfScope' | 'readOnly';
  actor: string;
  controller: string;
  target: Target;
  /** Text that must not appear in any answer the actor gets (ids and names of the target). */
  markers: string[];
}

async function targetOf(t: TestApp, county: CountyKey, school: number, user: UserKey): Promise<Target> {
  const c = t.world.counties[county];
  const schoolId = c.schoolIds[school - 1] as string;
  const [teacher] = await t.database.db
    .select({ id: teachers.id })
    .from(teachers)
    .where(
      and(eq(teachers.countyId, c.id), eq(teachers.schoolId, schoolId), eq(teachers.schoolYear, '2024-2025')),
    )
    .orderBy(asc(teachers.teacherCode))
    .limit(1);
  if (!teacher) throw new Error(`no teacher at ${county} school ${school}`);
  const schoolCode = c.data.schools[school - 1]?.schoolCode as string;
  return { county: c, schoolId, schoolCode, teacherId: teacher.id, userId: t.world.users[user].id };
}

function countyMarkers(t: TestApp, county: CountyKey, withCity: boolean): string[] {
  const c = t.world.counties[county];
  return [c.id, c.spec.name, ...c.schoolIds, ...(withCity ? [c.spec.cityName, c.cityId] : [])];
}

export async function buildScenarios(t: TestApp): Promise<Scenario[]> {
  const a1 = t.world.counties.a1;
  const school2 = a1.data.schools[1];
  const u = (key: UserKey) => t.world.users[key].username;
  const readOnly = (actor: UserKey, target: Target): Scenario => ({
    name: `${u(actor)} writes in scope`,
    mode: 'readOnly',
    actor: u(actor),
    controller: u('countyA1'),
    target,
    markers: [],
  });
  const ownSchool = await targetOf(t, 'a1', 1, 'schoolA1s1');
  return [
    {
      name: 'school user → another school of the county',
      mode: 'outOfScope',
      actor: u('schoolA1s1'),
      controller: u('countyA1'),
      target: await targetOf(t, 'a1', 2, 'schoolA1s2'),
      markers: [
        a1.schoolIds[1] as string,
        school2?.name ?? '?',
        school2?.schoolCode ?? '?',
        '东山县教师2-',
        u('schoolA1s2'),
      ],
    },
    {
      name: 'school user → another county',
      mode: 'outOfScope',
      actor: u('schoolA1s1'),
      controller: u('admin'),
      target: await targetOf(t, 'b1', 1, 'schoolB1s1'),
      markers: countyMarkers(t, 'b1', true),
    },
    {
      name: 'county user → another county of the same city',
      mode: 'outOfScope',
      actor: u('countyA1'),
      controller: u('countyA2'),
      target: await targetOf(t, 'a2', 1, 'countyA2'),
      markers: countyMarkers(t, 'a2', false),
    },
    {
      name: 'county user → a county of another city',
      mode: 'outOfScope',
      actor: u('countyA1'),
      controller: u('admin'),
      target: await targetOf(t, 'b1', 2, 'countyB1'),
      markers: countyMarkers(t, 'b1', true),
    },
    {
      name: 'city user → a county of another city',
      mode: 'outOfScope',
      actor: u('cityA'),
      controller: u('countyB1'),
      target: await targetOf(t, 'b1', 1, 'schoolB1s1'),
      markers: countyMarkers(t, 'b1', true),
    },
    readOnly('viewerA1', ownSchool),
    readOnly('inspectorA1', ownSchool),
    // A researcher logs visits under his own patch only; no case gives him one, so every write is refused.
    readOnly('researcherA1', ownSchool),
    readOnly('teacherA1s1', ownSchool),
  ];
}

/** Sends one case as the scenario's actor; returns what is wrong, or null. */
export async function runCase(
  t: TestApp,
  session: Session,
  scenario: Scenario,
  method: Method,
  routeCase: RouteCase & { kind: 'scoped' },
  n: number,
): Promise<string | null> {
  const req = await routeCase.build({ db: t.database.db, target: scenario.target, n });
  const res = await call(t.app, session, method, req.url, {
    payload: req.payload,
    contentType: req.contentType,
  });
  const status = res.statusCode;
  // A 400 means the request never reached the scope check: the case is broken, not the route safe.
  if (status >= 500 || status === 400) return `→ ${status} ${res.body.slice(0, 160)}`;
  // 404 is a refusal too: a school-level role does not see the county's other schools at all.
  if (isWrite(method, routeCase))
    return status === 403 || status === 404 ? null : `→ ${status} (expected 403/404)`;
  if (status === 403 || status === 404) return null;
  if (status !== 200) return `→ ${status}`;
  if (method === 'HEAD' || scenario.markers.length === 0) return null;
  const text = await responseText(res);
  const leaked = scenario.markers.filter((m) => text.includes(m));
  return leaked.length > 0 ? `→ 200 leaks ${leaked.join(', ')}` : null;
}
