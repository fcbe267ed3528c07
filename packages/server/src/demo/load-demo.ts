import { generateDemoCounty, type CountyData } from '@junheng/core';
import { count } from 'drizzle-orm';
import type { Db } from '../db/client';
import { schools } from '../db/schema';
import { SYSTEM_ACTOR } from '../auth/roles';
import type { Clock } from '../shared/clock';
import { loadDemoCommunities, type DemoCommunitiesLoad } from '../communities/demo';
import { createDemoAccounts, type DemoAccount } from './demo-accounts';
import { loadCountyData, type LoadResult } from './load-county';

export interface DemoLoad {
  load: LoadResult;
  accounts: DemoAccount[];
  /** The demo county's education groups, their joint work and mentorship pairs (COM-1, ACT-1..3). */
  communities: DemoCommunitiesLoad;
}

/** Two schools to give the demo school accounts: the first central (non-teaching-point) schools by code. */
function demoSchools(data: CountyData, ids: Map<string, string>): [string, string] {
  const picks = data.schools
    .filter((s) => s.schoolType !== 'teachingPoint')
    .sort((a, b) => a.schoolCode.localeCompare(b.schoolCode))
    .slice(0, 2)
    .map((s) => ids.get(s.schoolCode) as string);
  if (picks.length < 2) throw new Error('demo county needs at least two schools');
  return [picks[0] as string, picks[1] as string];
}

/** The first school's teacher with the lowest roster code in the latest school year. */
function demoTeacher(data: CountyData, schoolCode: string): { code: string; name: string } {
  const latest = data.teachers.reduce((y, t) => (t.schoolYear > y ? t.schoolYear : y), '');
  const [first] = data.teachers
    .filter((t) => t.schoolCode === schoolCode && t.schoolYear === latest)
    .sort((a, b) => a.teacherCode.localeCompare(b.teacherCode));
  if (first === undefined) throw new Error('the demo school has no teacher');
  return { code: first.teacherCode, name: first.name };
}

export async function loadDemo(db: Db, clock: Clock, seed = 2025, data?: CountyData): Promise<DemoLoad> {
  const county = data ?? generateDemoCounty({ seed });
  const load = await loadCountyData(db, clock, county, SYSTEM_ACTOR);
  const schoolIds = demoSchools(county, load.schoolIds);
  const firstCode = [...load.schoolIds].find(([, id]) => id === schoolIds[0])?.[0] ?? '';
  const accounts = await createDemoAccounts(
    db,
    clock,
    load.countyId,
    schoolIds,
    demoTeacher(county, firstCode),
  );
  const communities = await loadDemoCommunities(
    db,
    clock,
    SYSTEM_ACTOR,
    load.countyId,
    county,
    load.schoolIds,
  );
  return { load, accounts, communities };
}

export async function hasSchools(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(schools);
  return (row?.n ?? 0) > 0;
}
