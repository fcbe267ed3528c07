// Writing a county's workbook rows: batched inserts, each batch leaving one audit entry with action 'import'.
// Callers own the transaction. The yearly rows (a province-size sheet holds ~600,000 teachers) go in as
// INSERT … SELECT FROM unnest(one array per column): one parameter per column whatever the batch size, so
// neither drizzle's per-value statement building (most of the write time with multi-row VALUES, measured by
// `npm run bench -- import`) nor PostgreSQL's 65,535-parameter cap limits the batch. Teachers are written
// straight from their compact columns (core's TeacherTable), a batch's arrays built only when it is written.
import { TeacherTable, type CountyData, type Teacher } from '@junheng/core';
import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Tx } from '../db/client';
import { classRows, schoolYearStats, teachers } from '../db/schema';
import { recordAudit } from '../audit/service';
import type { Actor } from '../auth/roles';
import type { Clock } from '../shared/clock';

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

/** Rows [0, count) inserted in ranges of batchSize, each range [from, to) leaving one audit entry. */
export async function insertRanges(
  w: WriteContext,
  entity: string,
  count: number,
  insert: (from: number, to: number) => Promise<unknown>,
  batchSize = DEFAULT_BATCH,
): Promise<void> {
  for (let from = 0; from < count; from += batchSize) {
    const to = Math.min(from + batchSize, count);
    await insert(from, to);
    await recordAudit(w.tx, w.clock, {
      actor: w.actor,
      countyId: w.countyId,
      entity,
      entityId: null,
      action: 'import',
      after: { rows: to - from, from: from + 1, to },
    });
  }
}

export async function insertBatches<T>(
  w: WriteContext,
  entity: string,
  rows: readonly T[],
  insert: (batch: T[]) => Promise<unknown>,
  batchSize = DEFAULT_BATCH,
): Promise<void> {
  await insertRanges(w, entity, rows.length, (from, to) => insert(rows.slice(from, to)), batchSize);
}

/** One element of a PostgreSQL array literal: NULL, t/f, a number, or a quoted (and escaped) text. */
function element(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number') return String(value);
  const text = String(value);
  return text.includes('"') || text.includes('\\') ? `"${text.replace(/[\\"]/g, '\\$&')}"` : `"${text}"`;
}

/**
 * The values as one PostgreSQL array literal (`{"a",NULL,"b"}`), passed as a single text parameter. Built here
 * rather than by node-postgres (two regular-expression replaces per element) since a province's teachers make
 * ten million elements.
 */
export function arrayLiteral(values: readonly unknown[]): string {
  const parts = new Array<string>(values.length);
  for (let i = 0; i < values.length; i++) parts[i] = element(values[i]);
  return `{${parts.join(',')}}`;
}

const primitive = (v: unknown) => v === null || v === undefined || typeof v !== 'object';

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
      const param = values.every(primitive) ? arrayLiteral(values) : values;
      return sql`${sql.param(param)}::${sql.raw(c.getSQLType())}[]`;
    }),
    sql`, `,
  );
  return sql`insert into ${table} (${names}) select * from unnest(${arrays})`;
}

/**
 * Runs `statement(from)` for rows [from, from + batchSize) of `count`, each batch leaving one audit entry; each
 * batch's statement is built (its arrays and their literals) while PostgreSQL writes the one before.
 */
async function insertPipelined(
  w: WriteContext,
  entity: string,
  count: number,
  statement: (from: number) => SQL,
  batchSize: number,
): Promise<void> {
  let next = count > 0 ? statement(0) : null;
  await insertRanges(
    w,
    entity,
    count,
    async (_from, to) => {
      // Sent now (then() starts a drizzle query); the next statement is built while this one runs.
      const written = w.tx.execute(next as SQL).then(() => undefined);
      try {
        next = to < count ? statement(to) : null;
      } catch (error) {
        await written.catch(() => undefined);
        throw error;
      }
      await written;
    },
    batchSize,
  );
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
  await insertPipelined(
    w,
    entity,
    items.length,
    (from) => unnestInsert(table, items.slice(from, from + batchSize).map(toRow)),
    batchSize,
  );
}

/** The teacher columns written from a TeacherTable, in its `columns()` names; county_id and id are not here. */
const TEACHER_COLUMNS = [
  'schoolYear',
  'teacherCode',
  'name',
  'gender',
  'birthMonth',
  'schoolId',
  'stage',
  'employerSchoolId',
  'education',
  'title',
  'backboneLevel',
  'subject',
  'fullTime',
  'certified',
  'atSchoolSince',
  'post',
] as const;

/**
 * Inserts teachers batch by batch from the compact form: per batch one array per column, the county as a single
 * parameter, the id from the column default (gen_random_uuid()).
 */
async function insertTeacherTable(
  w: WriteContext,
  table: TeacherTable,
  idOf: (schoolCode: string) => string,
  batchSize: number,
): Promise<void> {
  const ids = table.schoolIds(idOf);
  const names = sql.join(
    [teachers.countyId, ...TEACHER_COLUMNS.map((key) => teachers[key])].map((c) => sql.identifier(c.name)),
    sql`, `,
  );
  const types = TEACHER_COLUMNS.map((key) => sql.raw(`${teachers[key].getSQLType()}[]`));
  const statement = (from: number): SQL => {
    const batch = table.columns(from, from + batchSize, ids);
    const arrays = sql.join(
      TEACHER_COLUMNS.map((key, k) => sql`${arrayLiteral(batch[key])}::${types[k] as SQL}`),
      sql`, `,
    );
    return sql`insert into ${teachers} (${names}) select ${w.countyId}::uuid, * from unnest(${arrays})`;
  };
  await insertPipelined(w, 'teacher', table.length, statement, batchSize);
}

/**
 * Inserts the yearly rows (statistics, teachers, classes); `idOf` maps a school code to its id. Teachers may
 * come as objects or in compact form.
 */
export async function insertYearRows(
  w: WriteContext,
  data: Pick<CountyData, 'stats' | 'classes'> & { teachers: readonly Teacher[] | TeacherTable },
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
  const table = data.teachers instanceof TeacherTable ? data.teachers : TeacherTable.from(data.teachers);
  await insertTeacherTable(w, table, idOf, batchSize);
  await insertMapped(
    w,
    'class_row',
    classRows,
    data.classes,
    ({ schoolCode, ...rest }) => ({ ...rest, countyId, schoolId: idOf(schoolCode) }),
    batchSize,
  );
  return { stats: data.stats.length, teachers: table.length, classes: data.classes.length };
}
