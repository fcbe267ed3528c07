// One request per /api/v1 route, aimed at a target (a county, one of its schools, a teacher there and an
// account there). The authorisation sweep sends each of them as users who must not reach the target and as a
// user who may (the positive control proves the request itself is well-formed). A route missing here fails
// the sweep: a new route needs a case before it can ship.
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { schools, teachers } from '../db/schema';
import type { Method } from './http';
import type { WorldCounty } from './world';
import { EVALUATION_CASES, IMPORT_CASES } from './route-cases-more';
import { COMMUNITY_CASES } from './route-cases-communities';
import { ROTATION_CASES } from './route-cases-rotation';

export interface Target {
  county: WorldCounty;
  schoolId: string;
  schoolCode: string;
  teacherId: string;
  userId: string;
}

export interface CaseContext {
  db: Db;
  target: Target;
  /** Unique per call, for codes and usernames that must not collide. */
  n: number;
}

export interface CaseRequest {
  url: string;
  payload?: unknown;
  contentType?: string;
}

export type RouteCase =
  /** Acts only on the caller's own session or account. */
  | { kind: 'self' }
  | {
      kind: 'scoped';
      build: (c: CaseContext) => CaseRequest | Promise<CaseRequest>;
      /** A non-GET route that changes nothing (e.g. an upload preview): judged like a read. */
      reads?: boolean;
    };

const API = '/api/v1';
const scoped = (build: (c: CaseContext) => CaseRequest | Promise<CaseRequest>): RouteCase => ({
  kind: 'scoped',
  build,
});
const freshCode = (n: number) => `9${String(n).padStart(9, '0')}`;

const STATS = {
  primaryStudents: 500,
  juniorStudents: 0,
  primaryClasses: 12,
  juniorClasses: 0,
  teachingAuxArea: 2500,
  indoorSportsArea: 200,
  sportsGroundArea: 4000,
  equipmentValue: 900000,
  computers: 60,
  multimediaClassrooms: 12,
  books: 15000,
};

function teacherBody(c: CaseContext) {
  return {
    countyId: c.target.county.id,
    schoolYear: '2024-2025',
    teacherCode: `S${c.n}`,
    name: `${c.target.county.spec.name}新教师${c.n}`,
    gender: 'female',
    birthMonth: '1990-03',
    schoolCode: c.target.schoolCode,
    stage: 'primary',
    education: 'bachelor',
    title: 'second',
    subject: 'music',
    fullTime: true,
    certified: true,
    atSchoolSince: '2020-09',
  };
}

async function disposableSchool(c: CaseContext): Promise<string> {
  const [row] = await c.db
    .insert(schools)
    .values({
      countyId: c.target.county.id,
      schoolCode: freshCode(c.n),
      name: `${c.target.county.spec.name}临时校${c.n}`,
      schoolType: 'teachingPoint',
      ownership: 'public',
      runBy: 'county',
      urbanRuralCode: '220',
      urbanRural: 'rural',
    })
    .returning({ id: schools.id });
  return row?.id ?? '';
}

async function disposableTeacher(c: CaseContext): Promise<string> {
  const [source] = await c.db.select().from(teachers).where(eq(teachers.id, c.target.teacherId));
  if (!source) throw new Error('target teacher missing');
  const { id: _id, ...rest } = source;
  const [row] = await c.db
    .insert(teachers)
    .values({ ...rest, teacherCode: `D${c.n}`, name: `${c.target.county.spec.name}临时教师${c.n}` })
    .returning({ id: teachers.id });
  return row?.id ?? '';
}

export const ROUTE_CASES: Record<string, RouteCase> = {
  'POST /auth/login': { kind: 'self' },
  'POST /auth/logout': { kind: 'self' },
  'GET /auth/me': { kind: 'self' },
  'POST /auth/change-password': { kind: 'self' },

  'GET /users': scoped(() => ({ url: `${API}/users?pageSize=500` })),
  'POST /users': scoped((c) => ({
    url: `${API}/users`,
    payload: {
      username: `sweep-${c.n}`,
      displayName: `${c.target.county.spec.name}新账号${c.n}`,
      role: 'school',
      schoolId: c.target.schoolId,
    },
  })),
  'PATCH /users/:id': scoped((c) => ({
    url: `${API}/users/${c.target.userId}`,
    payload: { displayName: `${c.target.county.spec.name}改名${c.n}` },
  })),

  'GET /audit': scoped((c) => ({ url: `${API}/audit?countyId=${c.target.county.id}&pageSize=500` })),
  'GET /audit/export': scoped((c) => ({ url: `${API}/audit/export?countyId=${c.target.county.id}` })),

  'GET /counties': scoped(() => ({ url: `${API}/counties` })),
  'GET /counties/:id/townships': scoped((c) => ({ url: `${API}/counties/${c.target.county.id}/townships` })),
  'GET /counties/:id/school-years': scoped((c) => ({
    url: `${API}/counties/${c.target.county.id}/school-years`,
  })),

  'GET /schools': scoped((c) => ({ url: `${API}/schools?countyId=${c.target.county.id}&pageSize=500` })),
  'GET /schools/export': scoped((c) => ({ url: `${API}/schools/export?countyId=${c.target.county.id}` })),
  'GET /schools/:id': scoped((c) => ({ url: `${API}/schools/${c.target.schoolId}` })),
  'POST /schools': scoped((c) => ({
    url: `${API}/schools`,
    payload: {
      countyId: c.target.county.id,
      schoolCode: freshCode(c.n),
      name: `${c.target.county.spec.name}新校${c.n}`,
      schoolType: 'primary',
      ownership: 'public',
      urbanRuralCode: '220',
    },
  })),
  'PATCH /schools/:id': scoped((c) => ({
    url: `${API}/schools/${c.target.schoolId}`,
    payload: { weak: true },
  })),
  'DELETE /schools/:id': scoped(async (c) => ({ url: `${API}/schools/${await disposableSchool(c)}` })),
  'GET /schools/:id/stats': scoped((c) => ({ url: `${API}/schools/${c.target.schoolId}/stats` })),
  'PUT /schools/:id/stats/:schoolYear': scoped((c) => ({
    url: `${API}/schools/${c.target.schoolId}/stats/2025-2026`,
    payload: STATS,
  })),

  'GET /teachers': scoped((c) => ({
    url: `${API}/teachers?countyId=${c.target.county.id}&schoolId=${c.target.schoolId}&pageSize=500`,
  })),
  'GET /teachers/export': scoped((c) => ({
    url: `${API}/teachers/export?countyId=${c.target.county.id}&schoolId=${c.target.schoolId}`,
  })),
  'GET /teachers/:id': scoped((c) => ({ url: `${API}/teachers/${c.target.teacherId}` })),
  'POST /teachers': scoped((c) => ({ url: `${API}/teachers`, payload: teacherBody(c) })),
  'PATCH /teachers/:id': scoped((c) => ({
    url: `${API}/teachers/${c.target.teacherId}`,
    payload: { title: 'senior' },
  })),
  'DELETE /teachers/:id': scoped(async (c) => ({ url: `${API}/teachers/${await disposableTeacher(c)}` })),

  ...EVALUATION_CASES,
  ...IMPORT_CASES,
  ...ROTATION_CASES,
  ...COMMUNITY_CASES,
};

/** `GET /schools/:id` for a route as Fastify reports it (HEAD routes map to their GET). */
export function caseKey(method: string, url: string): string {
  return `${method === 'HEAD' ? 'GET' : method} ${url.replace(/^\/api\/v1/, '')}`;
}

export function isWrite(method: Method, routeCase?: RouteCase): boolean {
  if (routeCase?.kind === 'scoped' && routeCase.reads) return false;
  return method !== 'GET' && method !== 'HEAD';
}
