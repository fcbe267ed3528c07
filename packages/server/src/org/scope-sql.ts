// Scope as SQL: every org query ANDs this in, so out-of-scope rows are never read (architecture.md, API).
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Scope } from '../auth/scope';

export function scopeWhere(
  scope: Scope,
  countyColumn: PgColumn,
  schoolColumn: PgColumn | null,
): SQL | undefined {
  const parts: SQL[] = [];
  if (scope.countyIds !== null) {
    parts.push(scope.countyIds.length === 0 ? sql`false` : inArray(countyColumn, scope.countyIds));
  }
  if (scope.schoolId !== null) {
    parts.push(schoolColumn ? eq(schoolColumn, scope.schoolId) : sql`false`);
  }
  if (parts.length === 0) return undefined;
  return sql.join(parts, sql` and `);
}

/** Scope over rows that are each about one teacher: a teacher account reaches only its own roster code. */
export function teacherRowsWhere(
  scope: Scope,
  countyColumn: PgColumn,
  schoolColumn: PgColumn,
  teacherCodeColumn: PgColumn,
): SQL | undefined {
  return and(
    scopeWhere(scope, countyColumn, schoolColumn),
    scope.teacherCode === null ? undefined : eq(teacherCodeColumn, scope.teacherCode),
  );
}

export function likePattern(q: string): string {
  return `%${q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
}
