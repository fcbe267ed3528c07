// The objective and the hard constraints of a plan, computed from the choices alone (which option each candidate
// takes, −1 for none) — independent of the flow network, so the planner, the greedy baseline and the tests all
// score plans the same way. Convex bundles cost their cheapest units first, as a min-cost flow fills them.
import { segmentsCost } from '../flow/convex';
import type { RotationModel } from './model-types';
import type { ObjectiveBreakdown } from './plan-types';

export interface PlanCounts {
  perSender: number[];
  perSenderBackbone: number[];
  /** `${sender}|${stage}` → backbone departures. */
  perSenderStageBackbone: Map<string, number>;
  perSection: number[];
  perSectionPeArts: number[];
  perSlot: number[];
  total: number;
  backbone: number;
}

export function planCounts(model: RotationModel, choice: ArrayLike<number>): PlanCounts {
  const c: PlanCounts = {
    perSender: model.senders.map(() => 0),
    perSenderBackbone: model.senders.map(() => 0),
    perSenderStageBackbone: new Map(),
    perSection: model.sections.map(() => 0),
    perSectionPeArts: model.sections.map(() => 0),
    perSlot: model.slots.map(() => 0),
    total: 0,
    backbone: 0,
  };
  model.candidates.forEach((cand, i) => {
    const j = choice[i] as number;
    if (j < 0) return;
    const option = cand.options[j];
    if (option === undefined) throw new RangeError(`candidate ${i} has no option ${j}`);
    const slot = model.slots[option.slot]!;
    c.total++;
    c.perSender[cand.sender]!++;
    c.perSlot[option.slot]!++;
    c.perSection[slot.section]!++;
    if (slot.peArts) c.perSectionPeArts[slot.section]!++;
    if (cand.backbone) {
      c.backbone++;
      c.perSenderBackbone[cand.sender]!++;
      const key = `${cand.sender}|${cand.teacher.stage}`;
      c.perSenderStageBackbone.set(key, (c.perSenderStageBackbone.get(key) ?? 0) + 1);
    }
  });
  return c;
}

const capOf = (segments: readonly { capacity: number }[]): number =>
  segments.reduce((n, s) => n + s.capacity, 0);

/** Hard constraints the choices break (empty when the plan is valid). */
export function planViolations(model: RotationModel, choice: ArrayLike<number>): string[] {
  const c = planCounts(model, choice);
  const out: string[] = [];
  model.slots.forEach((s, i) => {
    if (c.perSlot[i]! > s.shortage + s.surplus) out.push(`slot ${i} over its places`);
  });
  model.sections.forEach((s, i) => {
    if (c.perSection[i]! > s.capacity) out.push(`section ${s.schoolCode}/${s.stage} over capacity`);
    if (c.perSectionPeArts[i]! > capOf(s.peArtsSegments))
      out.push(`section ${s.schoolCode} over PE/arts places`);
  });
  model.senders.forEach((s, i) => {
    if (model.level !== 'county' && c.perSender[i]! > s.cap) out.push(`sender ${s.schoolCode} over its cap`);
    for (const st of s.stages) {
      if ((c.perSenderStageBackbone.get(`${i}|${st.stage}`) ?? 0) > capOf(st.backboneSegments)) {
        out.push(`sender ${s.schoolCode} backbone over its pool`);
      }
    }
  });
  if (c.total > model.county.cap) out.push('county over its cap');
  return out;
}

export function planObjective(model: RotationModel, choice: ArrayLike<number>): ObjectiveBreakdown {
  const c = planCounts(model, choice);
  const w = model.weights;
  let locks = 0;
  let travel = 0;
  let indicators = 0;
  model.candidates.forEach((cand, i) => {
    const j = choice[i] as number;
    if (j < 0) {
      if (cand.lock !== null) locks += w.lockPenalty;
      return;
    }
    const o = cand.options[j]!;
    travel += o.travel;
    indicators += cand.sendCost + o.cost - o.travel;
  });
  model.sections.forEach((s, i) => {
    indicators += segmentsCost(s.ratioSegments, c.perSection[i]!);
    indicators += segmentsCost(s.peArtsSegments, c.perSectionPeArts[i]!);
  });
  model.senders.forEach((s, i) => {
    for (const st of s.stages) {
      indicators += segmentsCost(st.backboneSegments, c.perSenderStageBackbone.get(`${i}|${st.stage}`) ?? 0);
    }
  });
  let shortages = 0;
  model.slots.forEach((s, i) => {
    shortages -= s.reward * Math.min(s.shortage, c.perSlot[i]!);
  });
  let missing = Math.max(0, model.county.floor - c.total);
  if (model.level === 'county') missing += Math.max(0, model.county.backboneFloor - c.backbone);
  else {
    model.senders.forEach((s, i) => {
      missing +=
        Math.max(0, s.floor - c.perSender[i]!) + Math.max(0, s.backboneFloor - c.perSenderBackbone[i]!);
    });
  }
  const quotas = missing * w.quotaPenalty;
  return {
    total: locks + quotas + shortages + indicators + travel,
    locks,
    quotas,
    shortages,
    indicators,
    travel,
  };
}
