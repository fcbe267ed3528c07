// From a solved assignment to the proposal the bureau sees: communities with their members and reasons,
// totals, the objective and the problems.
import { LEFT_OUT, type AssignmentSolution } from './assign';
import { COST_UNITS, type ProposalModel } from './model';
import { proposalProblems } from './problems';
import { proposedMember } from './reasons';
import type { Proposal, ProposedCommunity, ProposalTotals } from './types';

export function proposalFromSolution(model: ProposalModel, solution: AssignmentSolution): Proposal {
  const communities: ProposedCommunity[] = model.leads.map((lead) => ({
    leadSchoolCode: lead.school.schoolCode,
    leadName: lead.school.name,
    members: [],
    students: lead.school.students,
    cost: 0,
  }));
  const totals: ProposalTotals = {
    communities: 0,
    members: 0,
    mustCovered: 0,
    mustUncovered: 0,
    mayCovered: 0,
    mayLeftOut: 0,
    roadKm: 0,
    distanceCost: 0,
    strengthCost: 0,
    leaveOutCost: 0,
  };
  const leftOut: string[] = [];
  const uncovered: string[] = [];
  let leaveOutUnits = 0;
  solution.choice.forEach((k, i) => {
    const m = model.members[i]!;
    if (k >= 0) {
      const member = proposedMember(model, i, k);
      const c = communities[model.pairs[k]!.lead]!;
      c.members.push(member);
      c.students += m.school.students;
      c.cost += member.cost;
      totals.members++;
      if (m.need === 'must') totals.mustCovered++;
      else totals.mayCovered++;
      totals.roadKm += member.roadKm;
      totals.distanceCost += member.distanceCost;
      totals.strengthCost += member.strengthCost;
    } else if (k === LEFT_OUT) {
      leftOut.push(m.school.schoolCode);
      totals.mayLeftOut++;
      leaveOutUnits += model.leaveOutUnits;
    } else {
      uncovered.push(m.school.schoolCode);
      totals.mustUncovered++;
    }
  });
  totals.leaveOutCost = leaveOutUnits / COST_UNITS;
  const formed = communities.filter((c) => c.members.length > 0);
  totals.communities = formed.length;
  return {
    status: uncovered.length > 0 ? 'infeasible' : 'proposed',
    kind: model.params.kind,
    communities: formed,
    leftOut,
    uncovered,
    idleLeads: communities.filter((c) => c.members.length === 0).map((c) => c.leadSchoolCode),
    problems: proposalProblems(model, solution),
    totals,
    objective: solution.objectiveUnits / COST_UNITS,
    objectiveUnits: solution.objectiveUnits,
  };
}
