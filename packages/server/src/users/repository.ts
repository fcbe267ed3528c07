import { and, asc, count, eq, ilike, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { counties, schools, teachers, users } from '../db/schema';

export type UserRecord = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;

export interface UserScopeFilter {
  /** null: all users (admin). */
  cityId: string | null | undefined;
  countyId: string | null | undefined;
}

function scopeCondition(scope: UserScopeFilter): SQL | undefined {
  if (scope.countyId) return eq(users.countyId, scope.countyId);
  if (scope.cityId) return eq(users.cityId, scope.cityId);
  return undefined;
}

export async function listUsers(
  db: Executor,
  scope: UserScopeFilter,
  filter: { q?: string; role?: string; page: number; pageSize: number },
): Promise<{ items: UserRecord[]; total: number }> {
  const like = filter.q ? `%${filter.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%` : null;
  const condition = and(
    scopeCondition(scope),
    filter.role ? eq(users.role, filter.role) : undefined,
    like ? or(ilike(users.username, like), ilike(users.displayName, like)) : undefined,
  );
  const items = await db
    .select()
    .from(users)
    .where(condition)
    .orderBy(asc(users.username))
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize);
  const [row] = await db.select({ n: count() }).from(users).where(condition);
  return { items, total: row?.n ?? 0 };
}

export async function findUser(db: Executor, id: string): Promise<UserRecord | null> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row ?? null;
}

export async function findUserByName(db: Executor, username: string): Promise<UserRecord | null> {
  const [row] = await db.select().from(users).where(eq(users.username, username));
  return row ?? null;
}

export async function countyCity(db: Executor, countyId: string): Promise<string | null> {
  const [row] = await db.select({ cityId: counties.cityId }).from(counties).where(eq(counties.id, countyId));
  return row?.cityId ?? null;
}

export async function schoolCounty(db: Executor, schoolId: string): Promise<string | null> {
  const [row] = await db.select({ countyId: schools.countyId }).from(schools).where(eq(schools.id, schoolId));
  return row?.countyId ?? null;
}

/** Whether the code is on the school's roster in any school year. */
export async function onSchoolRoster(
  db: Executor,
  countyId: string,
  schoolId: string,
  teacherCode: string,
): Promise<boolean> {
  const [row] = await db
    .select({ id: teachers.id })
    .from(teachers)
    .where(
      and(
        eq(teachers.countyId, countyId),
        eq(teachers.schoolId, schoolId),
        eq(teachers.teacherCode, teacherCode),
      ),
    )
    .limit(1);
  return row !== undefined;
}

export async function hasAdmin(db: Executor): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(users).where(eq(users.role, 'admin'));
  return (row?.n ?? 0) > 0;
}
