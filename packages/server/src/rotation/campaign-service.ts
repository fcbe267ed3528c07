// Campaigns (ROT-2): create with a policy, list and read within scope, and move through the statuses, each move
// audited in the same transaction and made only from the status it expects (a concurrent move loses with 409).
import type { RotationPolicy } from '@junheng/core';
import { and, count, desc, eq, inArray } from 'drizzle-orm';
import { recordAudit } from '../audit/service';
import { stamps, updatedStamps } from '../audit/stamps';
import type { Actor } from '../auth/roles';
import type { Scope } from '../auth/scope';
import type { Db, Executor } from '../db/client';
import { rotationAssignments, rotationCampaigns } from '../db/schema';
import type { Clock } from '../shared/clock';
import { DomainError } from '../shared/errors';
import {
  assertCountyInScope,
  assertManager,
  campaignInScope,
  isCountyLevel,
  type CampaignRow,
} from './access';
import { checkMoves } from './check';
import { RotationConflict } from './conflict';
import { assignmentsOf, campaignContext, movesOf } from './planning';
import { resolvePolicy, type PolicySpec } from './policy-spec';
import { TRANSITIONS, type CampaignAction } from './status';

export interface CreateCampaign {
  countyId: string;
  schoolYear: string;
  name?: string | undefined;
  campaignMonth?: string | undefined;
  policy: PolicySpec;
}

/** What a caller sees of a campaign: school-level roles get no plan summary (it names every school). */
export function presentCampaign(row: CampaignRow, scope: Scope) {
  const policy = row.policy as RotationPolicy;
  const full = isCountyLevel(scope);
  return {
    id: row.id,
    countyId: row.countyId,
    name: row.name,
    schoolYear: row.schoolYear,
    campaignMonth: row.campaignMonth,
    status: row.status,
    policySpec: row.policySpec as PolicySpec,
    policy: full ? policy : { id: policy.id, zh: policy.zh, en: policy.en },
    plan: full ? row.plan : null,
    createdAt: row.createdAt,
    createdByName: row.createdByName,
    updatedAt: row.updatedAt,
    updatedByName: row.updatedByName,
  };
}

export async function createCampaign(db: Db, clock: Clock, actor: Actor, scope: Scope, body: CreateCampaign) {
  assertCountyInScope(scope, body.countyId);
  if (!isCountyLevel(scope)) throw new DomainError('COUNTY_NOT_FOUND', 'county not found / 县区不存在');
  assertManager(actor);
  let policy: RotationPolicy;
  try {
    policy = resolvePolicy(body.policy);
  } catch (error) {
    throw new DomainError('VALIDATION_FAILED', (error as Error).message);
  }
  const now = clock();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(rotationCampaigns)
      .values({
        countyId: body.countyId,
        name: body.name ?? `${body.schoolYear}学年教师交流轮岗`,
        schoolYear: body.schoolYear,
        campaignMonth: body.campaignMonth ?? `${body.schoolYear.slice(5)}-09`,
        policySpec: body.policy,
        policy,
        status: 'draft',
        ...stamps(actor, now),
      })
      .returning();
    if (!row) throw new Error('campaign insert returned no row');
    await recordAudit(tx, clock, {
      actor,
      countyId: row.countyId,
      entity: 'rotation_campaign',
      entityId: row.id,
      action: 'create',
      after: { name: row.name, schoolYear: row.schoolYear, policy: row.policySpec, status: row.status },
    });
    return presentCampaign(row, scope);
  });
}

export async function listCampaigns(
  db: Db,
  scope: Scope,
  filter: { countyId?: string; schoolYear?: string },
) {
  if (scope.countyIds !== null && scope.countyIds.length === 0) return { items: [] };
  const rows = await db
    .select()
    .from(rotationCampaigns)
    .where(
      and(
        scope.countyIds === null ? undefined : inArray(rotationCampaigns.countyId, scope.countyIds),
        filter.countyId ? eq(rotationCampaigns.countyId, filter.countyId) : undefined,
        filter.schoolYear ? eq(rotationCampaigns.schoolYear, filter.schoolYear) : undefined,
      ),
    )
    .orderBy(desc(rotationCampaigns.createdAt));
  return { items: rows.map((r) => presentCampaign(r, scope)) };
}

export async function getCampaign(db: Db, scope: Scope, id: string) {
  const row = await campaignInScope(db, scope, id);
  const [n] = await db
    .select({ n: count() })
    .from(rotationAssignments)
    .where(and(eq(rotationAssignments.countyId, row.countyId), eq(rotationAssignments.campaignId, id)));
  return { ...presentCampaign(row, scope), assignmentCount: n?.n ?? 0 };
}

/** A plan goes up for approval only when it has teachers in it and breaks no hard rule. */
async function assertSubmittable(tx: Executor, row: CampaignRow): Promise<void> {
  const assignments = await assignmentsOf(tx, row);
  if (assignments.length === 0) throw new RotationConflict('the plan is empty / 方案中没有交流教师');
  const ctx = await campaignContext(tx, row);
  const check = checkMoves(ctx, movesOf(ctx, assignments));
  if (check.violations.length > 0) {
    throw new RotationConflict('the plan breaks rules / 方案存在违规，不能报送', check.violations);
  }
}

export async function transitionCampaign(
  db: Db,
  clock: Clock,
  actor: Actor,
  scope: Scope,
  id: string,
  action: CampaignAction,
) {
  const t = TRANSITIONS[action];
  return db.transaction(async (tx) => {
    const before = await campaignInScope(tx, scope, id);
    if (!isCountyLevel(scope) || !t.allowed(actor)) {
      throw new DomainError('FORBIDDEN', `not allowed to ${action} / 无权执行此操作`);
    }
    if (before.status !== t.from) {
      throw new RotationConflict(`cannot ${action} a ${before.status} campaign / 当前状态不能执行此操作`, {
        status: before.status,
        expected: t.from,
      });
    }
    if (action === 'submit') await assertSubmittable(tx, before);
    const [row] = await tx
      .update(rotationCampaigns)
      .set({ status: t.to, ...updatedStamps(actor, clock()) })
      .where(
        and(
          eq(rotationCampaigns.countyId, before.countyId),
          eq(rotationCampaigns.id, id),
          eq(rotationCampaigns.status, t.from),
        ),
      )
      .returning();
    if (!row) throw new RotationConflict('the campaign changed meanwhile / 状态已被他人更改');
    if (action === 'publish') {
      await tx
        .update(rotationAssignments)
        .set({ status: 'confirmed' })
        .where(and(eq(rotationAssignments.countyId, row.countyId), eq(rotationAssignments.campaignId, id)));
    }
    await recordAudit(tx, clock, {
      actor,
      countyId: row.countyId,
      entity: 'rotation_campaign',
      entityId: id,
      action: 'update',
      before: { status: before.status },
      after: { status: row.status, action },
    });
    return presentCampaign(row, scope);
  });
}
