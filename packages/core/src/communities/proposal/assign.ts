// Leads given: the exact min-cost assignment of members to leads as a min-cost flow (flow/). Each member node
// supplies one unit; it flows to one lead within reach (cost = the pairing cost) and on to the sink through
// the lead's capacity arc; a "may" member can instead go straight to the sink at the leave-out cost. Integer
// data make the optimum integral, so each member ends at exactly one lead or, if allowed, left out.
import { FlowNetwork, type ArcHandle } from '../../flow/network';
import type { ProposalModel } from './model';

/** Per member: a pair index, LEFT_OUT ("may" member not covered) or UNCOVERED ("must" member, infeasible). */
export const LEFT_OUT = -1;
export const UNCOVERED = -2;

export interface CapacityCut {
  /** Members that could reach only the leads in `leads`, more of them than those leads have places. */
  members: number[];
  leads: number[];
  supply: number;
  capacity: number;
  short: number;
}

export interface AssignmentSolution {
  choice: number[];
  objectiveUnits: number;
  /** Must members with no lead within reach (or no coordinates): never in the network. */
  unreachable: number[];
  /** Set when the places within reach are too few; the choice is then a min-cost maximum assignment. */
  cut: CapacityCut | null;
}

export function solveAssignment(model: ProposalModel): AssignmentSolution {
  const net = new FlowNetwork();
  const choice = model.members.map(() => UNCOVERED);
  const unreachable: number[] = [];
  const memberNode = new Int32Array(model.members.length).fill(-1);
  let supply = 0;
  model.members.forEach((m, i) => {
    if (m.pairs.length === 0 && m.need === 'must') {
      unreachable.push(i);
      return;
    }
    memberNode[i] = net.addNode(`m${i}`, 1);
    supply++;
  });
  const leadNode = model.leads.map((_, l) => net.addNode(`l${l}`));
  const sink = net.addNode('sink', -supply);
  // Each member sends exactly one unit, so taking its cheapest option off all its arcs shifts every solution's
  // cost by the same constant: the optimum is unchanged, and each member's cheapest arc now costs 0, so the
  // first primal–dual pass (flow/admissible.ts) sends every uncontested member to its cheapest lead at once.
  const floor = model.members.map((m) =>
    Math.min(
      m.pairs.length > 0 ? model.pairs[m.pairs[0]!]!.units : Infinity,
      m.need === 'may' ? model.leaveOutUnits : Infinity,
    ),
  );
  // A "may" member never takes a lead dearer than leaving it out (leaving out is cheaper and frees a place), so
  // those arcs are left out of the network: same optimum, less for each shortest-path search to scan.
  const pairArc: (ArcHandle | null)[] = model.pairs.map((p) =>
    model.members[p.member]!.need === 'may' && p.units > model.leaveOutUnits
      ? null
      : net.addArc(memberNode[p.member] as number, leadNode[p.lead] as number, 1, p.units - floor[p.member]!),
  );
  model.leads.forEach((lead, l) => net.addArc(leadNode[l] as number, sink, lead.capacity, 0));
  const leaveArc = model.members.map((m, i) =>
    m.need === 'may' ? net.addArc(memberNode[i] as number, sink, 1, model.leaveOutUnits - floor[i]!) : null,
  );
  const result = net.solve({ multiAugment: true });
  const flow = result.flow;
  model.pairs.forEach((_, k) => {
    const arc = pairArc[k];
    if (arc !== null && arc !== undefined && (flow[arc[0]!] ?? 0) > 0) choice[model.pairs[k]!.member] = k;
  });
  leaveArc.forEach((arc, i) => {
    if (arc !== null && (flow[arc[0]!] ?? 0) > 0) choice[i] = LEFT_OUT;
  });
  let cut: CapacityCut | null = null;
  if (result.status === 'infeasible') {
    const inCut = new Set(result.cut);
    const members = model.members.flatMap((_, i) => (inCut.has(memberNode[i] as number) ? [i] : []));
    const leads = model.leads.flatMap((_, l) => (inCut.has(leadNode[l] as number) ? [l] : []));
    // Every arc leaving the cut is a full place arc of a lead inside it (a member inside reaches all its
    // leads), so the cut's capacity is those leads' places and the shortfall is what stayed unrouted.
    const capacity = leads.reduce((s, l) => s + model.leads[l]!.capacity, 0);
    cut = { members, leads, supply: members.length, capacity, short: result.unrouted };
  }
  return { choice, objectiveUnits: objectiveOf(model, choice), unreachable, cut };
}

/** Σ pairing units + leave-out units of a choice: the flow's cost, recomputed from the model. */
export function objectiveOf(model: ProposalModel, choice: readonly number[]): number {
  let total = 0;
  choice.forEach((c) => {
    if (c >= 0) total += model.pairs[c]!.units;
    else if (c === LEFT_OUT) total += model.leaveOutUnits;
  });
  return total;
}
