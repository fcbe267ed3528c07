// Default parameters of the proposal planner. The seeds settle the group size and who must be covered; the
// distance limit, road factor and weights are choices, marked so, for the bureau to change.
import type { ProposalParams } from './types';

export const DEFAULT_PROPOSAL_PARAMS: ProposalParams = {
  kind: 'education_group',
  // Seed 003 三: 每个集团覆盖的学校数量不超过4所 — one lead and up to three members.
  maxSchools: 4,
  // (choice) about 1½ hours on county roads: the demo's townships sit 8–40 km out, villages a few km further.
  maxRoadKm: 80,
  // (choice) as the national rotation preset: hill roads wind ~1.4× the straight line.
  roadFactor: 1.4,
  weights: {
    perKm: 1,
    // (choice) a weakest member with a weakest lead costs as much as 30 road km more than with a strongest lead.
    strengthGap: 30,
    // (choice) a town school joins a group when it costs less than 60 road km (worth it for most of them).
    leaveOut: 60,
  },
  // Seeds 002 二 / 003 二: every rural school in a community; town schools may join (seed 003: 县城和农村学校).
  mustCover: ['rural'],
  mayCover: ['town'],
};

/** The defaults with some fields replaced (`weights` is merged key by key). */
export function proposalParams(
  overrides: Partial<Omit<ProposalParams, 'weights'>> & { weights?: Partial<ProposalParams['weights']> } = {},
): ProposalParams {
  return {
    ...DEFAULT_PROPOSAL_PARAMS,
    ...overrides,
    weights: { ...DEFAULT_PROPOSAL_PARAMS.weights, ...overrides.weights },
  };
}
