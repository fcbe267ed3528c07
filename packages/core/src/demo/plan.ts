// The demo generator's plan for one school: the School row plus the hidden parameters that drive its yearly
// statistics, roster and classes. Kept apart so stats, teachers and classes read one shape.
import type { School, UrbanRural } from '../org/types';

export interface Enrollment {
  primary: number;
  junior: number;
  senior: number;
}

/** Which quality-2017 minimums (standards.md §5) this school is built to miss. */
export interface Shortfall {
  sports: boolean;
  teachingAux: boolean;
  equipment: boolean;
  multimedia: boolean;
}

export interface SchoolPlan {
  school: School;
  area: UrbanRural;
  /** Students in the first school year generated. */
  base: Enrollment;
  /** Yearly change in students: +0.03…+0.08 in town and city, −0.05…−0.12 in villages. */
  growth: number;
  /** Target average class size per stage. */
  classSize: { primary: number; junior: number };
  /** Grades the primary section teaches: 6, or 3–4 at a teaching point. */
  primaryGrades: number;
  shortfall: Shortfall;
  /** Classes of 66+ (超大班额, standards.md §6) to build into the latest year's class list. */
  superOversizedClasses: number;
  /** A township central school (中心校): the parent of that township's teaching points. */
  central: boolean;
}

export const NO_SHORTFALL: Shortfall = {
  sports: false,
  teachingAux: false,
  equipment: false,
  multimedia: false,
};

/** Stages the compulsory-education roster covers for a school (senior sections have no Teacher rows). */
export function hasPrimary(plan: SchoolPlan): boolean {
  return plan.base.primary > 0;
}

export function hasJunior(plan: SchoolPlan): boolean {
  return plan.base.junior > 0;
}
