// Exemptions (免于交流) the schools and the bureau record with their evidence, while the plan may still change.
// A school exempts only its own teachers; an exemption the policy has no rule for ("other") keeps the teacher
// at home as a never-send lock.
import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/service';
import { createdStamps, updatedStamps } from '../audit/stamps';
import type { Actor } from '../auth/roles';
import type { Scope } from '../auth/scope';
import type { Db, Executor } from '../db/client';
import { rotationCampaigns, rotationExemptions, teachers } from '../db/schema';
import type { Clock } from '../shared/clock';
import { DomainError } from '../shared/errors';
import { campaignInScope, canManage, isCountyLevel, type CampaignRow } from './access';
import { RotationConflict } from './conflict';
import { presentExemption } from './eligible-service';
import type { ExemptionRule } from './planning';
import { EDITABLE, type CampaignStatus } from './status';

export interface ExemptionInput {
  teacherCode: string;
  rule: ExemptionRule;
  evidence: string;
  lastRotationEnd?: string | undefined;
}

function assertOpen(campaign: CampaignRow): void {
  if (!EDITABLE.includes(campaign.status as CampaignStatus)) {
    throw new RotationConflict(`the campaign is ${campaign.status} / 当前状态不能修改免交流`, {
      status: campaign.status,
    });
  }
}

/** The bureau for any teacher of its county; a school (role school, not teacher) for its own teachers. */
async function assertMayExempt(
  db: Db,
  actor: Actor,
  scope: Scope,
  campaign: CampaignRow,
  teacherCode: string,
) {
  const [teacher] = await db
    .select({ schoolId: teachers.schoolId })
    .from(teachers)
    .where(
      and(
        eq(teachers.countyId, campaign.countyId),
        eq(teachers.schoolYear, campaign.schoolYear),
        eq(teachers.teacherCode, teacherCode),
      ),
    );
  if (!teacher || (scope.schoolId !== null && teacher.schoolId !== scope.schoolId)) {
    throw new DomainError('TEACHER_NOT_FOUND', 'teacher not found / 教师不存在');
  }
  const mayExempt = isCountyLevel(scope) ? canManage(actor) : actor.role === 'school';
  if (!mayExempt) throw new DomainError('FORBIDDEN', 'not allowed to record exemptions / 无权登记免交流');
}

export async function markExemption(
  db: Db,
  clock: Clock,
  actor: Actor,
  scope: Scope,
  id: string,
  input: ExemptionInput,
) {
  return db.transaction(async (tx) => {
    const campaign = await campaignInScope(tx, scope, id);
    await assertMayExempt(tx, actor, scope, campaign, input.teacherCode);
    assertOpen(campaign);
    const values = {
      countyId: campaign.countyId,
      campaignId: id,
      teacherCode: input.teacherCode,
      rule: input.rule,
      evidence: input.evidence,
      lastRotationEnd: input.lastRotationEnd ?? null,
      ...createdStamps(actor, clock()),
    };
    const [row] = await tx
      .insert(rotationExemptions)
      .values(values)
      .onConflictDoUpdate({
        target: [
          rotationExemptions.countyId,
          rotationExemptions.campaignId,
          rotationExemptions.teacherCode,
          rotationExemptions.rule,
        ],
        set: {
          evidence: values.evidence,
          lastRotationEnd: values.lastRotationEnd,
          ...createdStamps(actor, values.createdAt),
        },
      })
      .returning();
    if (!row) throw new Error('exemption insert returned no row');
    await touch(tx, clock, actor, campaign);
    await recordAudit(tx, clock, {
      actor,
      countyId: campaign.countyId,
      entity: 'rotation_exemption',
      entityId: row.id,
      action: 'create',
      after: { campaignId: id, teacherCode: row.teacherCode, rule: row.rule, evidence: row.evidence },
    });
    return { exemption: presentExemption(row) };
  });
}

async function touch(db: Executor, clock: Clock, actor: Actor, campaign: CampaignRow): Promise<void> {
  await db
    .update(rotationCampaigns)
    .set(updatedStamps(actor, clock()))
    .where(and(eq(rotationCampaigns.countyId, campaign.countyId), eq(rotationCampaigns.id, campaign.id)));
}

export async function deleteExemption(db: Db, clock: Clock, actor: Actor, scope: Scope, exemptionId: string) {
  return db.transaction(async (tx) => {
    const found =
      scope.countyIds !== null && scope.countyIds.length === 0
        ? []
        : await tx.select().from(rotationExemptions).where(eq(rotationExemptions.id, exemptionId));
    const before = found[0];
    const notFound = () => new DomainError('NOT_FOUND', 'exemption not found / 免交流记录不存在');
    if (!before) throw notFound();
    const campaign = await campaignInScope(tx, scope, before.campaignId).catch(() => {
      throw notFound();
    });
    await assertMayExempt(tx, actor, scope, campaign, before.teacherCode);
    assertOpen(campaign);
    await tx
      .delete(rotationExemptions)
      .where(and(eq(rotationExemptions.countyId, before.countyId), eq(rotationExemptions.id, exemptionId)));
    await touch(tx, clock, actor, campaign);
    await recordAudit(tx, clock, {
      actor,
      countyId: before.countyId,
      entity: 'rotation_exemption',
      entityId: exemptionId,
      action: 'delete',
      before: {
        campaignId: before.campaignId,
        teacherCode: before.teacherCode,
        rule: before.rule,
        evidence: before.evidence,
      },
    });
  });
}
