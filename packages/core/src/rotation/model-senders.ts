// The sending side: who may go (eligible teachers of sending schools, plus locked ones), each school's floor,
// cap and backbone floor, and the indicator costs of departures.
import { convexSegments } from '../flow/convex';
import type { Stage, Teacher } from '../org/types';
import type { EligibilityResult } from './eligibility';
import { sectionKey, teacherFlags } from './indicators';
import { indicatorCost, indicatorStep, sends, type ModelContext } from './model-context';
import type { ModelSender } from './model-types';
import type { Lock } from './plan-types';
import type { RotationPolicy } from './policy';
import { ceilShare } from './quota-math';
import { matchesSelector } from './schools';

export interface Pooled {
  teacher: Teacher;
  eligibility: EligibilityResult;
  lock: Lock | null;
}

/** Eligible teachers of sending schools and every locked teacher (mustGo / fixedDestination), minus mustNotGo. */
export function candidatePool(
  ctx: ModelContext,
  teachers: readonly Teacher[],
  eligibility: readonly EligibilityResult[],
  policy: RotationPolicy,
  locks: ReadonlyMap<string, Lock>,
): Pooled[] {
  const pool: Pooled[] = [];
  teachers.forEach((teacher, i) => {
    const e = eligibility[i] as EligibilityResult;
    const lock = locks.get(teacher.teacherCode) ?? null;
    if (lock?.kind === 'mustNotGo') return;
    const school = ctx.schools.get(teacher.schoolCode);
    if (school === undefined) return;
    if (lock !== null || (e.eligible && sends(school, policy, ctx.communities)))
      pool.push({ teacher, eligibility: e, lock });
  });
  return pool;
}

/** Integer cost of this teacher leaving: fullTime, education and PE/arts terms (backbone is convex, elsewhere). */
export function departureCost(ctx: ModelContext, teacher: Teacher): number {
  const section = ctx.sections.get(sectionKey(teacher.schoolCode, teacher.stage));
  const flags = teacherFlags(teacher, ctx.indicatorParams);
  let cost = indicatorStep(ctx, section, 'fullTime', -1);
  if (flags.aboveRequiredEducation === 1) cost += indicatorStep(ctx, section, 'aboveRequiredEducation', -1);
  if (flags.peArts === 1) cost += indicatorStep(ctx, section, 'peArts', -1);
  return cost;
}

export function buildSenders(
  ctx: ModelContext,
  pool: readonly Pooled[],
  policy: RotationPolicy,
): ModelSender[] {
  const q = policy.quota;
  const bySchool = new Map<string, Pooled[]>();
  for (const p of pool)
    bySchool.set(p.teacher.schoolCode, [...(bySchool.get(p.teacher.schoolCode) ?? []), p]);
  const senders: ModelSender[] = [];
  for (const [schoolCode, members] of bySchool) {
    const school = ctx.schools.get(schoolCode);
    if (school === undefined) continue;
    const eligibleMembers = members.filter((m) => m.eligibility.eligible);
    const eligible = eligibleMembers.length;
    const backboneEligible = members.filter((m) => m.teacher.backboneLevel !== null).length;
    const owesQuota =
      sends(school, policy, ctx.communities) && q.sendingSchools.some((sel) => matchesSelector(school, sel));
    const locked = members.filter((m) => m.lock !== null).length;
    const schoolLevel = q.level !== 'county';
    const floor = owesQuota && schoolLevel ? ceilShare(q.shareOfEligible, eligible) : 0;
    // Locks are the bureau's explicit choice: they may raise a school's cap, never lower a floor.
    const cap = Math.max(floor, ceilShare(q.maxShareOfEligible, eligible), locked);
    // Counted on the cap, so any number sent up to the cap keeps backbone ≥ share × sent.
    const backboneFloor = floor > 0 ? ceilShare(q.backboneShareOfRotated, cap) : 0;
    const stages = (['primary', 'junior'] as Stage[]).flatMap((stage) => {
      const units = members.filter(
        (m) => m.teacher.stage === stage && m.teacher.backboneLevel !== null,
      ).length;
      if (units === 0) return [];
      const section = ctx.sections.get(sectionKey(schoolCode, stage));
      const c0 = section?.counts.backbone ?? 0;
      const f = (d: number): number =>
        section === undefined ? 0 : indicatorCost(ctx, section, 'backbone', c0 - d);
      return [{ stage, backboneSegments: convexSegments(f, units) }];
    });
    senders.push({ schoolCode, eligible, backboneEligible, owesQuota, floor, cap, backboneFloor, stages });
  }
  return senders;
}
