// planRotation: the exact planner. Builds the model, solves its min-cost flow, and reads the plan back with a
// reason for every assignment and a named, sized shortfall for every floor or lock it could not meet.
import type { School, Teacher } from '../org/types';
import { indicatorEffect } from './effect';
import { teacherSections } from './indicators';
import { DEFAULT_NEEDS_PARAMS } from './needs-params';
import { flowOn } from '../flow/network';
import { buildRotationModel, type BuiltModel } from './model';
import type { RotationModel } from './model-types';
import { planCounts, planObjective } from './objective';
import { buildPlanNetwork } from './plan-network';
import { assignmentReasons, shortfalls } from './plan-reasons';
import type { Assignment, PlanInput, QuotaLine, RotationPlan } from './plan-types';

/** The optimal choice per candidate (option index, −1 = stays) for a model. */
export function solveRotationModel(model: RotationModel): {
  choice: Int32Array;
  networkCost: number;
  offset: number;
} {
  const built = buildPlanNetwork(model);
  const result = built.network.solve();
  // The bypass arc S → T always lets the supply through, so the network is never infeasible.
  if (result.status !== 'optimal')
    throw new Error(`rotation network unexpectedly infeasible: ${result.reason}`);
  const choice = new Int32Array(model.candidates.length).fill(-1);
  built.optionArcs.forEach((arcs, i) => {
    arcs.forEach((arc, j) => {
      if (flowOn(result.flow, [arc]) > 0) choice[i] = j;
    });
  });
  return { choice, networkCost: result.totalCost, offset: built.offset };
}

export function planFromChoice(input: PlanInput, built: BuiltModel, choice: ArrayLike<number>): RotationPlan {
  const { model } = built;
  const schools = new Map<string, School>(input.schools.map((s) => [s.schoolCode, s]));
  const counts = planCounts(model, choice);
  const filled = model.slots.map(() => 0);
  const assignments: Assignment[] = [];
  model.candidates.forEach((cand, i) => {
    const j = choice[i] as number;
    if (j < 0) return;
    const option = cand.options[j]!;
    const slot = model.slots[option.slot]!;
    const fillsShortage = filled[option.slot]! < slot.shortage;
    filled[option.slot]!++;
    const t = cand.teacher;
    assignments.push({
      teacherCode: t.teacherCode,
      name: t.name,
      fromSchool: t.schoolCode,
      toSchool: model.sections[slot.section]!.schoolCode,
      stage: t.stage,
      subject: t.subject,
      backbone: cand.backbone,
      kind: model.kind,
      stintMonths: model.stintMonths,
      roadKm: option.roadKm,
      fillsShortage,
      reasons: assignmentReasons(
        model,
        cand,
        option,
        fillsShortage,
        input.policy.directions,
        input.policy.roadFactor,
      ),
    });
  });
  const quotas: QuotaLine[] = model.senders.map((s, i) => ({
    schoolCode: s.schoolCode,
    eligible: s.eligible,
    backboneEligible: s.backboneEligible,
    floor: s.floor,
    cap: s.cap,
    backboneFloor: s.backboneFloor,
    planned: counts.perSender[i]!,
    plannedBackbone: counts.perSenderBackbone[i]!,
  }));
  quotas.push({
    schoolCode: null,
    eligible: model.county.eligible,
    backboneEligible: model.county.backboneEligible,
    floor: model.county.floor,
    cap: model.county.cap,
    backboneFloor: model.county.backboneFloor,
    planned: counts.total,
    plannedBackbone: counts.backbone,
  });
  const missing = shortfalls(model, counts, choice, schools);
  const params = input.needsParams ?? DEFAULT_NEEDS_PARAMS;
  const byCode = new Map(model.candidates.map((c) => [c.teacher.teacherCode, c.teacher]));
  return {
    status: missing.length === 0 ? 'optimal' : 'shortfall',
    assignments,
    shortfalls: missing,
    quotas,
    objective: planObjective(model, choice),
    effect: indicatorEffect(
      teacherSections(input.schools, input.stats, input.teachers, input.schoolYear, params.indicators),
      assignments.map((a) => ({ teacher: byCode.get(a.teacherCode) as Teacher, toSchool: a.toSchool })),
      params.indicators,
    ),
    eligibility: built.eligibility,
    needs: built.needs,
  };
}

export function planRotation(input: PlanInput): RotationPlan {
  const built = buildRotationModel(input);
  const { choice } = solveRotationModel(built.model);
  return planFromChoice(input, built, choice);
}
