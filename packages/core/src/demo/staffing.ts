// How many full-time teachers each school section needs, and who is employed where. The ratios are the unified
// urban–rural staffing standard (中央编办发〔2014〕72号: primary 1:19, junior 1:13.5), with a floor per class
// because a six-class village school still needs a teacher in front of every class.
import { STAGES, type SchoolYearStats, type Stage } from '../org/types';

export { STAGES };
import type { Random } from '../shared/random';
import type { SchoolPlan } from './plan';
import { ageAt, drawMember, type Member } from './roster';
import { uniform, weightedPick } from './sampling';

const STUDENTS_PER_TEACHER: Record<Stage, number> = { primary: 19, junior: 13.5 };
const TEACHERS_PER_CLASS: Record<Stage, number> = { primary: 1.3, junior: 2.6 };

export function studentsOf(stats: SchoolYearStats, stage: Stage): number {
  return stage === 'primary' ? stats.primaryStudents : stats.juniorStudents;
}

function classesOf(stats: SchoolYearStats, stage: Stage): number {
  return stage === 'primary' ? stats.primaryClasses : stats.juniorClasses;
}

/** Full-time teachers a section needs; `factor` (≈0.95–1.08) is the school's own over- or under-staffing. */
export function teacherDemand(
  plan: SchoolPlan,
  stats: SchoolYearStats,
  stage: Stage,
  factor: number,
): number {
  const students = studentsOf(stats, stage);
  if (students === 0) return 0;
  const classes = classesOf(stats, stage);
  switch (plan.school.schoolType) {
    case 'specialEducation':
      return Math.max(2, Math.ceil(students / 3.5));
    case 'teachingPoint':
      // 复式教学: the smallest points combine two grades under one teacher.
      return Math.max(1, classes - (classes > 2 && students < 25 ? 1 : 0));
    case 'primary':
    case 'junior':
    case 'nineYear':
    case 'completeSecondary':
    case 'twelveYear':
      return Math.max(
        1,
        Math.round(
          Math.max(students / STUDENTS_PER_TEACHER[stage], classes * TEACHERS_PER_CLASS[stage]) * factor,
        ),
      );
  }
}

/** Schools whose staff the county moves about: public, county-run, not teaching points. */
export function countyManaged(plan: SchoolPlan): boolean {
  return plan.school.ownership === 'public' && plan.school.runBy === 'county';
}

/** 人事关系所在单位 for someone joining `plan` now: private and city schools employ their own staff; under
 *  县管校聘 many new county posts are held by the bureau (null). */
export function employerFor(rng: Random, plan: SchoolPlan, countyHeldShare: number): string | null {
  if (!countyManaged(plan)) return plan.school.schoolCode;
  if (plan.school.schoolType === 'teachingPoint') {
    return rng.chance(0.8) ? plan.school.parentSchoolCode : null;
  }
  return rng.chance(countyHeldShare) ? null : plan.school.schoolCode;
}

/** A new graduate hired this September. */
export function hire(
  rng: Random,
  code: string,
  school: number,
  plan: SchoolPlan,
  stage: Stage,
  at: number,
): Member {
  const m = drawMember(rng, { code, school, stage, area: plan.area, at, age: rng.int(22, 27) });
  m.education = weightedPick(rng, [
    ['postgraduate', plan.area === 'urban' ? 0.1 : 0.03],
    ['bachelor', 0.82],
    ['associate', stage === 'primary' ? 0.12 : 0.03],
  ] as const);
  m.title = ageAt(m, at) < 24 ? 'none' : rng.chance(0.5) ? 'third' : 'none';
  m.backbone = null;
  m.employer = employerFor(rng, plan, 0.4);
  return m;
}

/** Years at the present school for a first-year roster: village teachers stay longer. */
export function initialSince(rng: Random, m: Member, at: number, plan: SchoolPlan): number {
  const maxYears = ageAt(m, at) - 22;
  if (maxYears <= 0) return at;
  const mean = plan.area === 'rural' ? 10 : 7;
  const years = Math.min(maxYears, Math.floor(-Math.log(1 - rng.next()) * mean));
  if (years === 0) return at;
  // Most arrive in September; some at the spring term.
  return rng.chance(0.85) ? at - years * 12 : at - years * 12 + 6;
}

export function staffingFactor(rng: Random, plan: SchoolPlan): number {
  return plan.area === 'rural' ? uniform(rng, 0.98, 1.1) : uniform(rng, 0.94, 1.05);
}
