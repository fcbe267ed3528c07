// Writing a county's workbook rows: batched inserts, each batch leaving one audit entry with action 'import'.
// Callers own the transaction. The yearly rows (a province-size sheet holds ~600,000 teachers) go in as
// INSERT … SELECT FROM unnest(one array per column): one parameter per column whatever the batch size, so
// neither drizzle's per-value statement building (most of the write time with multi-row VALUES, measured by
// `npm run bench -- import`) nor PostgreSQL's 65,535-parameter cap limits the batch.
import type { CountyData } from '@junheng/core';
import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Tx } from '../db/client';
import { classRows, schoolYearStats, teachers } from '../db/schema';
import { recordAudit } from '../audit/service';
import type { Actor } from '../auth/roles';
import type { Clock } from '../shared/clock';
import { randomUUID } from 'node:crypto';

/** Rows per statement (and per audit entry) for multi-row VALUES inserts (≤ 65,535 parameters in all). */
export const DEFAULT_BATCH = 1000;
/** Rows per statement (and per audit entry) for unnest inserts, which take one parameter per column. */
export const DEFAULT_UNNEST_BATCH = 5000;

export interface WriteContext {
  tx: Tx;
  clock: Clock;
  actor: Actor;
  countyId: string;
}

export async function insertBatches<T>(
  w: WriteContext,
  entity: string,
  rows: readonly T[],
  insert: (batch: T[]) => Promise<unknown>,
  batchSize = DEFAULT_BATCH,
): Promise<void> {
  for (let i = 0; i < rows.length; i += batchSize) {
    const batch = rows.slice(i, i + batchSize);
    await insert(batch);
    await recordAudit(w.tx, w.clock, {
      actor: w.actor,
      countyId: w.countyId,
      entity,
      entityId: null,
      action: 'import',
      after: { rows: batch.length, from: i + 1, to: i + batch.length },
    });
  }
}

/**
 * `insert into <table> (<columns of the first row>) select * from unnest($1::type[], …)`. Every row must have
 * the same keys (undefined counts as null, not as the column default).
 */
export function unnestInsert(table: PgTable, rows: readonly Record<string, unknown>[]): SQL {
  const first = rows[0] ?? {};
  const columns = Object.entries(getTableColumns(table)).filter(([key]) => key in first);
  const names = sql.join(
    columns.map(([, c]) => sql.identifier(c.name)),
    sql`, `,
  );
  const arrays = sql.join(
    columns.map(([key, c]) => {
      const values = rows.map((r) => (r[key] == null ? null : c.mapToDriverValue(r[key])));
      return sql`${sql.param(values)}::${sql.raw(c.getSQLType())}[]`;
    }),
    sql`, `,
  );
  return sql`insert into ${table} (${names}) select * from unnest(${arrays})`;
}

/** Inserts `items` in batches, mapping each batch to rows only when it is written (a 600,000-row sheet is not
 * copied whole once more). */
async function insertMapped<T>(
  w: WriteContext,
  entity: string,
  table: PgTable,
  items: readonly T[],
  toRow: (item: T) => Record<string, unknown>,
  batchSize: number,
): Promise<void> {
  await insertBatches(
    w,
    entity,
    items,
    (batch) => w.tx.execute(unnestInsert(table, batch.map(toRow))),
    batchSize,
  );
}

/** Inserts the yearly rows (statistics, teachers, classes); `idOf` maps a school code to its id. */
export async function insertYearRows(
  w: WriteContext,
  data: Pick<CountyData, 'stats' | 'teachers' | 'classes'>,
  idOf: (schoolCode: string) => string,
  batchSize = DEFAULT_UNNEST_BATCH,
): Promise<{ stats: number; teachers: number; classes: number }> {
  const { countyId } = w;
  await insertMapped(
    w,
    'school_year_stats',
    schoolYearStats,
    data.stats,
    ({ schoolCode, ...rest }) => ({ ...rest, countyId, schoolId: idOf(schoolCode) }),
    batchSize,
  );
  await insertMapped(
    w,
    'teacher',
    teachers,
    data.teachers,
    ({ schoolCode, employerSchoolCode, ...rest }) => ({
      ...rest,
      countyId,
      id: randomUUID(),
      schoolId: idOf(schoolCode),
      employerSchoolId: employerSchoolCode ? idOf(employerSchoolCode) : null,
    }),
    batchSize,
  );
  await insertMapped(
    w,
    'class_row',
    classRows,
    data.classes,
    ({ schoolCode, ...rest }) => ({ ...rest, countyId, schoolId: idOf(schoolCode) }),
    batchSize,
  );
  return { stats: data.stats.length, teachers: data.teachers.length, classes: data.classes.length };
}
