// The assignment model of one proposal: who must or may join, which leads with how many places, and the cost
// of every member–lead pairing within reach. The flow network, the HiGHS check and the lower bound all read
// this one model, so they agree on the costs by construction.
import { roadKmBetween } from '../../shared/distance';
import { coverNeedOf, strengthOf } from './strength';
import type { ProposalParams, ProposalSchool } from './types';

/**
 * Cost units per point. The flow solver is exact on integers, so every cost is rounded to 1/1000 point — to
 * the metre at 1 point per km — before it is solved; objectives are compared in these units.
 */
export const COST_UNITS = 1000;

export interface ModelMember {
  school: ProposalSchool;
  need: 'must' | 'may';
  /** Indices into `pairs`, the cheapest first (see cheapestFirst). */
  pairs: number[];
}

export interface ModelLead {
  school: ProposalSchool;
  /** Members it can take: maxSchools − 1 (the lead is one of the group's schools). */
  capacity: number;
}

export interface ModelPair {
  member: number;
  lead: number;
  roadKm: number;
  distanceUnits: number;
  strengthUnits: number;
  /** distanceUnits + strengthUnits: what the solver minimises. */
  units: number;
}

export interface ProposalModel {
  params: ProposalParams;
  members: ModelMember[];
  leads: ModelLead[];
  pairs: ModelPair[];
  leaveOutUnits: number;
  /** Lead codes given that are not among the schools. */
  unknownLeads: string[];
}

/**
 * Pairing cost, in points: perKm × road km + strengthGap × need × lack, where need = 1 − member strength and
 * lack = 1 − lead strength. The product is 0 when either side is fully strong and largest for a weak member
 * with a weak lead, and it is supermodular (a weaker member loses more from a weaker lead), so with places
 * short the cheapest arrangement sends the weakest members to the strongest leads: 以强带弱 (seed 003).
 */
export function pairUnits(
  member: ProposalSchool,
  lead: ProposalSchool,
  roadKm: number,
  params: ProposalParams,
): Pick<ModelPair, 'distanceUnits' | 'strengthUnits' | 'units'> {
  return unitsOf(1 - strengthOf(member), 1 - strengthOf(lead), roadKm, params);
}

function unitsOf(
  need: number,
  lack: number,
  roadKm: number,
  params: ProposalParams,
): Pick<ModelPair, 'distanceUnits' | 'strengthUnits' | 'units'> {
  const distanceUnits = Math.round(COST_UNITS * params.weights.perKm * roadKm);
  const strengthUnits = Math.round(COST_UNITS * params.weights.strengthGap * need * lack);
  return { distanceUnits, strengthUnits, units: distanceUnits + strengthUnits };
}

/** The member's pairs with the cheapest first (ties: nearer, then earlier lead); the rest keep lead order. */
export function cheapestFirst(pairs: ModelPair[]): ModelPair[] {
  let best = 0;
  for (let k = 1; k < pairs.length; k++) {
    const a = pairs[k]!;
    const b = pairs[best]!;
    if (a.units < b.units || (a.units === b.units && a.roadKm < b.roadKm)) best = k;
  }
  if (best > 0) {
    const [top] = pairs.splice(best, 1);
    pairs.unshift(top!);
  }
  return pairs;
}

/** Pairings of one member with every lead within reach, cheapest first. */
export function pairsOf(
  member: ProposalSchool,
  memberIndex: number,
  leads: readonly ProposalSchool[],
  leadLack: readonly number[],
  params: ProposalParams,
  skip = -1,
): ModelPair[] {
  const need = 1 - strengthOf(member);
  const out: ModelPair[] = [];
  for (let l = 0; l < leads.length; l++) {
    if (l === skip) continue;
    const roadKm = roadKmBetween(member, leads[l]!, params.roadFactor);
    if (!withinReach(roadKm, params)) continue;
    const u = unitsOf(need, leadLack[l]!, roadKm, params);
    out.push({
      member: memberIndex,
      lead: l,
      roadKm,
      distanceUnits: u.distanceUnits,
      strengthUnits: u.strengthUnits,
      units: u.units,
    });
  }
  return cheapestFirst(out);
}

export function withinReach(roadKm: number | null, params: ProposalParams): roadKm is number {
  return roadKm !== null && (params.maxRoadKm === null || roadKm <= params.maxRoadKm);
}

export function buildProposalModel(
  schools: readonly ProposalSchool[],
  leadCodes: readonly string[],
  params: ProposalParams,
): ProposalModel {
  const byCode = new Map(schools.map((s) => [s.schoolCode, s]));
  const leadSet = new Set(leadCodes);
  const unknownLeads = [...leadSet].filter((c) => !byCode.has(c));
  const capacity = Math.max(0, params.maxSchools - 1);
  const leads: ModelLead[] = [...leadSet].flatMap((c) => {
    const school = byCode.get(c);
    return school === undefined ? [] : [{ school, capacity }];
  });
  const members: ModelMember[] = [];
  const pairs: ModelPair[] = [];
  const leadSchools = leads.map((l) => l.school);
  const leadLack = leadSchools.map((l) => 1 - strengthOf(l));
  for (const school of schools) {
    if (leadSet.has(school.schoolCode)) continue;
    const need = coverNeedOf(school, params);
    if (need === 'none') continue;
    const own = pairsOf(school, members.length, leadSchools, leadLack, params);
    members.push({ school, need, pairs: own.map((_, k) => pairs.length + k) });
    pairs.push(...own);
  }
  const leaveOutUnits = Math.round(COST_UNITS * params.weights.leaveOut);
  return { params, members, leads, pairs, leaveOutUnits, unknownLeads };
}
