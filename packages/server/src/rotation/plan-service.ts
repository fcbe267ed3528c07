// Generating the plan (the core planner on the stored county, locked assignments kept), editing one assignment
// (lock, unlock, another destination — re-checked at once), and the receiving school confirming an arrival.
import { planRotation } from '@junheng/core';
import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/service';
import { updatedStamps } from '../audit/stamps';
import type { Actor } from '../auth/roles';
import type { Scope } from '../auth/scope';
import type { Db } from '../db/client';
import { rotationAssignments, rotationCampaigns } from '../db/schema';
import type { Clock } from '../shared/clock';
import { DomainError } from '../shared/errors';
import { assertManager, campaignInScope, canManage, isCountyLevel, type CampaignRow } from './access';
import { assignmentInScope, presentAssignment, visibleAssignments } from './assignments';
import { checkMoves } from './check';
import { RotationConflict } from './conflict';
import { assignmentsOf, campaignContext, locksOf, movesOf, planInputOf, schoolRefs } from './planning';
import { EDITABLE, type CampaignStatus } from './status';
import { presentCampaign } from './campaign-service';

function assertEditable(campaign: CampaignRow, allowed: readonly CampaignStatus[] = EDITABLE): void {
  if (!allowed.includes(campaign.status as CampaignStatus)) {
    throw new RotationConflict(`the campaign is ${campaign.status} / 当前状态不能修改方案`, {
      status: campaign.status,
    });
  }
}

export async function generatePlan(db: Db, clock: Clock, actor: Actor, scope: Scope, id: string) {
  return db.transaction(async (tx) => {
    const campaign = await campaignInScope(tx, scope, id);
    if (!isCountyLevel(scope)) throw new DomainError('FORBIDDEN', 'county staff only / 仅县级教育局可操作');
    assertManager(actor);
    assertEditable(campaign);
    const existing = await assignmentsOf(tx, campaign);
    const ctx = await campaignContext(tx, campaign);
    const locks = locksOf(ctx, existing);
    const plan = planRotation(planInputOf(ctx, locks));
    const locked = new Set(locks.filter((l) => l.kind === 'fixedDestination').map((l) => l.teacherCode));
    const where = and(
      eq(rotationAssignments.countyId, campaign.countyId),
      eq(rotationAssignments.campaignId, id),
    );
    await tx.delete(rotationAssignments).where(where);
    const rows = plan.assignments.map((a) => ({
      countyId: campaign.countyId,
      campaignId: id,
      teacherCode: a.teacherCode,
      teacherName: a.name,
      stage: a.stage,
      subject: a.subject,
      backbone: a.backbone,
      fromSchoolId: ctx.byCode.get(a.fromSchool)?.id ?? '',
      toSchoolId: ctx.byCode.get(a.toSchool)?.id ?? '',
      kind: a.kind,
      stintMonths: a.stintMonths,
      roadKm: a.roadKm,
      fillsShortage: a.fillsShortage,
      reasons: a.reasons,
      locked: locked.has(a.teacherCode),
    }));
    if (rows.length > 0) await tx.insert(rotationAssignments).values(rows);
    const summary = {
      status: plan.status,
      assignments: plan.assignments.length,
      eligible: plan.eligibility.filter((e) => e.eligible).length,
      quotas: plan.quotas,
      shortfalls: plan.shortfalls,
      effect: plan.effect,
      objective: plan.objective,
      generatedAt: clock(),
    };
    const [row] = await tx
      .update(rotationCampaigns)
      .set({
        status: 'planned',
        plan: summary,
        ...updatedStamps(actor, clock()),
      })
      .where(and(eq(rotationCampaigns.countyId, campaign.countyId), eq(rotationCampaigns.id, id)))
      .returning();
    if (!row) throw new Error('campaign update returned no row');
    await recordAudit(tx, clock, {
      actor,
      countyId: campaign.countyId,
      entity: 'rotation_campaign',
      entityId: id,
      action: 'update',
      before: { status: campaign.status, assignments: existing.length },
      after: { status: row.status, assignments: rows.length, planStatus: plan.status, kept: locked.size },
    });
    return { campaign: presentCampaign(row, scope), assignments: rows.length };
  });
}

export interface AssignmentEdit {
  locked?: boolean | undefined;
  toSchoolId?: string | undefined;
}

export async function editAssignment(
  db: Db,
  clock: Clock,
  actor: Actor,
  scope: Scope,
  id: string,
  edit: AssignmentEdit,
) {
  return db.transaction(async (tx) => {
    const { assignment, campaign } = await assignmentInScope(tx, scope, id);
    if (!isCountyLevel(scope)) throw new DomainError('FORBIDDEN', 'county staff only / 仅县级教育局可操作');
    assertManager(actor);
    assertEditable(campaign, ['planned']);
    const ctx = await campaignContext(tx, campaign);
    if (edit.toSchoolId !== undefined && !ctx.byId.has(edit.toSchoolId)) {
      throw new DomainError('SCHOOL_NOT_FOUND', 'school not found / 学校不存在');
    }
    const next = {
      ...assignment,
      toSchoolId: edit.toSchoolId ?? assignment.toSchoolId,
      locked: edit.locked ?? assignment.locked,
    };
    const all = (await assignmentsOf(tx, campaign)).map((a) => (a.id === id ? next : a));
    const check = checkMoves(ctx, movesOf(ctx, all));
    // Reasons follow the destination: recomputed when the model can place the move, cleared to the due reason if not.
    const placed = check.placed.find((p) => p.teacherCode === assignment.teacherCode);
    const reasons =
      placed?.reasons ?? (assignment.reasons as { effect: string }[]).filter((r) => r.effect === 'due');
    const [row] = await tx
      .update(rotationAssignments)
      .set({
        toSchoolId: next.toSchoolId,
        locked: next.locked,
        reasons,
        fillsShortage: placed?.fillsShortage ?? false,
        roadKm: placed ? placed.roadKm : assignment.roadKm,
      })
      .where(and(eq(rotationAssignments.countyId, assignment.countyId), eq(rotationAssignments.id, id)))
      .returning();
    if (!row) throw new Error('assignment update returned no row');
    const code = (schoolId: string) => ctx.byId.get(schoolId)?.code ?? null;
    await recordAudit(tx, clock, {
      actor,
      countyId: assignment.countyId,
      entity: 'rotation_assignment',
      entityId: id,
      action: 'update',
      before: {
        teacherCode: assignment.teacherCode,
        toSchool: code(assignment.toSchoolId),
        locked: assignment.locked,
      },
      after: { teacherCode: row.teacherCode, toSchool: code(row.toSchoolId), locked: row.locked },
    });
    return { assignment: presentAssignment(row, ctx.byId), check };
  });
}

/** The receiving school (or the county bureau) confirms the teacher has arrived; only after publication. */
export async function confirmArrival(db: Db, clock: Clock, actor: Actor, scope: Scope, id: string) {
  return db.transaction(async (tx) => {
    const { assignment, campaign } = await assignmentInScope(tx, scope, id);
    const receiving = actor.role === 'school' && scope.schoolId === assignment.toSchoolId;
    if (!(receiving || (isCountyLevel(scope) && canManage(actor)))) {
      throw new DomainError('FORBIDDEN', 'only the receiving school confirms arrival / 仅接收学校可确认到岗');
    }
    assertEditable(campaign, ['published']);
    if (assignment.status === 'arrived') throw new RotationConflict('already arrived / 已确认到岗');
    const [row] = await tx
      .update(rotationAssignments)
      .set({ status: 'arrived', arrivedAt: clock() })
      .where(and(eq(rotationAssignments.countyId, assignment.countyId), eq(rotationAssignments.id, id)))
      .returning();
    if (!row) throw new Error('assignment update returned no row');
    await recordAudit(tx, clock, {
      actor,
      countyId: assignment.countyId,
      entity: 'rotation_assignment',
      entityId: id,
      action: 'update',
      before: { teacherCode: assignment.teacherCode, status: assignment.status },
      after: { teacherCode: row.teacherCode, status: row.status },
    });
    const refs = await schoolRefs(tx, campaign.countyId);
    return { assignment: presentAssignment(row, new Map(refs.map((r) => [r.id, r]))) };
  });
}

export async function listAssignments(db: Db, scope: Scope, id: string) {
  const campaign = await campaignInScope(db, scope, id);
  const rows = await visibleAssignments(db, scope, campaign);
  const refs = await schoolRefs(db, campaign.countyId);
  const byId = new Map(refs.map((r) => [r.id, r]));
  return { items: rows.map((r) => presentAssignment(r, byId)) };
}
