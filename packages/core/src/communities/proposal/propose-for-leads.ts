// COM-3 with the leads given by the bureau: the exact min-cost proposal.
import { solveAssignment } from './assign';
import { buildProposalModel } from './model';
import { DEFAULT_PROPOSAL_PARAMS } from './params';
import { proposalFromSolution } from './result';
import type { Proposal, ProposalParams, ProposalSchool } from './types';

export function proposeForLeads(
  schools: readonly ProposalSchool[],
  leadCodes: readonly string[],
  params: ProposalParams = DEFAULT_PROPOSAL_PARAMS,
): Proposal {
  const model = buildProposalModel(schools, leadCodes, params);
  return proposalFromSolution(model, solveAssignment(model));
}
