// Splitting a multi-stage school's facilities between its sections (standards.md §3, 教督〔2012〕3号 申报表填报说明).
// Junior and senior students weigh more than primary ones because their schooling uses more space and equipment.
import type { SchoolType, Stage } from '../org/types';
import type { FacilityResources } from './input';
import { FACILITY_KEYS } from './input';
import type { SplitWeights } from './standards/types';

export interface StudentsByStage {
  primary: number;
  junior: number;
  senior: number;
}

/** Each compulsory stage's share of the school's facilities; 0 for a stage the school does not have. */
export function facilityShares(
  type: SchoolType,
  students: StudentsByStage,
  weights: SplitWeights,
): Record<Stage, number> {
  const { primary: a, junior: b, senior: c } = students;
  const shares = (p: number, j: number, total: number): Record<Stage, number> =>
    total > 0 ? { primary: p / total, junior: j / total } : { primary: 0, junior: 0 };
  switch (type) {
    case 'primary':
    case 'teachingPoint':
      return { primary: 1, junior: 0 };
    case 'junior':
      return { primary: 0, junior: 1 };
    case 'nineYear': {
      const w = weights.nineYear;
      return shares(w.primary * a, w.junior * b, w.primary * a + w.junior * b);
    }
    case 'completeSecondary': {
      const w = weights.completeSecondary;
      return shares(0, w.junior * b, w.junior * b + w.senior * c);
    }
    case 'twelveYear': {
      const w = weights.twelveYear;
      return shares(w.primary * a, w.junior * b, w.primary * a + w.junior * b + w.senior * c);
    }
    case 'specialEducation':
      return { primary: 0, junior: 0 };
  }
}

/** The facilities of one section: every resource times the section's share (unrounded). */
export function splitFacilities(total: FacilityResources, share: number): FacilityResources {
  const out = {} as FacilityResources;
  for (const k of FACILITY_KEYS) out[k] = total[k] * share;
  return out;
}
