// Committing a county workbook (issue 4): in one transaction, or not at all. A county new to the platform is
// created whole; for a known county the schools are upserted and every school year in the file replaces the
// stored one, the replaced rows kept in import_runs (the history) and the import audited.
import { TeacherTable, type CountyData, type ImportableCounty, type SchoolYear } from '@junheng/core';
import { and, eq, inArray, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../db/client';
import { cities, classRows, counties, importRuns, schoolYearStats, teachers } from '../db/schema';
import { recordAudit } from '../audit/service';
import type { Actor } from '../auth/roles';
import { countyInScope, type Scope } from '../auth/scope';
import { yearRowCounts, yearsArchiveSql } from '../county-data/archive';
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

/** Deletes the stored rows of the years the file brings (after they were archived in the import's run). */
async function deleteYears(w: WriteContext, years: SchoolYear[]): Promise<void> {
  await w.tx
    .delete(teachers)
    .where(and(eq(teachers.countyId, w.countyId), inArray(teachers.schoolYear, years)));
  await w.tx
    .delete(classRows)
    .where(and(eq(classRows.countyId, w.countyId), inArray(classRows.schoolYear, years)));
  await w.tx
    .delete(schoolYearStats)
    .where(and(eq(schoolYearStats.countyId, w.countyId), inArray(schoolYearStats.schoolYear, years)));
}

/** The import's run row; `counts` are filled in once the rows are written when not known yet. */
async function insertRun(
  tx: Tx,
  clock: Clock,
  actor: Actor,
  meta: ImportMeta,
  run: { countyId: string; years: SchoolYear[]; counts: ImportOutcome['counts'] | null; archive: SQL | null },
): Promise<string> {
  const [row] = await tx
    .insert(importRuns)
    .values({
      countyId: run.countyId,
      at: clock(),
      actorId: actor.id,
      actorName: actor.username,
      fileName: meta.fileName,
      fingerprint: meta.fingerprint,
      schoolYears: run.years,
      counts: run.counts ?? {},
      replaced: run.archive,
    })
    .returning({ id: importRuns.id });
  if (!row) throw new Error('import run insert returned no row');
  return row.id;
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
    const runOf = (countyId: string, counts: ImportOutcome['counts'] | null, archive: SQL | null) =>
      insertRun(tx, clock, actor, meta, { countyId, years, counts, archive });
    let countyId: string;
    let counts: ImportOutcome['counts'];
    let replaced = { stats: 0, teachers: 0, classes: 0 };
    let runId: string;
    if (!county) {
      await assertMayCreate(tx, actor, data);
      const load = await createCountyInTx(tx, clock, data, actor);
      countyId = load.countyId;
      counts = { schools: load.schools, stats: load.stats, teachers: load.teachers, classes: load.classes };
      runId = await runOf(countyId, counts, null);
    } else {
      if (!countyInScope(scope, county.id)) throw notYours(data.county.divisionCode);
      countyId = county.id;
      const w = { tx, clock, actor, countyId };
      const ids = await upsertSchools(w, data);
      // The rows about to be replaced go into the run first, as JSON the database builds (never into memory).
      replaced = await yearRowCounts(tx, countyId, years);
      const any = replaced.stats + replaced.teachers + replaced.classes > 0;
      runId = await runOf(countyId, null, any ? yearsArchiveSql(countyId, years) : null);
      await deleteYears(w, years);
      const written = await insertYearRows(w, data, (code) => {
        const id = ids.get(code);
        if (!id) throw new DomainError('IMPORT_INVALID', `unknown school code ${code} / 未知学校标识码`);
        return id;
      });
      counts = { schools: data.schools.length, ...written };
      await tx
        .update(importRuns)
        .set({ counts })
        .where(and(eq(importRuns.countyId, countyId), eq(importRuns.id, runId)));
    }
    const hasReplaced = replaced.stats + replaced.teachers + replaced.classes > 0;
    await recordAudit(tx, clock, {
      actor,
      countyId,
      entity: 'import_run',
      entityId: runId,
      action: 'import',
      before: hasReplaced ? replaced : null,
      after: { fileName: meta.fileName, fingerprint: meta.fingerprint, schoolYears: years, counts },
    });
    return {
      importId: runId,
      countyId,
      created: !county,
      schoolYears: years,
      counts,
      replaced,
    };
  });
}
