import { and, asc, count, desc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client';
import { counties, schools, schoolYearStats, teachers, townships } from '../../db/schema';
import type { Scope } from '../../auth/scope';
import type { Sort } from '../../shared/paging';
import { likePattern, scopeWhere } from '../scope-sql';
import type { SchoolFilter, SchoolSortField } from './schema';

const parent = alias(schools, 'parent');
const latest = alias(schoolYearStats, 'latest');

// The latest school year with statistics for each school: lists show that year's students and teachers.
const latestYear = sql`(select max(x.school_year) from ${schoolYearStats} x where x.county_id = ${schools.countyId} and x.school_id = ${schools.id})`;
const teacherCount = sql<number>`(select count(*)::int from ${teachers} t where t.county_id = ${schools.countyId} and t.school_id = ${schools.id} and t.school_year = ${latest.schoolYear})`;

const rowFields = {
  id: schools.id,
  countyId: schools.countyId,
  schoolCode: schools.schoolCode,
  name: schools.name,
  countyCode: counties.divisionCode,
  township: townships.name,
  townshipName: townships.name,
  schoolType: schools.schoolType,
  ownership: schools.ownership,
  runBy: schools.runBy,
  urbanRuralCode: schools.urbanRuralCode,
  urbanRural: schools.urbanRural,
  parentSchoolCode: parent.schoolCode,
  parentSchoolName: parent.name,
  weak: schools.weak,
  lng: schools.lng,
  lat: schools.lat,
  latestSchoolYear: latest.schoolYear,
  primaryStudents: sql<number>`coalesce(${latest.primaryStudents}, 0)`,
  juniorStudents: sql<number>`coalesce(${latest.juniorStudents}, 0)`,
  primaryClasses: sql<number>`coalesce(${latest.primaryClasses}, 0)`,
  juniorClasses: sql<number>`coalesce(${latest.juniorClasses}, 0)`,
  teacherCount: sql<number>`coalesce(${teacherCount}, 0)`,
};

const SORT_COLUMNS: Record<SchoolSortField, SQL | typeof schools.name> = {
  schoolCode: sql`${schools.schoolCode}`,
  name: sql`${schools.name}`,
  townshipName: sql`${townships.name}`,
  schoolType: sql`${schools.schoolType}`,
  ownership: sql`${schools.ownership}`,
  urbanRural: sql`${schools.urbanRural}`,
  urbanRuralCode: sql`${schools.urbanRuralCode}`,
  weak: sql`${schools.weak}`,
  latestSchoolYear: sql`${latest.schoolYear}`,
  primaryStudents: sql`coalesce(${latest.primaryStudents}, 0)`,
  juniorStudents: sql`coalesce(${latest.juniorStudents}, 0)`,
  teacherCount: sql`coalesce(${teacherCount}, 0)`,
};

function filterWhere(scope: Scope, filter: Partial<SchoolFilter>, id?: string): SQL | undefined {
  return and(
    scopeWhere(scope, schools.countyId, schools.id),
    id ? eq(schools.id, id) : undefined,
    filter.countyId ? eq(schools.countyId, filter.countyId) : undefined,
    filter.township
      ? sql`${schools.townshipId} in (select tw.id from ${townships} tw where tw.county_id = ${schools.countyId} and tw.name = ${filter.township})`
      : undefined,
    filter.schoolType ? eq(schools.schoolType, filter.schoolType) : undefined,
    filter.urbanRural ? eq(schools.urbanRural, filter.urbanRural) : undefined,
    filter.weak !== undefined ? eq(schools.weak, filter.weak) : undefined,
    filter.ownership ? eq(schools.ownership, filter.ownership) : undefined,
    filter.q
      ? or(ilike(schools.name, likePattern(filter.q)), ilike(schools.schoolCode, likePattern(filter.q)))
      : undefined,
  );
}

// Lists read their total as a window count in the same query; single-row reads ignore it.
const listFields = { ...rowFields, fullCount: sql<number>`count(*) over ()`.mapWith(Number) };

function baseQuery(db: Executor) {
  return db
    .select(listFields)
    .from(schools)
    .innerJoin(counties, eq(counties.id, schools.countyId))
    .leftJoin(townships, and(eq(townships.countyId, schools.countyId), eq(townships.id, schools.townshipId)))
    .leftJoin(parent, and(eq(parent.countyId, schools.countyId), eq(parent.id, schools.parentSchoolId)))
    .leftJoin(
      latest,
      and(
        eq(latest.countyId, schools.countyId),
        eq(latest.schoolId, schools.id),
        sql`${latest.schoolYear} = ${latestYear}`,
      ),
    );
}

type ListedRow = Awaited<ReturnType<ReturnType<typeof baseQuery>['execute']>>[number];
export type SchoolRowRecord = Omit<ListedRow, 'fullCount'>;

const withoutCount = ({ fullCount: _n, ...row }: ListedRow): SchoolRowRecord => row;

export async function listSchools(
  db: Executor,
  scope: Scope,
  filter: Partial<SchoolFilter>,
  sort: Sort<SchoolSortField>,
  paging: { page: number; pageSize: number } | null,
): Promise<{ items: SchoolRowRecord[]; total: number }> {
  const condition = filterWhere(scope, filter);
  const order = sort.desc ? desc(SORT_COLUMNS[sort.field]) : asc(SORT_COLUMNS[sort.field]);
  if (!paging)
    return { items: await baseQuery(db).where(condition).orderBy(order, asc(schools.schoolCode)), total: 0 };
  // The total rides along as a window count, so a page costs one query; only a page past the end needs a second.
  const rows = await baseQuery(db)
    .where(condition)
    .orderBy(order, asc(schools.schoolCode))
    .limit(paging.pageSize)
    .offset((paging.page - 1) * paging.pageSize);
  const items = rows.map(withoutCount);
  if (rows[0]) return { items, total: rows[0].fullCount };
  const [row] = await db.select({ n: count() }).from(schools).where(condition);
  return { items, total: row?.n ?? 0 };
}

export async function findSchoolRow(db: Executor, scope: Scope, id: string): Promise<SchoolRowRecord | null> {
  const [row] = await baseQuery(db).where(filterWhere(scope, {}, id));
  return row ? withoutCount(row) : null;
}

export type SchoolRecord = typeof schools.$inferSelect;

export async function findSchool(db: Executor, scope: Scope, id: string): Promise<SchoolRecord | null> {
  const [row] = await db
    .select()
    .from(schools)
    .where(and(scopeWhere(scope, schools.countyId, schools.id), eq(schools.id, id)));
  return row ?? null;
}

export async function findSchoolByCode(
  db: Executor,
  countyId: string,
  schoolCode: string,
): Promise<SchoolRecord | null> {
  const [row] = await db
    .select()
    .from(schools)
    .where(and(eq(schools.countyId, countyId), eq(schools.schoolCode, schoolCode)));
  return row ?? null;
}

export async function dependants(db: Executor, school: SchoolRecord): Promise<number> {
  const [t] = await db
    .select({ n: count() })
    .from(teachers)
    .where(
      and(
        eq(teachers.countyId, school.countyId),
        or(eq(teachers.schoolId, school.id), eq(teachers.employerSchoolId, school.id)),
      ),
    );
  const [p] = await db
    .select({ n: count() })
    .from(schools)
    .where(and(eq(schools.countyId, school.countyId), eq(schools.parentSchoolId, school.id)));
  return (t?.n ?? 0) + (p?.n ?? 0);
}
