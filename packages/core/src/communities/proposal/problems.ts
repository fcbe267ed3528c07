// Infeasibility named school by school and by how much (COM-3), never a bare error: missing coordinates,
// schools beyond every lead's reach (and how far beyond), and groups of schools with too few places near them.
import { roadKmBetween } from '../../shared/distance';
import type { AssignmentSolution } from './assign';
import {
  capacityShortMessage,
  noCoordinatesMessage,
  outOfReachMessage,
  unknownLeadMessage,
} from './messages';
import type { ProposalModel } from './model';
import type { ProposalProblem, ProposalSchool } from './types';

const hasCoordinates = (s: ProposalSchool): boolean => s.lat !== null && s.lng !== null;

function outOfReach(model: ProposalModel, school: ProposalSchool): ProposalProblem {
  const maxRoadKm = model.params.maxRoadKm ?? Infinity;
  let nearest: { lead: ProposalSchool; roadKm: number } | null = null;
  for (const { school: lead } of model.leads) {
    const roadKm = roadKmBetween(school, lead, model.params.roadFactor);
    if (roadKm !== null && (nearest === null || roadKm < nearest.roadKm)) nearest = { lead, roadKm };
  }
  const overKm = nearest === null ? null : nearest.roadKm - maxRoadKm;
  return {
    code: 'outOfReach',
    schoolCode: school.schoolCode,
    name: school.name,
    nearestLeadCode: nearest?.lead.schoolCode ?? null,
    nearestRoadKm: nearest?.roadKm ?? null,
    maxRoadKm,
    overKm,
    message: outOfReachMessage(
      school.name,
      maxRoadKm,
      nearest === null ? null : { lead: nearest.lead.name, roadKm: nearest.roadKm, overKm: overKm ?? 0 },
    ),
  };
}

export function proposalProblems(model: ProposalModel, solution: AssignmentSolution): ProposalProblem[] {
  const out: ProposalProblem[] = model.unknownLeads.map((schoolCode) => ({
    code: 'unknownLead' as const,
    schoolCode,
    message: unknownLeadMessage(schoolCode),
  }));
  const schools = [...model.leads.map((l) => l.school), ...model.members.map((m) => m.school)];
  for (const s of schools) {
    if (hasCoordinates(s)) continue;
    out.push({
      code: 'noCoordinates',
      schoolCode: s.schoolCode,
      name: s.name,
      message: noCoordinatesMessage(s.name),
    });
  }
  for (const i of solution.unreachable) {
    const school = model.members[i]!.school;
    if (hasCoordinates(school)) out.push(outOfReach(model, school));
  }
  const cut = solution.cut;
  if (cut !== null) {
    const memberNames = cut.members.map((i) => model.members[i]!.school.name);
    const leadNames = cut.leads.map((l) => model.leads[l]!.school.name);
    out.push({
      code: 'capacityShort',
      schoolCodes: cut.members.map((i) => model.members[i]!.school.schoolCode),
      leadCodes: cut.leads.map((l) => model.leads[l]!.school.schoolCode),
      schools: cut.supply,
      capacity: cut.capacity,
      short: cut.short,
      message: capacityShortMessage(memberNames, leadNames, cut.capacity, cut.short),
    });
  }
  return out;
}
