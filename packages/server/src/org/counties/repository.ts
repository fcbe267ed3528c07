import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { cities, counties, schoolYearStats, teachers, townships } from '../../db/schema';

export async function listCounties(db: Executor, countyIds: string[] | null) {
  if (countyIds !== null && countyIds.length === 0) return [];
  return db
    .select({
      id: counties.id,
      divisionCode: counties.divisionCode,
      name: counties.name,
      cityName: cities.name,
    })
    .from(counties)
    .innerJoin(cities, eq(cities.id, counties.cityId))
    .where(countyIds === null ? undefined : inArray(counties.id, countyIds))
    .orderBy(asc(counties.divisionCode));
}

export async function listTownships(db: Executor, countyId: string) {
  return db
    .select({ id: townships.id, name: townships.name })
    .from(townships)
    .where(eq(townships.countyId, countyId))
    .orderBy(asc(townships.name));
}

export async function listSchoolYears(db: Executor, countyId: string): Promise<string[]> {
  const rows = await db
    .select({ year: schoolYearStats.schoolYear })
    .from(schoolYearStats)
    .where(eq(schoolYearStats.countyId, countyId))
    .union(db.select({ year: teachers.schoolYear }).from(teachers).where(eq(teachers.countyId, countyId)));
  return rows.map((r) => r.year).sort();
}

export async function findCountyByCode(db: Executor, divisionCode: string) {
  const [row] = await db.select().from(counties).where(eq(counties.divisionCode, divisionCode));
  return row ?? null;
}

/** Finds or creates a township by name (the workbook names townships; ids are ours). */
export async function townshipId(db: Executor, countyId: string, name: string): Promise<string> {
  const [existing] = await db
    .select({ id: townships.id })
    .from(townships)
    .where(and(eq(townships.countyId, countyId), eq(townships.name, name)));
  if (existing) return existing.id;
  const [created] = await db
    .insert(townships)
    .values({ countyId, name })
    .onConflictDoUpdate({ target: [townships.countyId, townships.name], set: { name: sql`excluded.name` } })
    .returning({ id: townships.id });
  if (!created) throw new Error('township insert returned no row');
  return created.id;
}
