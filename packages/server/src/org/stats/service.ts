import type { Db, Executor } from '../../db/client';
import { schoolYearStats } from '../../db/schema';
import { recordAudit } from '../../audit/service';
import type { Actor } from '../../auth/roles';
import type { Scope } from '../../auth/scope';
import type { Clock } from '../../shared/clock';
import { DomainError } from '../../shared/errors';
import { findSchool } from '../schools/repository';
import { writableSchool } from '../schools/service';
import * as repo from './repository';
import type { StatsInput } from './schema';

function present(r: repo.StatsRecord, schoolCode: string) {
  const { countyId: _c, schoolId: _s, ...rest } = r;
  return { ...rest, schoolCode };
}

export async function statsOfSchool(db: Executor, scope: Scope, schoolId: string) {
  const school = await findSchool(db, scope, schoolId);
  if (!school) throw new DomainError('SCHOOL_NOT_FOUND', 'school not found / 学校不存在');
  return (await repo.statsOf(db, school.countyId, school.id)).map((r) => present(r, school.schoolCode));
}

export async function putStats(
  db: Db,
  clock: Clock,
  actor: Actor,
  scope: Scope,
  schoolId: string,
  schoolYear: string,
  input: StatsInput,
) {
  const [from, to] = schoolYear.split('-').map(Number);
  if (to !== (from ?? 0) + 1)
    throw new DomainError(
      'VALIDATION_FAILED',
      'school year must span two consecutive years / 学年须为相邻两年',
    );
  if (input.indoorSportsArea > input.teachingAuxArea) {
    // import-template.md: indoor sports rooms are part of the teaching/auxiliary area.
    throw new DomainError(
      'VALIDATION_FAILED',
      'indoor sports area exceeds teaching area / 室内体育用房面积超过教学及辅助用房面积',
    );
  }
  return db.transaction(async (tx) => {
    const school = await writableSchool(tx, actor, scope, schoolId);
    const before = await repo.statsFor(tx, school.countyId, school.id, schoolYear);
    const values = { ...input, countyId: school.countyId, schoolId: school.id, schoolYear };
    const [after] = await tx
      .insert(schoolYearStats)
      .values(values)
      .onConflictDoUpdate({
        target: [schoolYearStats.countyId, schoolYearStats.schoolId, schoolYearStats.schoolYear],
        set: input,
      })
      .returning();
    if (!after) throw new Error('upsert returned no row');
    await recordAudit(tx, clock, {
      actor,
      countyId: school.countyId,
      entity: 'school_year_stats',
      entityId: `${school.id}/${schoolYear}`,
      action: before ? 'update' : 'create',
      before,
      after,
    });
    return present(after, school.schoolCode);
  });
}
