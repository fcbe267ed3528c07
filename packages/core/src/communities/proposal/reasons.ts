// Why each member went to its lead (COM-3: the bureau edits the proposal, so each pairing says why it is there).
import { reasonMessage } from './messages';
import { COST_UNITS, type ProposalModel } from './model';
import type { AssignmentReason, ProposedMember } from './types';

export function proposedMember(model: ProposalModel, memberIndex: number, pairIndex: number): ProposedMember {
  const m = model.members[memberIndex]!;
  const pair = model.pairs[pairIndex]!;
  const lead = model.leads[pair.lead]!.school;
  // The member's cheapest pair comes first (model.ts: cheapestFirst): its best lead on its own.
  const cheapest = model.pairs[m.pairs[0]!]!;
  let nearestKm = Infinity;
  for (const k of m.pairs) nearestKm = Math.min(nearestKm, model.pairs[k]!.roadKm);
  let reason: AssignmentReason;
  if (m.pairs.length === 1) reason = 'onlyLeadInReach';
  else if (pair.units > cheapest.units) reason = 'cheaperLeadFull';
  else reason = pair.roadKm <= nearestKm ? 'nearest' : 'strongerLead';
  const extraCost = (pair.units - cheapest.units) / COST_UNITS;
  const cheapestLead = reason === 'cheaperLeadFull' ? model.leads[cheapest.lead]!.school : null;
  return {
    schoolCode: m.school.schoolCode,
    name: m.school.name,
    need: m.need,
    roadKm: pair.roadKm,
    cost: pair.units / COST_UNITS,
    distanceCost: pair.distanceUnits / COST_UNITS,
    strengthCost: pair.strengthUnits / COST_UNITS,
    reason,
    extraCost,
    cheapestLeadCode: cheapestLead?.schoolCode ?? null,
    message: reasonMessage(reason, {
      lead: lead.name,
      roadKm: pair.roadKm,
      ...(cheapestLead === null ? {} : { cheapestLead: cheapestLead.name, extraCost }),
    }),
  };
}
