// A greedy baseline planner, for comparison with the exact one: locked teachers first, then shortage places by
// subject priority (cheapest teacher each), then the backbone floors and the quota floors with surplus places.
// It keeps every hard constraint; it just never revisits a choice.
import type { ModelCandidate, RotationModel } from './model-types';
import { planViolations } from './objective';

interface State {
  model: RotationModel;
  choice: Int32Array;
  perSender: number[];
  perSection: number[];
  perPeArts: number[];
  perSlot: number[];
  perStageBackbone: Map<string, number>;
  total: number;
}

const capOf = (segments: readonly { capacity: number }[]): number =>
  segments.reduce((n, s) => n + s.capacity, 0);

function fits(s: State, i: number, j: number, onlyShortage: boolean): boolean {
  const m = s.model;
  const cand = m.candidates[i]!;
  const slot = m.slots[cand.options[j]!.slot]!;
  const slotIndex = cand.options[j]!.slot;
  const section = m.sections[slot.section]!;
  if (s.perSlot[slotIndex]! >= (onlyShortage ? slot.shortage : slot.shortage + slot.surplus)) return false;
  if (s.perSection[slot.section]! >= section.capacity) return false;
  if (slot.peArts && s.perPeArts[slot.section]! >= capOf(section.peArtsSegments)) return false;
  const sender = m.senders[cand.sender]!;
  if (m.level !== 'county' && s.perSender[cand.sender]! >= sender.cap) return false;
  if (s.total >= m.county.cap) return false;
  if (cand.backbone) {
    const st = sender.stages.find((x) => x.stage === cand.teacher.stage);
    const used = s.perStageBackbone.get(`${cand.sender}|${cand.teacher.stage}`) ?? 0;
    if (st === undefined || used >= capOf(st.backboneSegments)) return false;
  }
  return true;
}

function take(s: State, i: number, j: number): void {
  const cand = s.model.candidates[i]!;
  const slotIndex = cand.options[j]!.slot;
  const slot = s.model.slots[slotIndex]!;
  s.choice[i] = j;
  s.perSender[cand.sender]!++;
  s.perSlot[slotIndex]!++;
  s.perSection[slot.section]!++;
  if (slot.peArts) s.perPeArts[slot.section]!++;
  if (cand.backbone) {
    const key = `${cand.sender}|${cand.teacher.stage}`;
    s.perStageBackbone.set(key, (s.perStageBackbone.get(key) ?? 0) + 1);
  }
  s.total++;
}

/** The cheapest fitting option of candidate i (or −1). */
function bestOption(s: State, i: number, onlyShortage: boolean, slotFilter?: number): number {
  const cand = s.model.candidates[i]!;
  let best = -1;
  let bestCost = Infinity;
  cand.options.forEach((o, j) => {
    if (slotFilter !== undefined && o.slot !== slotFilter) return;
    if (!fits(s, i, j, onlyShortage)) return;
    if (o.cost < bestCost) {
      bestCost = o.cost;
      best = j;
    }
  });
  return best;
}

function free(s: State, pick: (c: ModelCandidate, i: number) => boolean): number[] {
  return s.model.candidates.flatMap((c, i) => (s.choice[i] === -1 && pick(c, i) ? [i] : []));
}

export function greedyRotation(model: RotationModel): Int32Array {
  const s: State = {
    model,
    choice: new Int32Array(model.candidates.length).fill(-1),
    perSender: model.senders.map(() => 0),
    perSection: model.sections.map(() => 0),
    perPeArts: model.sections.map(() => 0),
    perSlot: model.slots.map(() => 0),
    perStageBackbone: new Map(),
    total: 0,
  };
  for (const i of free(s, (c) => c.lock !== null)) {
    const j = bestOption(s, i, false);
    if (j >= 0) take(s, i, j);
  }
  const slotOrder = model.slots
    .map((_, k) => k)
    .sort((a, b) => model.slots[b]!.reward - model.slots[a]!.reward);
  for (const k of slotOrder) {
    for (;;) {
      let best: [number, number, number] | null = null;
      for (const i of free(s, () => true)) {
        const j = bestOption(s, i, true, k);
        if (j < 0) continue;
        const cost = model.candidates[i]!.sendCost + model.candidates[i]!.options[j]!.cost;
        if (best === null || cost < best[2]) best = [i, j, cost];
      }
      if (best === null) break;
      take(s, best[0], best[1]);
    }
  }
  const sentBackbone = (sender: number): number =>
    model.candidates.filter((c, i) => c.sender === sender && c.backbone && s.choice[i]! >= 0).length;
  model.senders.forEach((sender, si) => {
    for (const i of free(s, (c) => c.sender === si && c.backbone)) {
      if (sentBackbone(si) >= sender.backboneFloor) break;
      const j = bestOption(s, i, false);
      if (j >= 0) take(s, i, j);
    }
    for (const i of free(s, (c) => c.sender === si)) {
      if (s.perSender[si]! >= sender.floor) break;
      const j = bestOption(s, i, false);
      if (j >= 0) take(s, i, j);
    }
  });
  for (const i of free(s, (c) => c.backbone)) {
    if (
      model.candidates.filter((c, k) => c.backbone && s.choice[k]! >= 0).length >= model.county.backboneFloor
    )
      break;
    const j = bestOption(s, i, false);
    if (j >= 0) take(s, i, j);
  }
  for (const i of free(s, () => true)) {
    if (s.total >= model.county.floor) break;
    const j = bestOption(s, i, false);
    if (j >= 0) take(s, i, j);
  }
  const broken = planViolations(model, s.choice);
  if (broken.length > 0) throw new Error(`greedy broke a hard constraint: ${broken[0]}`);
  return s.choice;
}
