import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { schoolYearStats } from '../../db/schema';

export type StatsRecord = typeof schoolYearStats.$inferSelect;

export function statsOf(db: Executor, countyId: string, schoolId: string): Promise<StatsRecord[]> {
  return db
    .select()
    .from(schoolYearStats)
    .where(and(eq(schoolYearStats.countyId, countyId), eq(schoolYearStats.schoolId, schoolId)))
    .orderBy(asc(schoolYearStats.schoolYear));
}

export async function statsFor(db: Executor, countyId: string, schoolId: string, schoolYear: string) {
  const [row] = await db
    .select()
    .from(schoolYearStats)
    .where(
      and(
        eq(schoolYearStats.countyId, countyId),
        eq(schoolYearStats.schoolId, schoolId),
        eq(schoolYearStats.schoolYear, schoolYear),
      ),
    );
  return row ?? null;
}
