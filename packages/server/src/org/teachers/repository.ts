import { and, asc, count, desc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client';
import { schools, teachers } from '../../db/schema';
import type { Scope } from '../../auth/scope';
import type { Sort } from '../../shared/paging';
import { likePattern, teacherRowsWhere } from '../scope-sql';
import type { TeacherFilter, TeacherSortField } from './schema';

const employer = alias(schools, 'employer');

const rowFields = {
  id: teachers.id,
  countyId: teachers.countyId,
  schoolId: teachers.schoolId,
  schoolName: schools.name,
  schoolYear: teachers.schoolYear,
  teacherCode: teachers.teacherCode,
  name: teachers.name,
  gender: teachers.gender,
  birthMonth: teachers.birthMonth,
  schoolCode: schools.schoolCode,
  stage: teachers.stage,
  employerSchoolCode: employer.schoolCode,
  education: teachers.education,
  title: teachers.title,
  backboneLevel: teachers.backboneLevel,
  subject: teachers.subject,
  fullTime: teachers.fullTime,
  certified: teachers.certified,
  atSchoolSince: teachers.atSchoolSince,
  post: teachers.post,
};

// age sorts by birth month (older first when ascending would surprise: ascending age = latest birth month).
const SORT_COLUMNS: Record<TeacherSortField, { column: SQL; invert?: boolean }> = {
  teacherCode: { column: sql`${teachers.teacherCode}` },
  name: { column: sql`${teachers.name}` },
  schoolName: { column: sql`${schools.name}` },
  schoolYear: { column: sql`${teachers.schoolYear}` },
  stage: { column: sql`${teachers.stage}` },
  subject: { column: sql`${teachers.subject}` },
  title: { column: sql`${teachers.title}` },
  education: { column: sql`${teachers.education}` },
  backboneLevel: { column: sql`${teachers.backboneLevel}` },
  birthMonth: { column: sql`${teachers.birthMonth}` },
  age: { column: sql`${teachers.birthMonth}`, invert: true },
  atSchoolSince: { column: sql`${teachers.atSchoolSince}` },
  yearsAtSchool: { column: sql`${teachers.atSchoolSince}`, invert: true },
};

function filterWhere(scope: Scope, f: Partial<TeacherFilter>, id?: string): SQL | undefined {
  return and(
    teacherRowsWhere(scope, teachers.countyId, teachers.schoolId, teachers.teacherCode),
    id ? eq(teachers.id, id) : undefined,
    f.countyId ? eq(teachers.countyId, f.countyId) : undefined,
    f.schoolId ? eq(teachers.schoolId, f.schoolId) : undefined,
    f.schoolYear ? eq(teachers.schoolYear, f.schoolYear) : undefined,
    f.stage ? eq(teachers.stage, f.stage) : undefined,
    f.subject ? eq(teachers.subject, f.subject) : undefined,
    f.title ? eq(teachers.title, f.title) : undefined,
    f.backboneLevel ? eq(teachers.backboneLevel, f.backboneLevel) : undefined,
    f.education ? eq(teachers.education, f.education) : undefined,
    f.q
      ? or(ilike(teachers.name, likePattern(f.q)), ilike(teachers.teacherCode, likePattern(f.q)))
      : undefined,
  );
}

function baseQuery(db: Executor) {
  return db
    .select(rowFields)
    .from(teachers)
    .innerJoin(schools, and(eq(schools.countyId, teachers.countyId), eq(schools.id, teachers.schoolId)))
    .leftJoin(
      employer,
      and(eq(employer.countyId, teachers.countyId), eq(employer.id, teachers.employerSchoolId)),
    );
}

export type TeacherRecordRow = Awaited<ReturnType<ReturnType<typeof baseQuery>['execute']>>[number];

export async function listTeachers(
  db: Executor,
  scope: Scope,
  filter: Partial<TeacherFilter>,
  sort: Sort<TeacherSortField>,
  paging: { page: number; pageSize: number } | null,
): Promise<{ items: TeacherRecordRow[]; total: number }> {
  const condition = filterWhere(scope, filter);
  const spec = SORT_COLUMNS[sort.field];
  const descending = spec.invert ? !sort.desc : sort.desc;
  const query = baseQuery(db)
    .where(condition)
    .orderBy(
      descending ? desc(spec.column) : asc(spec.column),
      asc(teachers.schoolYear),
      asc(teachers.teacherCode),
    );
  const items = paging
    ? await query.limit(paging.pageSize).offset((paging.page - 1) * paging.pageSize)
    : await query;
  if (paging && paging.page === 1 && items.length < paging.pageSize) return { items, total: items.length };
  const [row] = await db.select({ n: count() }).from(teachers).where(condition);
  return { items, total: row?.n ?? 0 };
}

export async function findTeacherRow(
  db: Executor,
  scope: Scope,
  id: string,
): Promise<TeacherRecordRow | null> {
  const [row] = await baseQuery(db).where(filterWhere(scope, {}, id));
  return row ?? null;
}

export type TeacherRecord = typeof teachers.$inferSelect;

export async function findTeacher(db: Executor, scope: Scope, id: string): Promise<TeacherRecord | null> {
  const [row] = await db
    .select()
    .from(teachers)
    .where(
      and(
        teacherRowsWhere(scope, teachers.countyId, teachers.schoolId, teachers.teacherCode),
        eq(teachers.id, id),
      ),
    );
  return row ?? null;
}
