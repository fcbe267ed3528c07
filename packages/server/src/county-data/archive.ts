// The rows of some school years as one JSON document in the shape readCountyData() gives them (stats, teachers,
// classes; schools by code, not id) — built by the database, so archiving a province's roster before a re-import
// never brings its rows into memory. The object keys come from the table definitions: columns map to their
// property names, `…SchoolId` columns to the school's code as `…SchoolCode`, and the keys (county, row id) drop.
import { and, count, eq, getTableColumns, inArray, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '../db/client';
import { classRows, schoolYearStats, teachers } from '../db/schema';
import { arrayLiteral } from './write';

const DROPPED = new Set(['countyId', 'id']);

/** `jsonb_agg(jsonb_build_object(…))` over one table's rows of the county and years, '[]' when none. */
function rowsJson(table: PgTable, countyId: string, years: readonly string[]): SQL {
  const pairs: SQL[] = [];
  const joins: SQL[] = [];
  for (const [key, column] of Object.entries(getTableColumns(table))) {
    if (DROPPED.has(key)) continue;
    const own = sql`t.${sql.identifier(column.name)}`;
    if (!key.endsWith('SchoolId') && key !== 'schoolId') {
      pairs.push(sql`${key}::text, ${own}`);
      continue;
    }
    const alias = sql.identifier(`s${joins.length}`);
    joins.push(sql`left join schools ${alias} on ${alias}.county_id = t.county_id and ${alias}.id = ${own}`);
    pairs.push(sql`${key.replace(/Id$/, 'Code')}::text, ${alias}.school_code`);
  }
  return sql`(select coalesce(jsonb_agg(jsonb_build_object(${sql.join(pairs, sql`, `)})), '[]'::jsonb)
    from ${table} t ${sql.join(joins, sql` `)}
    where t.county_id = ${countyId} and t.school_year = any(${arrayLiteral(years)}::text[]))`;
}

/** The archive as a SQL expression, for an INSERT or UPDATE to store without a round trip. */
export function yearsArchiveSql(countyId: string, years: readonly string[]): SQL {
  return sql`jsonb_build_object(
    'stats', ${rowsJson(schoolYearStats, countyId, years)},
    'teachers', ${rowsJson(teachers, countyId, years)},
    'classes', ${rowsJson(classRows, countyId, years)})`;
}

/** How many rows of each kind the years hold (what an import will replace). */
export async function yearRowCounts(
  db: Executor,
  countyId: string,
  years: readonly string[],
): Promise<{ stats: number; teachers: number; classes: number }> {
  const countOf = async (table: typeof schoolYearStats | typeof teachers | typeof classRows) => {
    const [row] = await db
      .select({ n: count() })
      .from(table)
      .where(and(eq(table.countyId, countyId), inArray(table.schoolYear, [...years])));
    return row?.n ?? 0;
  };
  return {
    stats: await countOf(schoolYearStats),
    teachers: await countOf(teachers),
    classes: await countOf(classRows),
  };
}
