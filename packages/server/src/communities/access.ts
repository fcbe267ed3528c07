// Who may do what with communities and joint work. Reads follow the scope: county-level roles in scope see the
// whole county; school-level roles (school, teacher) see the communities their school belongs or belonged to,
// the activities their school hosted or joined, the mentorships of their teachers and their own compliance.
// Writes: the county bureau (admin, city, county) runs communities, rules, quotas and the evaluation; a school
// logs its own activities and its own mentorship pairs; a researcher (教研员) logs the guidance visits and lesson
// observations of his own patch (包片) at its schools. Inspectors, viewers and teachers only read.
import type { Actor } from '../auth/roles';
import { countyInScope, type Scope } from '../auth/scope';
import { AreaConflict } from '../shared/conflict';
import { DomainError } from '../shared/errors';

export const isCountyLevel = (scope: Scope) => scope.schoolId === null;

/** Runs communities, their rules and quotas, and the bundled evaluation. */
export const canManage = (actor: Actor) =>
  actor.role === 'admin' || actor.role === 'city' || actor.role === 'county';

/** May log activities and mentorship pairs (a school only for its own school). */
export const canLog = (actor: Actor) => canManage(actor) || actor.role === 'school';

export const countyNotFound = () => new DomainError('COUNTY_NOT_FOUND', 'county not found / 县区不存在');
export const notFound = (what = 'record / 记录') =>
  new DomainError('NOT_FOUND', `${what} not found / 不存在`);

export function assertManager(actor: Actor): void {
  if (!canManage(actor))
    throw new DomainError('FORBIDDEN', 'only the county bureau manages communities / 仅教育局可管理共同体');
}

export function assertLogger(actor: Actor): void {
  if (!canLog(actor)) throw new DomainError('FORBIDDEN', 'this role only reads / 该角色只读');
}

/** A researcher logs his own visits (activities/service.ts narrows kind, patch and schools). */
export const isResearcher = (actor: Actor) => actor.role === 'researcher';

export function assertActivityLogger(actor: Actor): void {
  if (!canLog(actor) && !isResearcher(actor))
    throw new DomainError('FORBIDDEN', 'this role only reads / 该角色只读');
}

/** The county must be in scope; a 404 otherwise, so its existence is not disclosed. */
export function assertCounty(scope: Scope, countyId: string): void {
  if (!countyInScope(scope, countyId)) throw countyNotFound();
}

/** The county must be in scope and the caller county-level (school-level callers get the same 404). */
export function assertCountyLevel(scope: Scope, countyId: string): void {
  assertCounty(scope, countyId);
  if (!isCountyLevel(scope)) throw countyNotFound();
}

/**
 * The county a request is about: the one asked for, or the caller's only county when there is exactly one.
 * Admins and city users name it.
 */
export function countyOf(scope: Scope, countyId: string | undefined): string {
  if (countyId !== undefined) {
    assertCounty(scope, countyId);
    return countyId;
  }
  if (scope.countyIds !== null && scope.countyIds.length === 1) return scope.countyIds[0] as string;
  throw new DomainError('VALIDATION_FAILED', 'countyId is required / 请指定县区');
}

/** The county a bureau write is about (countyOf), for a county-level caller who manages communities. */
export function managedCounty(actor: Actor, scope: Scope, countyId: string | undefined): string {
  const id = countyOf(scope, countyId);
  assertCountyLevel(scope, id);
  assertManager(actor);
  return id;
}

/** A write the rules or the record's state do not allow (a community over its size cap, a school in two
 * communities of one kind, deleting a community with logged work): HTTP 409 with the violations as details. */
export class CommunityConflict extends AreaConflict {
  override name = 'CommunityConflict';
  override readonly code = 'COMMUNITY_CONFLICT';
}
