// Test-only: a small generated county (20 schools, ~430 teachers, one school year) where the planner has work
// to do, loaded into a test app with accounts of its own (county, city, viewer, and school users on demand).
import {
  buildDemoCounty,
  planRotation,
  seededRandom,
  SEED_POLICY,
  type CountyData,
  type Role,
} from '@junheng/core';
import { SYSTEM_ACTOR } from '../auth/roles';
import { users } from '../db/schema';
import { loadCountyData } from '../demo/load-county';
import { login, type Session } from '../testing/http';
import type { TestApp } from '../testing/test-app';
import { testPasswordHash } from '../testing/world';
import { canonicalOrder } from './canonical';

export const YEAR = '2024-2025';
export const MONTH = '2025-09';

export const ROTATION_COUNTY: CountyData = canonicalOrder(
  buildDemoCounty(seededRandom(7), {
    county: { divisionCode: '510799', name: '轮岗县', cityDivisionCode: '510790', cityName: '轮岗市' },
    schoolYears: [YEAR],
    seat: { lng: 104.7, lat: 31.8 },
    townshipCount: 3,
    scale: 0.3,
  }),
);

/** The plan core makes on the same data with the seed policy: what the server must store. */
export const expectedPlan = () =>
  planRotation({ ...ROTATION_COUNTY, schoolYear: YEAR, campaignMonth: MONTH, policy: SEED_POLICY });

export interface RotationWorld {
  countyId: string;
  cityId: string;
  schoolIds: Map<string, string>;
  /**
   * Creates (once) and signs in an account of this county; school roles need a school code; a teacher account's
   * username is the roster code it is linked to.
   */
  session(username: string, role: Role, schoolCode?: string): Promise<Session>;
}

export async function loadRotationCounty(t: TestApp): Promise<RotationWorld> {
  const load = await loadCountyData(t.database.db, t.clock.now, ROTATION_COUNTY, SYSTEM_ACTOR);
  const made = new Set<string>();
  return {
    countyId: load.countyId,
    cityId: load.cityId,
    schoolIds: load.schoolIds,
    async session(username, role, schoolCode) {
      if (!made.has(username)) {
        await t.database.db.insert(users).values({
          username,
          displayName: `轮岗县${username}`,
          role,
          passwordHash: await testPasswordHash(),
          cityId: load.cityId,
          countyId: role === 'city' || role === 'admin' ? null : load.countyId,
          schoolId: schoolCode ? (load.schoolIds.get(schoolCode) ?? null) : null,
          // A teacher account here is named by the roster code it is linked to.
          teacherCode: role === 'teacher' ? username : null,
          mustChangePassword: false,
          createdAt: t.clock.now(),
        });
        made.add(username);
      }
      return login(t.app, username);
    },
  };
}
