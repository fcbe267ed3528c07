// The roster within the caller's scope. Rows carry age and years at the school from the injected clock; no
// phone or ID numbers are kept at all (architecture.md, Data).
import { and, eq } from 'drizzle-orm';
import type { Db, Executor } from '../../db/client';
import { teachers } from '../../db/schema';
import { recordAudit } from '../../audit/service';
import { canWriteOrg, type Actor } from '../../auth/roles';
import { countyInScope, type Scope } from '../../auth/scope';
import type { Clock } from '../../shared/clock';
import { DomainError, isUniqueViolation } from '../../shared/errors';
import { parseSort } from '../../shared/paging';
import { findSchoolByCode } from '../schools/repository';
import { wholeYearsSince } from './ages';
import * as repo from './repository';
import {
  TEACHER_SORT_FIELDS,
  type CreateTeacherInput,
  type TeacherFilter,
  type UpdateTeacherInput,
} from './schema';

export function presentTeacher(r: repo.TeacherRecordRow, now: Date) {
  return {
    ...r,
    age: wholeYearsSince(r.birthMonth, now),
    yearsAtSchool: wholeYearsSince(r.atSchoolSince, now),
  };
}
export type TeacherRow = ReturnType<typeof presentTeacher>;

export async function listTeachersFor(
  db: Executor,
  clock: Clock,
  scope: Scope,
  query: Partial<TeacherFilter> & { page?: number; pageSize?: number },
  paged: boolean,
) {
  const sort = parseSort(query.sort, TEACHER_SORT_FIELDS, 'teacherCode');
  const paging = paged ? { page: query.page ?? 1, pageSize: query.pageSize ?? 20 } : null;
  const { items, total } = await repo.listTeachers(db, scope, query, sort, paging);
  const now = clock();
  return { items: items.map((r) => presentTeacher(r, now)), total };
}

const notFound = () => new DomainError('TEACHER_NOT_FOUND', 'teacher not found / 教师不存在');

export async function teacherDetail(db: Executor, clock: Clock, scope: Scope, id: string) {
  const row = await repo.findTeacherRow(db, scope, id);
  if (!row) throw notFound();
  return presentTeacher(row, clock());
}

function assertWriter(actor: Actor): void {
  if (!canWriteOrg(actor.role)) throw new DomainError('FORBIDDEN', 'read-only role / 只读角色');
}

/** School of service (and employer) by code inside one county, the service school within the caller's scope. */
async function resolveSchools(
  db: Executor,
  scope: Scope,
  countyId: string,
  schoolCode: string,
  employerCode: string | null | undefined,
): Promise<{ schoolId: string; employerSchoolId: string | null | undefined }> {
  const school = await findSchoolByCode(db, countyId, schoolCode);
  if (!school || (scope.schoolId !== null && school.id !== scope.schoolId)) {
    throw new DomainError('SCHOOL_NOT_FOUND', `school ${schoolCode} not found / 学校不存在`);
  }
  if (employerCode === undefined || employerCode === null)
    return { schoolId: school.id, employerSchoolId: employerCode };
  const employer = await findSchoolByCode(db, countyId, employerCode);
  if (!employer)
    throw new DomainError('SCHOOL_NOT_FOUND', `employer ${employerCode} not found / 人事关系单位不存在`);
  return { schoolId: school.id, employerSchoolId: employer.id };
}

async function withConflict<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new DomainError(
        'TEACHER_CONFLICT',
        'teacher code exists in this school year / 该学年教师编号已存在',
      );
    }
    throw error;
  }
}

export async function createTeacher(
  db: Db,
  clock: Clock,
  actor: Actor,
  scope: Scope,
  input: CreateTeacherInput,
) {
  assertWriter(actor);
  const countyId = input.countyId ?? (scope.countyIds?.length === 1 ? scope.countyIds[0] : undefined);
  if (!countyId || !countyInScope(scope, countyId))
    throw new DomainError('COUNTY_NOT_FOUND', 'county not found / 县区不存在');
  const id = await withConflict(() =>
    db.transaction(async (tx) => {
      const refs = await resolveSchools(tx, scope, countyId, input.schoolCode, input.employerSchoolCode);
      const { schoolCode: _s, employerSchoolCode: _e, countyId: _c, ...fields } = input;
      const [row] = await tx
        .insert(teachers)
        .values({
          ...fields,
          countyId,
          schoolId: refs.schoolId,
          employerSchoolId: refs.employerSchoolId ?? null,
        })
        .returning();
      if (!row) throw new Error('insert returned no row');
      await recordAudit(tx, clock, {
        actor,
        countyId,
        entity: 'teacher',
        entityId: row.id,
        action: 'create',
        after: row,
      });
      return row.id;
    }),
  );
  return teacherDetail(db, clock, scope, id);
}

export async function updateTeacher(
  db: Db,
  clock: Clock,
  actor: Actor,
  scope: Scope,
  id: string,
  input: UpdateTeacherInput,
) {
  await withConflict(() =>
    db.transaction(async (tx) => {
      const before = await repo.findTeacher(tx, scope, id);
      if (!before) throw notFound();
      assertWriter(actor);
      const { schoolCode, employerSchoolCode, ...fields } = input;
      const refs = schoolCode
        ? await resolveSchools(tx, scope, before.countyId, schoolCode, employerSchoolCode)
        : employerSchoolCode !== undefined
          ? { employerSchoolId: await resolveEmployer(tx, before.countyId, employerSchoolCode) }
          : {};
      const [after] = await tx
        .update(teachers)
        .set({ ...fields, ...refs })
        .where(and(eq(teachers.countyId, before.countyId), eq(teachers.id, id)))
        .returning();
      await recordAudit(tx, clock, {
        actor,
        countyId: before.countyId,
        entity: 'teacher',
        entityId: id,
        action: 'update',
        before,
        after,
      });
    }),
  );
  return teacherDetail(db, clock, scope, id);
}

async function resolveEmployer(db: Executor, countyId: string, code: string | null): Promise<string | null> {
  if (code === null) return null;
  const employer = await findSchoolByCode(db, countyId, code);
  if (!employer) throw new DomainError('SCHOOL_NOT_FOUND', `employer ${code} not found / 人事关系单位不存在`);
  return employer.id;
}

export async function deleteTeacher(db: Db, clock: Clock, actor: Actor, scope: Scope, id: string) {
  return db.transaction(async (tx) => {
    const before = await repo.findTeacherRow(tx, scope, id);
    if (!before) throw notFound();
    assertWriter(actor);
    await tx.delete(teachers).where(and(eq(teachers.countyId, before.countyId), eq(teachers.id, id)));
    await recordAudit(tx, clock, {
      actor,
      countyId: before.countyId,
      entity: 'teacher',
      entityId: id,
      action: 'delete',
      before,
    });
    return presentTeacher(before, clock());
  });
}
