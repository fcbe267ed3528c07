// Evaluation runs (BAL-1..5): the county's stored data → the core's analysis → a stored, audited run. Reading
// is open to every county-level role in scope; running is for the roles that manage the county's data.
import {
  analyseCounty,
  buildEvaluationInput,
  standardById,
  type EvaluationAnalysis,
  type SchoolYear,
  type Standard,
} from '@junheng/core';
import { and, count, desc, eq, inArray } from 'drizzle-orm';
import { createHash } from 'node:crypto';
import type { Db, Executor } from '../db/client';
import { evaluationRuns } from '../db/schema';
import { recordAudit } from '../audit/service';
import type { Actor } from '../auth/roles';
import { countyInScope, type Scope } from '../auth/scope';
import { readCountyData } from '../county-data/read';
import type { Clock } from '../shared/clock';
import { DomainError } from '../shared/errors';

export interface EvaluationQuery {
  countyId: string;
  /** Validated as `2024-2025` at the boundary. */
  schoolYear: string;
  standard: string;
}

export function standardOf(id: string): Standard {
  const standard = standardById(id);
  if (!standard) throw new DomainError('VALIDATION_FAILED', `unknown standard / 未知标准: ${id}`);
  return standard;
}

export function assertCounty(scope: Scope, countyId: string): void {
  // A school-level user reads its own school, not the county's evaluation.
  if (!countyInScope(scope, countyId) || scope.schoolId !== null) {
    throw new DomainError('COUNTY_NOT_FOUND', 'county not found / 县区不存在');
  }
}

const canRun = (actor: Actor) => actor.role === 'admin' || actor.role === 'city' || actor.role === 'county';

/** Same stored data and standard → same fingerprint, so a report can be shown to match its inputs. */
export function fingerprintOf(input: unknown, standard: Standard): string {
  return createHash('sha256').update(JSON.stringify({ input, standard })).digest('hex');
}

async function analyse(db: Executor, q: EvaluationQuery) {
  const standard = standardOf(q.standard);
  const year = q.schoolYear as SchoolYear;
  const data = await readCountyData(db, q.countyId, [year]);
  if (!data.stats.some((s) => s.schoolYear === year)) {
    throw new DomainError('STATS_NOT_FOUND', `no statistics for ${year} / 该学年无办学条件数据`);
  }
  const fingerprint = fingerprintOf(buildEvaluationInput(data, year, standard), standard);
  return { standard, fingerprint, analysis: analyseCounty(data, year, standard) };
}

/** The evaluation of the data as it is now, not stored. */
export async function currentEvaluation(db: Db, scope: Scope, q: EvaluationQuery) {
  assertCounty(scope, q.countyId);
  const { fingerprint, analysis } = await analyse(db, q);
  return { ...q, fingerprint, result: analysis };
}

function summaryOf(analysis: EvaluationAnalysis) {
  const county = analysis.report.counties[0];
  return {
    primary: county?.stages.primary.pass ?? null,
    junior: county?.stages.junior.pass ?? null,
    failingSchools: county?.schools.filter((s) => s.pass === false).length ?? 0,
  };
}

export async function runEvaluation(db: Db, clock: Clock, actor: Actor, scope: Scope, q: EvaluationQuery) {
  assertCounty(scope, q.countyId);
  if (!canRun(actor))
    throw new DomainError('FORBIDDEN', 'only county staff run evaluations / 仅县级管理员可运行评估');
  return db.transaction(async (tx) => {
    const { standard, fingerprint, analysis } = await analyse(tx, q);
    const [row] = await tx
      .insert(evaluationRuns)
      .values({
        countyId: q.countyId,
        at: clock(),
        actorId: actor.id,
        actorName: actor.username,
        schoolYear: q.schoolYear,
        standard: standard.id,
        standardVersion: standard.version,
        fingerprint,
        summary: summaryOf(analysis),
        result: analysis,
      })
      .returning();
    if (!row) throw new Error('evaluation run insert returned no row');
    await recordAudit(tx, clock, {
      actor,
      countyId: q.countyId,
      entity: 'evaluation_run',
      entityId: row.id,
      action: 'create',
      after: { schoolYear: q.schoolYear, standard: standard.id, fingerprint, summary: row.summary },
    });
    return row;
  });
}

const summaryFields = {
  id: evaluationRuns.id,
  countyId: evaluationRuns.countyId,
  at: evaluationRuns.at,
  actorName: evaluationRuns.actorName,
  schoolYear: evaluationRuns.schoolYear,
  standard: evaluationRuns.standard,
  standardVersion: evaluationRuns.standardVersion,
  fingerprint: evaluationRuns.fingerprint,
  summary: evaluationRuns.summary,
};

export async function listRuns(
  db: Db,
  scope: Scope,
  filter: { countyId?: string; schoolYear?: string; standard?: string },
  paging: { page: number; pageSize: number },
) {
  if (scope.schoolId !== null || (scope.countyIds !== null && scope.countyIds.length === 0)) {
    return { items: [], total: 0 };
  }
  const condition = and(
    scope.countyIds === null ? undefined : inArray(evaluationRuns.countyId, scope.countyIds),
    filter.countyId ? eq(evaluationRuns.countyId, filter.countyId) : undefined,
    filter.schoolYear ? eq(evaluationRuns.schoolYear, filter.schoolYear) : undefined,
    filter.standard ? eq(evaluationRuns.standard, filter.standard) : undefined,
  );
  const items = await db
    .select(summaryFields)
    .from(evaluationRuns)
    .where(condition)
    .orderBy(desc(evaluationRuns.at))
    .limit(paging.pageSize)
    .offset((paging.page - 1) * paging.pageSize);
  const [total] = await db.select({ n: count() }).from(evaluationRuns).where(condition);
  return { items, total: total?.n ?? 0 };
}

export async function getRun(db: Db, scope: Scope, id: string) {
  const rows =
    scope.schoolId !== null || (scope.countyIds !== null && scope.countyIds.length === 0)
      ? []
      : await db
          .select()
          .from(evaluationRuns)
          .where(
            and(
              eq(evaluationRuns.id, id),
              scope.countyIds === null ? undefined : inArray(evaluationRuns.countyId, scope.countyIds),
            ),
          );
  const row = rows[0];
  if (!row) throw new DomainError('EVALUATION_NOT_FOUND', 'evaluation not found / 评估记录不存在');
  return row;
}
