// What was imported, by whom, and the county's data back in the workbook's shape (the round trip).
import type { SchoolYear } from '@junheng/core';
import { and, count, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import { importRuns } from '../db/schema';
import { countyInScope, type Scope } from '../auth/scope';
import { readCountyData } from '../county-data/read';
import { DomainError } from '../shared/errors';
import { writeCountyWorkbook } from '../workbook/index';

export async function listImports(
  db: Db,
  scope: Scope,
  q: { countyId?: string; page: number; pageSize: number },
) {
  if (scope.schoolId !== null || (scope.countyIds !== null && scope.countyIds.length === 0)) {
    return { items: [], total: 0 };
  }
  const condition = and(
    scope.countyIds === null ? undefined : inArray(importRuns.countyId, scope.countyIds),
    q.countyId ? eq(importRuns.countyId, q.countyId) : undefined,
  );
  const items = await db
    .select({
      id: importRuns.id,
      countyId: importRuns.countyId,
      at: importRuns.at,
      actorName: importRuns.actorName,
      fileName: importRuns.fileName,
      fingerprint: importRuns.fingerprint,
      schoolYears: importRuns.schoolYears,
      counts: importRuns.counts,
    })
    .from(importRuns)
    .where(condition)
    .orderBy(desc(importRuns.at))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [total] = await db.select({ n: count() }).from(importRuns).where(condition);
  return { items, total: total?.n ?? 0 };
}

/** The county (one school year, or all) as the county workbook of import-template.md. */
export async function countyWorkbook(db: Db, scope: Scope, countyId: string, schoolYear?: string) {
  if (!countyInScope(scope, countyId) || scope.schoolId !== null) {
    throw new DomainError('COUNTY_NOT_FOUND', 'county not found / 县区不存在');
  }
  if (schoolYear !== undefined && !/^\d{4}-\d{4}$/.test(schoolYear)) {
    throw new DomainError(
      'VALIDATION_FAILED',
      'school year must look like 2024-2025 / 学年格式应为 2024-2025',
    );
  }
  const data = await readCountyData(db, countyId, schoolYear ? [schoolYear as SchoolYear] : undefined);
  const name = `${data.county.name}-${schoolYear ?? '全部学年'}`;
  return { name, body: await writeCountyWorkbook(data) };
}
