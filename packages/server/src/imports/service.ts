// Committing a county workbook (issue 4): in one transaction, or not at all. A county new to the platform is
// created whole; for a known county the schools are upserted and every school year in the file replaces the
// stored one, the replaced rows kept in import_runs (the history) and the import audited.
import { TeacherTable, type CountyData, type ImportableCounty, type SchoolYear } from '@junheng/core';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../db/client';
import { cities, classRows, counties, importRuns, schoolYearStats, teachers } from '../db/schema';
import { recordAudit } from '../audit/service';
import type { Actor } from '../auth/roles';
import { countyInScope, type Scope } from '../auth/scope';
import { readCountyData } from '../county-data/read';
import { insertYearRows, type WriteContext } from '../county-data/write';
import { createCountyInTx } from '../demo/load-county';
import type { Clock } from '../shared/clock';
import { DomainError } from '../shared/errors';
import { upsertSchools } from './upsert-schools';

export interface ImportMeta {
  fileName: string | null;
  /** SHA-256 of the file. */
  fingerprint: string;
}

export interface ImportOutcome {
  importId: string;
  countyId: string;
  created: boolean;
  schoolYears: SchoolYear[];
  counts: { schools: number; stats: number; teachers: number; classes: number };
  replaced: { stats: number; teachers: number; classes: number };
}

export const canImport = (actor: Actor) =>
  actor.role === 'admin' || actor.role === 'city' || actor.role === 'county';

export function schoolYearsOf(data: ImportableCounty): SchoolYear[] {
  const years = new Set<SchoolYear>();
  for (const rows of [data.stats, data.classes]) for (const r of rows) years.add(r.schoolYear);
  if (data.teachers instanceof TeacherTable) for (const y of data.teachers.schoolYears()) years.add(y);
  else for (const t of data.teachers) years.add(t.schoolYear);
  return [...years].sort();
}

const notYours = (code: string) =>
  new DomainError('COUNTY_NOT_FOUND', `county ${code} is not yours / 该县不在您的管辖范围内`);

/** A county that does not exist yet may be created by an admin, or by a city user for a county of its city. */
async function assertMayCreate(tx: Tx, actor: Actor, data: Pick<CountyData, 'county'>): Promise<void> {
  if (actor.role === 'admin') return;
  if (actor.role === 'city' && actor.cityId) {
    const [city] = await tx.select().from(cities).where(eq(cities.id, actor.cityId));
    if (city?.divisionCode === data.county.cityDivisionCode) return;
  }
  throw notYours(data.county.divisionCode);
}

async function replaceYears(w: WriteContext, years: SchoolYear[]) {
  const old = await readCountyData(w.tx, w.countyId, years);
  await w.tx
    .delete(teachers)
    .where(and(eq(teachers.countyId, w.countyId), inArray(teachers.schoolYear, years)));
  await w.tx
    .delete(classRows)
    .where(and(eq(classRows.countyId, w.countyId), inArray(classRows.schoolYear, years)));
  await w.tx
    .delete(schoolYearStats)
    .where(and(eq(schoolYearStats.countyId, w.countyId), inArray(schoolYearStats.schoolYear, years)));
  return { stats: old.stats, teachers: old.teachers, classes: old.classes };
}

async function replaceIntoCounty(w: WriteContext, data: ImportableCounty, years: SchoolYear[]) {
  const ids = await upsertSchools(w, data);
  const replaced = await replaceYears(w, years);
  const written = await insertYearRows(w, data, (code) => {
    const id = ids.get(code);
    if (!id) throw new DomainError('IMPORT_INVALID', `unknown school code ${code} / 未知学校标识码`);
    return id;
  });
  return { replaced, counts: { schools: data.schools.length, ...written } };
}

export async function importCountyData(
  db: Db,
  clock: Clock,
  actor: Actor,
  scope: Scope,
  data: ImportableCounty,
  meta: ImportMeta,
): Promise<ImportOutcome> {
  if (!canImport(actor) || scope.schoolId !== null) {
    throw new DomainError('FORBIDDEN', 'only county staff import the county workbook / 仅县级管理员可导入');
  }
  return db.transaction(async (tx) => {
    const years = schoolYearsOf(data);
    const [county] = await tx
      .select()
      .from(counties)
      .where(eq(counties.divisionCode, data.county.divisionCode));
    let countyId: string;
    let replaced: Awaited<ReturnType<typeof replaceYears>> | null = null;
    let counts: ImportOutcome['counts'];
    if (!county) {
      await assertMayCreate(tx, actor, data);
      const load = await createCountyInTx(tx, clock, data, actor);
      countyId = load.countyId;
      counts = { schools: load.schools, stats: load.stats, teachers: load.teachers, classes: load.classes };
    } else {
      if (!countyInScope(scope, county.id)) throw notYours(data.county.divisionCode);
      countyId = county.id;
      ({ replaced, counts } = await replaceIntoCounty({ tx, clock, actor, countyId }, data, years));
    }
    const replacedCounts = {
      stats: replaced?.stats.length ?? 0,
      teachers: replaced?.teachers.length ?? 0,
      classes: replaced?.classes.length ?? 0,
    };
    const hasReplaced = replacedCounts.stats + replacedCounts.teachers + replacedCounts.classes > 0;
    const [run] = await tx
      .insert(importRuns)
      .values({
        countyId,
        at: clock(),
        actorId: actor.id,
        actorName: actor.username,
        fileName: meta.fileName,
        fingerprint: meta.fingerprint,
        schoolYears: years,
        counts,
        replaced: hasReplaced ? replaced : null,
      })
      .returning({ id: importRuns.id });
    if (!run) throw new Error('import run insert returned no row');
    await recordAudit(tx, clock, {
      actor,
      countyId,
      entity: 'import_run',
      entityId: run.id,
      action: 'import',
      before: hasReplaced ? replacedCounts : null,
      after: { fileName: meta.fileName, fingerprint: meta.fingerprint, schoolYears: years, counts },
    });
    return {
      importId: run.id,
      countyId,
      created: !county,
      schoolYears: years,
      counts,
      replaced: replacedCounts,
    };
  });
}
