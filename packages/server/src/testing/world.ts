// The shared test world: three counties (two in one city) loaded through the real loader, and one account per
// kind of user. Accounts are inserted directly with one argon2id hash computed once per process, because
// hashing is deliberately slow and the auth tests exercise the real account paths separately.
import type { CountyData } from '@junheng/core';
import type { Db } from '../db/client';
import { users } from '../db/schema';
import { hashPassword } from '../auth/passwords';
import { SYSTEM_ACTOR, type Role } from '../auth/roles';
import { loadCountyData } from '../demo/load-county';
import type { Clock } from '../shared/clock';
import { COUNTY_SPECS, countyData, type CountySpec } from './world-data';

export const TEST_PASSWORD = 'correct-horse-battery-9';

let sharedHash: Promise<string> | null = null;
export function testPasswordHash(): Promise<string> {
  sharedHash ??= hashPassword(TEST_PASSWORD);
  return sharedHash;
}

export type CountyKey = keyof typeof COUNTY_SPECS;

export interface WorldCounty {
  key: CountyKey;
  id: string;
  cityId: string;
  spec: CountySpec;
  data: CountyData;
  /** School ids in sheet order (index 0 is school 1). */
  schoolIds: string[];
}

interface UserSpec {
  username: string;
  role: Role;
  county?: CountyKey;
  /** 1-based school number within the county. */
  school?: number;
  mustChangePassword?: boolean;
}

export const USER_SPECS = {
  admin: { username: 'admin', role: 'admin' },
  cityA: { username: 'city-a', role: 'city', county: 'a1' },
  countyA1: { username: 'county-a1', role: 'county', county: 'a1' },
  countyA2: { username: 'county-a2', role: 'county', county: 'a2' },
  countyB1: { username: 'county-b1', role: 'county', county: 'b1' },
  schoolA1s1: { username: 'school-a1-1', role: 'school', county: 'a1', school: 1 },
  schoolA1s2: { username: 'school-a1-2', role: 'school', county: 'a1', school: 2 },
  schoolB1s1: { username: 'school-b1-1', role: 'school', county: 'b1', school: 1 },
  inspectorA1: { username: 'inspector-a1', role: 'inspector', county: 'a1' },
  researcherA1: { username: 'researcher-a1', role: 'researcher', county: 'a1' },
  viewerA1: { username: 'viewer-a1', role: 'viewer', county: 'a1' },
  teacherA1s1: { username: 'teacher-a1-1', role: 'teacher', county: 'a1', school: 1 },
  freshA1: { username: 'fresh-a1', role: 'county', county: 'a1', mustChangePassword: true },
} as const satisfies Record<string, UserSpec>;

export type UserKey = keyof typeof USER_SPECS;

export interface WorldUser {
  key: UserKey;
  id: string;
  username: string;
  role: Role;
  countyId: string | null;
  schoolId: string | null;
  teacherCode: string | null;
}

export interface World {
  counties: Record<CountyKey, WorldCounty>;
  users: Record<UserKey, WorldUser>;
}

export function usernameOf(key: UserKey): string {
  return USER_SPECS[key].username;
}

async function loadCounty(db: Db, clock: Clock, key: CountyKey): Promise<WorldCounty> {
  const spec = COUNTY_SPECS[key];
  const data = countyData(spec);
  const load = await loadCountyData(db, clock, data, SYSTEM_ACTOR);
  const schoolIds = data.schools.map((s) => load.schoolIds.get(s.schoolCode) as string);
  return { key, id: load.countyId, cityId: load.cityId, spec, data, schoolIds };
}

export async function seedWorld(db: Db, clock: Clock): Promise<World> {
  const counties = {
    a1: await loadCounty(db, clock, 'a1'),
    a2: await loadCounty(db, clock, 'a2'),
    b1: await loadCounty(db, clock, 'b1'),
  };
  const passwordHash = await testPasswordHash();
  const entries = Object.entries(USER_SPECS) as [UserKey, UserSpec][];
  const rows = entries.map(([key, spec]) => {
    const county = spec.county ? counties[spec.county] : null;
    const schoolId = county && spec.school ? (county.schoolIds[spec.school - 1] ?? null) : null;
    const level = spec.role === 'city' ? 'city' : spec.role === 'admin' ? 'all' : 'other';
    // A teacher account is linked to its school's lowest roster code (the teacher the route sweep reads).
    const schoolCode = county && spec.school ? county.data.schools[spec.school - 1]?.schoolCode : undefined;
    const codes = (county?.data.teachers ?? [])
      .filter((t) => t.schoolCode === schoolCode)
      .map((t) => t.teacherCode);
    const teacherCode = spec.role === 'teacher' ? ([...codes].sort()[0] ?? null) : null;
    return {
      username: spec.username,
      displayName: `${county ? (level === 'city' ? county.spec.cityName : county.spec.name) : '全部'}${key}`,
      role: spec.role,
      passwordHash,
      cityId: county ? county.cityId : null,
      countyId: county && level === 'other' ? county.id : null,
      schoolId,
      teacherCode,
      mustChangePassword: spec.mustChangePassword ?? false,
      createdAt: clock(),
    };
  });
  const inserted = await db.insert(users).values(rows).returning();
  const byName = new Map(inserted.map((u) => [u.username, u]));
  const worldUsers = Object.fromEntries(
    entries.map(([key]) => {
      const u = byName.get(usernameOf(key));
      if (!u) throw new Error(`user ${key} not inserted`);
      const user: WorldUser = {
        key,
        id: u.id,
        username: u.username,
        role: u.role as Role,
        countyId: u.countyId,
        schoolId: u.schoolId,
        teacherCode: u.teacherCode,
      };
      return [key, user];
    }),
  ) as Record<UserKey, WorldUser>;
  return { counties, users: worldUsers };
}
