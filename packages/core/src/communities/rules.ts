// Community rules as data (COM-2). Every number and choice is a parameter; the defaults name their seed.
import type { Ownership, SchoolType, UrbanRural } from '../org/types';
import { COMMUNITY_KINDS, type CommunityKind } from './types';

export type RuleSeverity = 'error' | 'warning';

export interface CommunityRules {
  /** Most schools per community of a kind, the lead included. Seed 003: each group covers ≤ 4 schools. */
  maxSchools: Partial<Record<CommunityKind, number>>;
  /** Fewest schools, the lead included (choice: 2 — a lead alone is no "1+N"). */
  minSchools: number;
  /** Each school the coverage rule asks for must be in a community of one of these kinds (seeds 002, 003). */
  coverageKinds: CommunityKind[];
  /** Which schools the coverage rule asks for: seed 002 all rural central schools, seed 003 all rural schools. */
  coverageUrbanRural: UrbanRural[];
  coverageSchoolTypes: SchoolType[];
  coverageOwnerships: Ownership[];
  /** A teaching point (教学点) counts as covered when its central school is (choice). */
  teachingPointCoveredByParent: boolean;
  /** Kinds in which a school may be in at most one community at a time (COM-2). */
  exclusiveKinds: CommunityKind[];
  /** The lead school must be listed as a current member. */
  leadMustBeMember: boolean;
  /** A weak school (薄弱学校) leading a community: the lead is there to lift others. */
  weakLead: RuleSeverity | 'allowed';
  /** Allowed urban/rural class of the lead per kind. Seed 002: "一所城镇学校牵头" for urban–rural communities. */
  leadUrbanRural: Partial<Record<CommunityKind, UrbanRural[]>>;
}

export const DEFAULT_COMMUNITY_RULES: CommunityRules = {
  maxSchools: { education_group: 4 },
  minSchools: 2,
  coverageKinds: ['education_group', 'urban_rural_community'],
  coverageUrbanRural: ['rural'],
  coverageSchoolTypes: ['primary', 'junior', 'nineYear', 'completeSecondary', 'twelveYear', 'teachingPoint'],
  coverageOwnerships: ['public'],
  teachingPointCoveredByParent: true,
  exclusiveKinds: [...COMMUNITY_KINDS],
  leadMustBeMember: true,
  weakLead: 'warning',
  leadUrbanRural: { urban_rural_community: ['urban', 'town'] },
};

/** The defaults with some fields replaced (maps are replaced whole, not merged). */
export function communityRules(overrides: Partial<CommunityRules> = {}): CommunityRules {
  return { ...DEFAULT_COMMUNITY_RULES, ...overrides };
}
