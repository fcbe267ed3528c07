// Leads to choose: every candidate lead and every school to cover, with all pairings within reach computed
// once. A chosen set of leads is then a cheap view of this universe (no distances recomputed per trial).
import { buildProposalModel, pairsOf, type ModelPair, type ProposalModel } from './model';
import { coverNeedOf, strengthOf } from './strength';
import type { ProposalParams, ProposalSchool } from './types';

export interface UniverseMember {
  school: ProposalSchool;
  need: 'must' | 'may';
  /** Index in `candidates` when this school may lead, else −1. */
  candidate: number;
  /** Pairings with candidates (`lead` = candidate index), the cheapest first. */
  pairs: ModelPair[];
}

export interface LeadUniverse {
  params: ProposalParams;
  candidates: ProposalSchool[];
  members: UniverseMember[];
  /** Member index of each candidate, or −1 when the candidate has nothing to be covered for. */
  memberOf: number[];
  capacity: number;
  leaveOutUnits: number;
  /** A model of the schools and candidates, for its unknown-lead list and its constants. */
  base: ProposalModel;
}

export function buildLeadUniverse(
  schools: readonly ProposalSchool[],
  candidateCodes: readonly string[],
  params: ProposalParams,
): LeadUniverse {
  const base = buildProposalModel(schools, [], params);
  const byCode = new Map(schools.map((s) => [s.schoolCode, s]));
  const candidates = [...new Set(candidateCodes)].flatMap((c) => {
    const s = byCode.get(c);
    return s === undefined ? [] : [s];
  });
  const candidateIndex = new Map(candidates.map((s, j) => [s.schoolCode, j]));
  const candidateLack = candidates.map((s) => 1 - strengthOf(s));
  const memberOf = candidates.map(() => -1);
  const members: UniverseMember[] = [];
  for (const school of schools) {
    const need = coverNeedOf(school, params);
    if (need === 'none') continue;
    const candidate = candidateIndex.get(school.schoolCode) ?? -1;
    const pairs = pairsOf(school, members.length, candidates, candidateLack, params, candidate);
    if (candidate >= 0) memberOf[candidate] = members.length;
    members.push({ school, need, candidate, pairs });
  }
  const unknownLeads = [...new Set(candidateCodes)].filter((c) => !byCode.has(c));
  return {
    params,
    candidates,
    members,
    memberOf,
    capacity: Math.max(0, params.maxSchools - 1),
    leaveOutUnits: base.leaveOutUnits,
    base: { ...base, unknownLeads },
  };
}

/** The assignment model with `chosen` (candidate indices) as leads: chosen schools drop out of the members. */
export function modelForLeads(u: LeadUniverse, chosen: readonly number[]): ProposalModel {
  const leadOf = new Int32Array(u.candidates.length).fill(-1);
  chosen.forEach((j, l) => (leadOf[j] = l));
  const model: ProposalModel = {
    params: u.params,
    members: [],
    leads: chosen.map((j) => ({ school: u.candidates[j]!, capacity: u.capacity })),
    pairs: [],
    leaveOutUnits: u.leaveOutUnits,
    unknownLeads: u.base.unknownLeads,
  };
  for (const m of u.members) {
    if (m.candidate >= 0 && leadOf[m.candidate]! >= 0) continue;
    const i = model.members.length;
    const pairs: number[] = [];
    for (const p of m.pairs) {
      const l = leadOf[p.lead]!;
      if (l < 0) continue;
      pairs.push(model.pairs.length);
      model.pairs.push({ ...p, member: i, lead: l });
    }
    model.members.push({ school: m.school, need: m.need, pairs });
  }
  return model;
}
