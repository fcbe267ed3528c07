// Which schools may lead when the planner chooses the leads: the community rules (COM-2) say so, as data.
import { DEFAULT_COMMUNITY_RULES, type CommunityRules } from '../rules';
import type { CommunityKind } from '../types';
import type { UrbanRural } from '../../org/types';
import type { ProposalSchool } from './types';

/**
 * (choice) Where the rules set no class for the kind, city and town schools lead: seed 002 asks for 一所城镇学校
 * 牵头, and seed 003's group cores (核心校) are county-seat schools.
 */
export const DEFAULT_LEAD_CLASSES: UrbanRural[] = ['urban', 'town'];

export function leadCandidates(
  schools: readonly ProposalSchool[],
  kind: CommunityKind,
  rules: CommunityRules = DEFAULT_COMMUNITY_RULES,
): string[] {
  const classes = rules.leadUrbanRural[kind] ?? DEFAULT_LEAD_CLASSES;
  // A weak school leading is a rule breach unless the rules allow it: the lead is there to lift the others.
  const weakOk = rules.weakLead === 'allowed';
  return schools
    .filter((s) => classes.includes(s.urbanRural) && (weakOk || !s.weak))
    .map((s) => s.schoolCode);
}
