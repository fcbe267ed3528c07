// The model as a min-cost flow network. One unit of flow is one teacher sent:
//   S → C (county floor) → sender s (school floor, cap) → s_bb (backbone floor) → s_bb|stage (convex) → teacher
//                                                   └──→ s_reg ─────────────────────────────────────→ teacher
//   teacher → slot (section, subject) → group (PE/arts convex | other) → section (ratio convex, capacity) → T
// plus a bypass S → T for the units not sent. At level 'county' the county carries the backbone floor and the
// school layer is skipped. Floors are soft: the first `floor` units of a floor arc earn −quotaPenalty, so a
// missing teacher costs quotaPenalty and the plan still comes back with the shortfall named.
// Every family of nodes above is laminar (nested), which is why these constraints fit a network at all.
import { FlowNetwork, type ArcHandle } from '../flow/network';
import type { RotationModel } from './model-types';

export interface PlanNetwork {
  network: FlowNetwork;
  /** option arcs per candidate, parallel to model.candidates[i].options. */
  optionArcs: number[][];
  /** Added to the network's cost to get the objective with floors and locks as penalties (ObjectiveBreakdown.total). */
  offset: number;
  countyFloorArc: ArcHandle;
  countyBackboneArc: ArcHandle;
  senderFloorArcs: ArcHandle[];
  senderBackboneArcs: ArcHandle[];
}

function tiered(
  net: FlowNetwork,
  from: number,
  to: number,
  floor: number,
  total: number,
  floorCost: number,
  cost = 0,
) {
  const required = floor > 0 ? net.addArc(from, to, floor, floorCost + cost) : [];
  if (total > floor) net.addArc(from, to, total - floor, cost);
  return required;
}

export function buildPlanNetwork(model: RotationModel): PlanNetwork {
  const net = new FlowNetwork();
  const w = model.weights;
  const P = w.quotaPenalty;
  const units = model.level === 'county' ? model.county.cap : model.senders.reduce((n, s) => n + s.cap, 0);
  const S = net.addNode('S', units);
  const T = net.addNode('T', -units);
  net.addArc(S, T, units, 0);
  // Shift the two big layers to non-negative costs; every unit sent crosses each layer once, so S → C pays it back.
  let shiftSend = 0;
  let shiftOption = 0;
  for (const c of model.candidates) {
    shiftSend = Math.max(shiftSend, -c.sendCost);
    for (const o of c.options) shiftOption = Math.max(shiftOption, -o.cost);
  }
  const C = net.addNode('C');
  const countyFloorArc = tiered(net, S, C, model.county.floor, units, -P, -(shiftSend + shiftOption));
  let countyBackboneArc: ArcHandle = [];
  const bbParent: number[] = [];
  const regParent: number[] = [];
  const senderFloorArcs: ArcHandle[] = [];
  const senderBackboneArcs: ArcHandle[] = [];
  if (model.level === 'county') {
    const cbb = net.addNode('C/bb');
    const creg = net.addNode('C/reg');
    countyBackboneArc = tiered(net, C, cbb, model.county.backboneFloor, model.county.backboneEligible, -P);
    net.addArc(C, creg, units, 0);
    for (let i = 0; i < model.senders.length; i++) {
      bbParent.push(cbb);
      regParent.push(creg);
    }
  } else {
    for (const s of model.senders) {
      const node = net.addNode(`s:${s.schoolCode}`);
      senderFloorArcs.push(tiered(net, C, node, s.floor, s.cap, -P));
      const bb = net.addNode(`s:${s.schoolCode}/bb`);
      senderBackboneArcs.push(tiered(net, node, bb, s.backboneFloor, s.backboneEligible, -P));
      const reg = net.addNode(`s:${s.schoolCode}/reg`);
      net.addArc(node, reg, s.cap, 0);
      bbParent.push(bb);
      regParent.push(reg);
    }
  }
  const stageNode = new Map<string, number>();
  model.senders.forEach((s, i) => {
    for (const st of s.stages) {
      const node = net.addNode(`s:${s.schoolCode}/bb/${st.stage}`);
      net.addSegments(bbParent[i] as number, node, st.backboneSegments);
      stageNode.set(`${i}|${st.stage}`, node);
    }
  });
  const sectionNodes = model.sections.map((sec) => {
    const node = net.addNode(`r:${sec.schoolCode}/${sec.stage}`);
    net.addSegments(node, T, sec.ratioSegments);
    const pe = net.addNode(`r:${sec.schoolCode}/${sec.stage}/peArts`);
    net.addSegments(pe, node, sec.peArtsSegments);
    const other = net.addNode(`r:${sec.schoolCode}/${sec.stage}/other`);
    net.addArc(other, node, sec.capacity, 0);
    return { pe, other };
  });
  const slotNodes = model.slots.map((slot) => {
    const node = net.addNode(`slot:${slot.section}/${slot.subject}`);
    const parent = sectionNodes[slot.section] as { pe: number; other: number };
    tiered(
      net,
      node,
      slot.peArts ? parent.pe : parent.other,
      slot.shortage,
      slot.shortage + slot.surplus,
      -slot.reward,
    );
    return node;
  });
  let offset = P * model.county.floor;
  offset += P * (model.level === 'county' ? model.county.backboneFloor : 0);
  for (const s of model.senders) offset += model.level === 'county' ? 0 : P * (s.floor + s.backboneFloor);
  const optionArcs = model.candidates.map((c) => {
    const t = net.addNode(`t:${c.teacher.teacherCode}`);
    const parent = c.backbone ? stageNode.get(`${c.sender}|${c.teacher.stage}`) : regParent[c.sender];
    const lockReward = c.lock === null ? 0 : w.lockPenalty;
    offset += lockReward;
    net.addArc(parent as number, t, 1, c.sendCost + shiftSend - lockReward);
    return c.options.map(
      (o) => net.addArc(t, slotNodes[o.slot] as number, 1, o.cost + shiftOption)[0] as number,
    );
  });
  return {
    network: net,
    optionArcs,
    offset,
    countyFloorArc,
    countyBackboneArc,
    senderFloorArcs,
    senderBackboneArcs,
  };
}
