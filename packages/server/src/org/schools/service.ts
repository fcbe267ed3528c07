// Schools within the caller's scope. Writes are audited in the same transaction; an out-of-scope id answers
// 404 like a missing one (docs/api.md: we do not reveal that it exists).
import { urbanRuralOf, type UrbanRuralCode } from '@junheng/core';
import { eq, and } from 'drizzle-orm';
import type { Db, Executor } from '../../db/client';
import { schools, schoolYearStats } from '../../db/schema';
import { recordAudit } from '../../audit/service';
import { canWriteOrg, type Actor } from '../../auth/roles';
import { countyInScope, type Scope } from '../../auth/scope';
import type { Clock } from '../../shared/clock';
import { DomainError, isUniqueViolation } from '../../shared/errors';
import { parseSort } from '../../shared/paging';
import { findCountyByCode, townshipId } from '../counties/repository';
import * as repo from './repository';
import {
  SCHOOL_SORT_FIELDS,
  type CreateSchoolInput,
  type SchoolFilter,
  type UpdateSchoolInput,
} from './schema';

export type SchoolRow = Omit<repo.SchoolRowRecord, 'primaryClasses' | 'juniorClasses'>;

export function presentSchoolRow(r: repo.SchoolRowRecord): SchoolRow {
  const { primaryClasses: _p, juniorClasses: _j, ...row } = r;
  return row;
}

export async function listSchoolsFor(
  db: Executor,
  scope: Scope,
  query: Partial<SchoolFilter> & { page?: number; pageSize?: number },
  paged: boolean,
) {
  const sort = parseSort(query.sort, SCHOOL_SORT_FIELDS, 'schoolCode');
  const paging = paged ? { page: query.page ?? 1, pageSize: query.pageSize ?? 20 } : null;
  const { items, total } = await repo.listSchools(db, scope, query, sort, paging);
  return { items: items.map(presentSchoolRow), total };
}

const notFound = () => new DomainError('SCHOOL_NOT_FOUND', 'school not found / 学校不存在');

export async function schoolDetail(db: Executor, scope: Scope, id: string) {
  const row = await repo.findSchoolRow(db, scope, id);
  if (!row) throw notFound();
  const sections = [
    { stage: 'primary' as const, students: row.primaryStudents, classes: row.primaryClasses },
    { stage: 'junior' as const, students: row.juniorStudents, classes: row.juniorClasses },
  ].filter((s) => s.students > 0 || s.classes > 0);
  return { ...presentSchoolRow(row), sections };
}

/** A school in scope that the actor may change, or 404/403. */
export async function writableSchool(
  db: Executor,
  actor: Actor,
  scope: Scope,
  id: string,
): Promise<repo.SchoolRecord> {
  const school = await repo.findSchool(db, scope, id);
  if (!school) throw notFound();
  if (!canWriteOrg(actor.role)) throw new DomainError('FORBIDDEN', 'read-only role / 只读角色');
  return school;
}

function assertCountyWriter(actor: Actor): void {
  // School users edit their own school's record, stats and roster, but do not create or delete schools.
  if (!canWriteOrg(actor.role) || actor.role === 'school') {
    throw new DomainError('FORBIDDEN', 'not allowed to create or delete schools / 无权新建或删除学校');
  }
}

async function parentId(
  db: Executor,
  countyId: string,
  code: string | null,
  selfId?: string,
): Promise<string | null> {
  if (code === null) return null;
  const parent = await repo.findSchoolByCode(db, countyId, code);
  if (!parent) throw new DomainError('VALIDATION_FAILED', `parent school ${code} not found / 中心校不存在`);
  if (parent.id === selfId) {
    throw new DomainError('VALIDATION_FAILED', 'a school cannot be its own parent / 学校不能隶属于自身');
  }
  return parent.id;
}

async function withConflict<T>(code: string | undefined, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isUniqueViolation(error))
      throw new DomainError('SCHOOL_CONFLICT', `school code ${code} exists / 学校标识码已存在`);
    throw error;
  }
}

export async function createSchool(
  db: Db,
  clock: Clock,
  actor: Actor,
  scope: Scope,
  input: CreateSchoolInput,
) {
  assertCountyWriter(actor);
  let countyId = input.countyId ?? null;
  if (!countyId && input.countyCode) countyId = (await findCountyByCode(db, input.countyCode))?.id ?? null;
  if (!countyId && scope.countyIds?.length === 1) countyId = scope.countyIds[0] ?? null;
  if (!countyId || !countyInScope(scope, countyId))
    throw new DomainError('COUNTY_NOT_FOUND', 'county not found / 县区不存在');
  const cid = countyId;
  const id = await withConflict(input.schoolCode, () =>
    db.transaction(async (tx) => {
      const [row] = await tx
        .insert(schools)
        .values({
          countyId: cid,
          schoolCode: input.schoolCode,
          name: input.name,
          townshipId: input.township ? await townshipId(tx, cid, input.township) : null,
          schoolType: input.schoolType,
          ownership: input.ownership,
          runBy: input.runBy,
          urbanRuralCode: input.urbanRuralCode,
          urbanRural: urbanRuralOf(input.urbanRuralCode as UrbanRuralCode),
          weak: input.weak,
          parentSchoolId: await parentId(tx, cid, input.parentSchoolCode),
          lng: input.lng,
          lat: input.lat,
        })
        .returning();
      if (!row) throw new Error('insert returned no row');
      await recordAudit(tx, clock, {
        actor,
        countyId: cid,
        entity: 'school',
        entityId: row.id,
        action: 'create',
        after: row,
      });
      return row.id;
    }),
  );
  return schoolDetail(db, scope, id);
}

export async function updateSchool(
  db: Db,
  clock: Clock,
  actor: Actor,
  scope: Scope,
  id: string,
  input: UpdateSchoolInput,
) {
  await withConflict(input.schoolCode, () =>
    db.transaction(async (tx) => {
      const before = await writableSchool(tx, actor, scope, id);
      const [after] = await tx
        .update(schools)
        .set({
          ...(input.schoolCode !== undefined ? { schoolCode: input.schoolCode } : {}),
          ...(input.name !== undefined ? { name: input.name } : {}),
          ...(input.township !== undefined
            ? { townshipId: input.township ? await townshipId(tx, before.countyId, input.township) : null }
            : {}),
          ...(input.schoolType !== undefined ? { schoolType: input.schoolType } : {}),
          ...(input.ownership !== undefined ? { ownership: input.ownership } : {}),
          ...(input.runBy !== undefined ? { runBy: input.runBy } : {}),
          ...(input.urbanRuralCode !== undefined
            ? {
                urbanRuralCode: input.urbanRuralCode,
                urbanRural: urbanRuralOf(input.urbanRuralCode as UrbanRuralCode),
              }
            : {}),
          ...(input.parentSchoolCode !== undefined
            ? { parentSchoolId: await parentId(tx, before.countyId, input.parentSchoolCode, id) }
            : {}),
          ...(input.weak !== undefined ? { weak: input.weak } : {}),
          ...(input.lng !== undefined ? { lng: input.lng } : {}),
          ...(input.lat !== undefined ? { lat: input.lat } : {}),
        })
        .where(and(eq(schools.countyId, before.countyId), eq(schools.id, id)))
        .returning();
      await recordAudit(tx, clock, {
        actor,
        countyId: before.countyId,
        entity: 'school',
        entityId: id,
        action: 'update',
        before,
        after,
      });
    }),
  );
  return schoolDetail(db, scope, id);
}

export async function deleteSchool(
  db: Db,
  clock: Clock,
  actor: Actor,
  scope: Scope,
  id: string,
): Promise<void> {
  await db.transaction(async (tx) => {
    const before = await writableSchool(tx, actor, scope, id);
    assertCountyWriter(actor);
    if ((await repo.dependants(tx, before)) > 0) {
      throw new DomainError(
        'SCHOOL_CONFLICT',
        'school still has teachers or teaching points / 学校仍有教师或教学点',
      );
    }
    await tx
      .delete(schoolYearStats)
      .where(and(eq(schoolYearStats.countyId, before.countyId), eq(schoolYearStats.schoolId, id)));
    await tx.delete(schools).where(and(eq(schools.countyId, before.countyId), eq(schools.id, id)));
    await recordAudit(tx, clock, {
      actor,
      countyId: before.countyId,
      entity: 'school',
      entityId: id,
      action: 'delete',
      before,
    });
  });
}
