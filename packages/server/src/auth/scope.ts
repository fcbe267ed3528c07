// Every repository query is filtered by the caller's scope (architecture.md, API). Scope is resolved to county
// ids once per request (plus a school id for school-level roles), and repositories filter on those.
import { eq } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { counties } from '../db/schema';
import { scopeLevelOf, type Actor } from './roles';

export interface Scope {
  /** null: every county. */
  countyIds: string[] | null;
  /** Set for school-level roles: only this school's rows. */
  schoolId: string | null;
  /**
   * Set for the teacher role: of the rows about people (roster, rotation, exemptions) only the teacher's own.
   * A teacher account without a roster link gets '' and sees no one.
   */
  teacherCode: string | null;
}

/** The whole database: the system's own work (the CLI, the demo loader, tests' setup), never a user's request. */
export const WHOLE_SCOPE: Scope = { countyIds: null, schoolId: null, teacherCode: null };

export async function resolveScope(db: Executor, actor: Actor): Promise<Scope> {
  switch (scopeLevelOf(actor.role)) {
    case 'all':
      return WHOLE_SCOPE;
    case 'city': {
      if (!actor.cityId) return { countyIds: [], schoolId: null, teacherCode: null };
      const rows = await db
        .select({ id: counties.id })
        .from(counties)
        .where(eq(counties.cityId, actor.cityId));
      return { countyIds: rows.map((r) => r.id), schoolId: null, teacherCode: null };
    }
    case 'county':
      return { countyIds: actor.countyId ? [actor.countyId] : [], schoolId: null, teacherCode: null };
    case 'school':
      return {
        countyIds: actor.countyId ? [actor.countyId] : [],
        // A school-level user without a school sees nothing rather than the whole county.
        schoolId: actor.schoolId ?? '00000000-0000-0000-0000-000000000000',
        teacherCode: actor.role === 'teacher' ? (actor.teacherCode ?? '') : null,
      };
  }
}

/** Whether the caller may read rows about the teacher with this roster code. */
export function seesTeacher(scope: Scope, teacherCode: string): boolean {
  return scope.teacherCode === null || scope.teacherCode === teacherCode;
}

export function countyInScope(scope: Scope, countyId: string): boolean {
  return scope.countyIds === null || scope.countyIds.includes(countyId);
}
