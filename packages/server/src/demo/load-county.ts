// Loads a whole CountyData (the parsed county workbook) in one transaction with batched inserts, so ~6,000
// teacher rows load in seconds on PGlite; each batch leaves one audit entry with action 'import'.
import { urbanRuralOf, type CountyData, type ImportableCounty } from '@junheng/core';
import { and, eq, sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { Db, Tx } from '../db/client';
import { cities, counties, schools, townships } from '../db/schema';
import { insertBatches, insertYearRows } from '../county-data/write';
import { recordAudit } from '../audit/service';
import type { Actor } from '../auth/roles';
import type { Clock } from '../shared/clock';
import { DomainError } from '../shared/errors';

export interface LoadResult {
  countyId: string;
  cityId: string;
  schools: number;
  stats: number;
  teachers: number;
  classes: number;
  /** school code → id, for callers that attach accounts to schools. */
  schoolIds: Map<string, string>;
}

async function upsertCity(tx: Tx, code: string, name: string): Promise<string> {
  const [row] = await tx
    .insert(cities)
    .values({ divisionCode: code, name })
    .onConflictDoUpdate({ target: cities.divisionCode, set: { name: sql`excluded.name` } })
    .returning({ id: cities.id });
  if (!row) throw new Error('city upsert returned no row');
  return row.id;
}

export async function loadCountyData(
  db: Db,
  clock: Clock,
  data: CountyData,
  actor: Actor,
): Promise<LoadResult> {
  return db.transaction((tx) => createCountyInTx(tx, clock, data, actor));
}

/** Creates the county (or fills an empty one) with all its rows, inside the caller's transaction. */
export async function createCountyInTx(
  tx: Tx,
  clock: Clock,
  data: ImportableCounty,
  actor: Actor,
): Promise<LoadResult> {
  const { county } = data;
  const cityId = await upsertCity(tx, county.cityDivisionCode, county.cityName);
  const [existing] = await tx
    .select({ id: counties.id })
    .from(counties)
    .where(eq(counties.divisionCode, county.divisionCode));
  let countyId: string;
  if (existing) {
    const [hasSchools] = await tx
      .select({ id: schools.id })
      .from(schools)
      .where(eq(schools.countyId, existing.id))
      .limit(1);
    if (hasSchools)
      throw new DomainError(
        'COUNTY_CONFLICT',
        `county ${county.divisionCode} already has data / 该县已有数据`,
      );
    countyId = existing.id;
  } else {
    const [row] = await tx
      .insert(counties)
      .values({ divisionCode: county.divisionCode, name: county.name, cityId })
      .returning({ id: counties.id });
    if (!row) throw new Error('county insert returned no row');
    countyId = row.id;
    await recordAudit(tx, clock, {
      actor,
      countyId,
      entity: 'county',
      entityId: countyId,
      action: 'import',
      after: county,
    });
  }

  const townshipNames = [
    ...new Set([...data.townships, ...data.schools.flatMap((s) => (s.township ? [s.township] : []))]),
  ];
  const townshipIds = new Map(townshipNames.map((name) => [name, randomUUID()]));
  if (townshipNames.length > 0) {
    await tx
      .insert(townships)
      .values(townshipNames.map((name) => ({ countyId, id: townshipIds.get(name) as string, name })));
  }

  const schoolIds = new Map(data.schools.map((s) => [s.schoolCode, randomUUID()]));
  const idOf = (code: string): string => {
    const id = schoolIds.get(code);
    if (!id) throw new DomainError('VALIDATION_FAILED', `unknown school code ${code} / 未知学校标识码`);
    return id;
  };
  const schoolRows = data.schools.map((s) => ({
    countyId,
    id: idOf(s.schoolCode),
    schoolCode: s.schoolCode,
    name: s.name,
    townshipId: s.township ? (townshipIds.get(s.township) ?? null) : null,
    schoolType: s.schoolType,
    ownership: s.ownership,
    runBy: s.runBy,
    urbanRuralCode: s.urbanRuralCode,
    urbanRural: urbanRuralOf(s.urbanRuralCode),
    weak: s.weak,
    parentSchoolId: null,
    lng: s.lng,
    lat: s.lat,
  }));
  const w = { tx, clock, actor, countyId };
  await insertBatches(w, 'school', schoolRows, (b) => tx.insert(schools).values(b));
  // Parents second: a teaching point may come before its central school in the sheet.
  for (const s of data.schools) {
    if (s.parentSchoolCode) {
      await tx
        .update(schools)
        .set({ parentSchoolId: idOf(s.parentSchoolCode) })
        .where(and(eq(schools.countyId, countyId), eq(schools.id, idOf(s.schoolCode))));
    }
  }

  const written = await insertYearRows(w, data, idOf);

  return {
    countyId,
    cityId,
    schools: schoolRows.length,
    stats: written.stats,
    teachers: written.teachers,
    classes: written.classes,
    schoolIds,
  };
}
