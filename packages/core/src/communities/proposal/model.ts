// The assignment model of one proposal: who must or may join, which leads with how many places, and the cost
// of every member–lead pairing within reach. The flow network, the HiGHS check and the lower bound all read
// this one model, so they agree on the costs by construction.
import { roadKmBetween } from './distance';
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
  /** Indices into `pairs`, cheapest first. */
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
  const distanceUnits = Math.round(COST_UNITS * params.weights.perKm * roadKm);
  const need = 1 - strengthOf(member);
  const lack = 1 - strengthOf(lead);
  const strengthUnits = Math.round(COST_UNITS * params.weights.strengthGap * need * lack);
  return { distanceUnits, strengthUnits, units: distanceUnits + strengthUnits };
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
  for (const school of schools) {
    if (leadSet.has(school.schoolCode)) continue;
    const need = coverNeedOf(school, params);
    if (need === 'none') continue;
    const m = members.length;
    const own: ModelPair[] = [];
    leads.forEach((lead, l) => {
      const roadKm = roadKmBetween(school, lead.school, params.roadFactor);
      if (!withinReach(roadKm, params)) return;
      own.push({ member: m, lead: l, roadKm, ...pairUnits(school, lead.school, roadKm, params) });
    });
    // Cheapest first, ties by distance then lead order, so reasons and greedy steps are deterministic.
    own.sort((a, b) => a.units - b.units || a.roadKm - b.roadKm || a.lead - b.lead);
    members.push({ school, need, pairs: own.map((_, k) => pairs.length + k) });
    pairs.push(...own);
  }
  const leaveOutUnits = Math.round(COST_UNITS * params.weights.leaveOut);
  return { params, members, leads, pairs, leaveOutUnits, unknownLeads };
}
