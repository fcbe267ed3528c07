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

export async function loadDemo(db: Db, clock: Clock, seed = 2025, data?: CountyData): Promise<DemoLoad> {
  const county = data ?? generateDemoCounty({ seed });
  const load = await loadCountyData(db, clock, county, SYSTEM_ACTOR);
  const accounts = await createDemoAccounts(db, clock, load.countyId, demoSchools(county, load.schoolIds));
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
