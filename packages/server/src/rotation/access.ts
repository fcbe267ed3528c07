// Who may do what in a campaign. Reads follow the scope: county-level roles in scope see the whole campaign,
// school-level roles (school, teacher) see only their own school's teachers and the assignments from or to it.
// Writes: the county bureau runs the campaign; the city bureau may also approve and publish; a school records
// exemptions for its own teachers and confirms the teachers who arrive at it.
import { and, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../auth/roles';
import { countyInScope, type Scope } from '../auth/scope';
import type { Executor } from '../db/client';
import { rotationCampaigns, schools } from '../db/schema';
import { DomainError } from '../shared/errors';

export type CampaignRow = typeof rotationCampaigns.$inferSelect;

export const notFound = () =>
  new DomainError('NOT_FOUND', 'rotation campaign not found / 交流轮岗工作不存在');

/** Runs the campaign: create, exemptions, plan, edits, submit, complete. */
export const canManage = (actor: Actor) => actor.role === 'admin' || actor.role === 'county';
/** Approves, sends back and publishes a submitted plan. */
export const canApprove = (actor: Actor) => canManage(actor) || actor.role === 'city';

export function assertManager(actor: Actor): void {
  if (!canManage(actor))
    throw new DomainError('FORBIDDEN', 'only the county bureau runs rotation / 仅县级教育局可操作交流轮岗');
}

export const isCountyLevel = (scope: Scope) => scope.schoolId === null;

export function assertCountyInScope(scope: Scope, countyId: string): void {
  if (!countyInScope(scope, countyId))
    throw new DomainError('COUNTY_NOT_FOUND', 'county not found / 县区不存在');
}

/** The campaign if the caller's scope reaches its county; 404 otherwise (its existence is not disclosed). */
export async function campaignInScope(db: Executor, scope: Scope, id: string): Promise<CampaignRow> {
  if (scope.countyIds !== null && scope.countyIds.length === 0) throw notFound();
  const [row] = await db
    .select()
    .from(rotationCampaigns)
    .where(
      and(
        eq(rotationCampaigns.id, id),
        scope.countyIds === null ? undefined : inArray(rotationCampaigns.countyId, scope.countyIds),
      ),
    );
  if (!row) throw notFound();
  return row;
}

/** Like campaignInScope, for what only county-level roles read (the whole plan, its effect, the notice). */
export async function campaignForCounty(db: Executor, scope: Scope, id: string): Promise<CampaignRow> {
  if (!isCountyLevel(scope)) throw notFound();
  return campaignInScope(db, scope, id);
}

/** The school code of a school-level caller, or null for county-level callers. */
export async function ownSchoolCode(db: Executor, scope: Scope, countyId: string): Promise<string | null> {
  if (scope.schoolId === null) return null;
  const [row] = await db
    .select({ code: schools.schoolCode })
    .from(schools)
    .where(and(eq(schools.countyId, countyId), eq(schools.id, scope.schoolId)));
  // A school user whose school is gone sees nothing: an impossible code matches no row.
  return row?.code ?? '\u0000';
}
