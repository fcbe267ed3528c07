// A school's strength in [0, 1] and its cover need. A bureau's own score wins; without one the planner falls
// back on what every school list has — the urban–rural class and the 薄弱学校 flag.
import type { UrbanRural } from '../../org/types';
import type { CoverNeed, ProposalParams, ProposalSchool } from './types';

/** (choice) City schools are usually the strong ones the seeds ask to lead (seed 002: 城镇学校牵头). */
export const CLASS_STRENGTH: Record<UrbanRural, number> = { urban: 1, town: 0.7, rural: 0.5 };

/** A weak school (薄弱学校) is the weakest whatever its class: the seeds name it as the one to lift. */
export function strengthOf(school: ProposalSchool): number {
  if (school.strength !== undefined) return Math.min(1, Math.max(0, school.strength));
  return school.weak ? 0 : CLASS_STRENGTH[school.urbanRural];
}

export function coverNeedOf(school: ProposalSchool, params: ProposalParams): CoverNeed {
  if (school.cover !== undefined) return school.cover;
  if (params.mustCover.includes(school.urbanRural)) return 'must';
  if (params.mayCover.includes(school.urbanRural)) return 'may';
  return 'none';
}
