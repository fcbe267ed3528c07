// buildRotationModel: from the plan input to the integer model every planner works on. Options are the
// (teacher → receiving slot) moves that pass every hard rule: same stage, another school, an enabled direction,
// the scope and the distance limit — or the school a fixed-destination lock names.
import type { School, Teacher } from '../org/types';
import { rotationEligibility } from './eligibility';
import { sectionKey, teacherFlags } from './indicators';
import { indicatorStep, type ModelContext, modelContext } from './model-context';
import { buildSenders, candidatePool, departureCost, type Pooled } from './model-senders';
import { receivingSide, type ReceivingSide } from './model-sections';
import type { ModelCandidate, ModelOption, RotationModel } from './model-types';
import { receivingNeeds, type SectionNeeds } from './needs';
import { DEFAULT_NEEDS_PARAMS } from './needs-params';
import { DEFAULT_PLAN_WEIGHTS, type Lock, type PlanInput } from './plan-types';
import type { RotationPolicy } from './policy';
import { ceilShare } from './quota-math';
import { roadKmBetween } from '../shared/distance';
import { directionFor } from './directions';
import type { EligibilityResult } from './eligibility';

export interface BuiltModel {
  model: RotationModel;
  eligibility: EligibilityResult[];
  needs: SectionNeeds[];
}

function arrivalCost(ctx: ModelContext, teacher: Teacher, schoolCode: string): number {
  const section = ctx.sections.get(sectionKey(schoolCode, teacher.stage));
  const flags = teacherFlags(teacher, ctx.indicatorParams);
  let cost = 0;
  if (flags.aboveRequiredEducation === 1) cost += indicatorStep(ctx, section, 'aboveRequiredEducation', 1);
  if (flags.backbone === 1) cost += indicatorStep(ctx, section, 'backbone', 1);
  return cost;
}

function optionsFor(
  ctx: ModelContext,
  p: Pooled,
  side: ReceivingSide,
  policy: RotationPolicy,
): ModelOption[] {
  const home = ctx.schools.get(p.teacher.schoolCode) as School;
  const fixed = p.lock?.kind === 'fixedDestination' ? p.lock.schoolCode : null;
  const options: ModelOption[] = [];
  for (const section of side.sections) {
    if (section.stage !== p.teacher.stage || section.schoolCode === home.schoolCode) continue;
    if (fixed !== null && section.schoolCode !== fixed) continue;
    const dest = ctx.schools.get(section.schoolCode) as School;
    const direction = fixed !== null ? null : (directionFor(policy, home, dest, ctx.communities)?.id ?? null);
    if (fixed === null && direction === null) continue;
    if (fixed === null && policy.scope === 'township' && home.township !== dest.township) continue;
    const km = roadKmBetween(home, dest, policy.roadFactor);
    if (fixed === null && policy.maxRoadKm !== null && (km === null || km > policy.maxRoadKm)) continue;
    const slot = side.slotIndex.get(`${sectionKey(section.schoolCode, section.stage)}|${p.teacher.subject}`);
    if (slot === undefined) continue;
    const travel = km === null ? 0 : Math.round(km * ctx.weights.travelPerKm);
    const cost = travel + arrivalCost(ctx, p.teacher, section.schoolCode);
    options.push({ slot, roadKm: km, cost, travel, direction });
  }
  return options;
}

export function buildRotationModel(input: PlanInput): BuiltModel {
  const policy = input.policy;
  const weights = { ...DEFAULT_PLAN_WEIGHTS, ...input.weights };
  const params = input.needsParams ?? DEFAULT_NEEDS_PARAMS;
  const teachers = input.teachers.filter((t) => t.schoolYear === input.schoolYear);
  const eligibility = rotationEligibility({
    teachers,
    policy,
    campaignMonth: input.campaignMonth,
    ...(input.facts !== undefined ? { facts: input.facts } : {}),
  });
  const needs = receivingNeeds({ ...input, teachers, params });
  const ctx = modelContext(input, weights, params.indicators);
  const locks = new Map<string, Lock>((input.locks ?? []).map((l) => [l.teacherCode, l]));
  const fixedSchools = new Set(
    (input.locks ?? []).flatMap((l) => (l.kind === 'fixedDestination' ? [l.schoolCode] : [])),
  );
  const pool = candidatePool(ctx, teachers, eligibility, policy, locks);
  const senders = buildSenders(ctx, pool, policy);
  const senderIndex = new Map(senders.map((s, i) => [s.schoolCode, i]));
  const side = receivingSide(ctx, needs, policy, params, fixedSchools);
  const candidates: ModelCandidate[] = pool.map((p) => ({
    teacher: p.teacher,
    sender: senderIndex.get(p.teacher.schoolCode) as number,
    backbone: p.teacher.backboneLevel !== null,
    lock: p.lock?.kind ?? null,
    eligibility: p.eligibility,
    sendCost: departureCost(ctx, p.teacher),
    options: optionsFor(ctx, p, side, policy),
  }));
  const q = policy.quota;
  const owing = senders.filter((s) => s.owesQuota);
  const countyEligible = owing.reduce((n, s) => n + s.eligible, 0);
  const cap = senders.reduce((n, s) => n + s.cap, 0);
  const county = {
    eligible: countyEligible,
    floor: q.level === 'school' ? 0 : Math.min(cap, ceilShare(q.shareOfEligible, countyEligible)),
    cap,
    backboneFloor: q.level === 'county' ? ceilShare(q.backboneShareOfRotated, cap) : 0,
    backboneEligible: candidates.filter((c) => c.backbone).length,
  };
  const kind = input.kind ?? 'rotation';
  const model: RotationModel = {
    level: q.level,
    kind,
    stintMonths: policy.kinds[kind].minStintMonths,
    weights,
    candidates,
    senders,
    sections: side.sections,
    slots: side.slots,
    county,
  };
  return { model, eligibility, needs };
}
