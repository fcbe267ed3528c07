// Which schools and sections are in the evaluation population (standards.md §2), each exclusion with its reason.
import type { School, SchoolType, SchoolYearStats, Stage } from '../org/types';
import type { ExclusionReason } from './input';
import type { PopulationRule } from './standards/types';

/** The compulsory stages a school type has sections for (a complete secondary school's senior part is not). */
export function stagesOf(type: SchoolType): Stage[] {
  switch (type) {
    case 'primary':
    case 'teachingPoint':
      return ['primary'];
    case 'junior':
    case 'completeSecondary':
      return ['junior'];
    case 'nineYear':
    case 'twelveYear':
      return ['primary', 'junior'];
    case 'specialEducation':
      return [];
  }
}

export const studentsIn = (stats: SchoolYearStats, stage: Stage): number =>
  stage === 'primary' ? stats.primaryStudents : stats.juniorStudents;

export type SchoolDecision =
  | {
      in: true;
      stages: { stage: Stage; in: true }[];
      outStages: { stage: Stage; reason: 'noStudentsInStage' }[];
    }
  | { in: false; reason: ExclusionReason };

/**
 * The decision for one school: out with the first reason that applies (ownership, then who runs it, then its
 * type), else in with the sections that have students. `stats` is the school's row of the year, if any.
 */
export function decideSchool(
  school: School,
  stats: SchoolYearStats | undefined,
  rule: PopulationRule,
): SchoolDecision {
  if (rule.excludePrivate && school.ownership === 'private') return { in: false, reason: 'private' };
  if (rule.excludeNotCountyRun && school.runBy !== 'county') return { in: false, reason: 'runByNotCounty' };
  if (rule.excludedSchoolTypes.includes(school.schoolType)) {
    return {
      in: false,
      reason: school.schoolType === 'specialEducation' ? 'specialEducation' : 'excludedSchoolType',
    };
  }
  if (school.schoolType === 'specialEducation') return { in: false, reason: 'specialEducation' };
  if (stats === undefined) return { in: false, reason: 'noStats' };
  if (school.schoolType === 'teachingPoint') {
    const tp = rule.teachingPoints;
    if (tp.kind === 'excludeAll') return { in: false, reason: 'teachingPoint' };
    const students = stats.primaryStudents + stats.juniorStudents;
    if (students < tp.minStudents) return { in: false, reason: 'teachingPointUnderCutoff' };
  }
  const stages = stagesOf(school.schoolType);
  const withStudents = stages.filter((s) => studentsIn(stats, s) > 0);
  if (withStudents.length === 0) return { in: false, reason: 'noStudentsInStage' };
  return {
    in: true,
    stages: withStudents.map((stage) => ({ stage, in: true as const })),
    outStages: stages
      .filter((s) => studentsIn(stats, s) <= 0)
      .map((stage) => ({ stage, reason: 'noStudentsInStage' as const })),
  };
}
