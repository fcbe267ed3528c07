// Proposal input from a county's school list and statistics: who is in the population, how many students,
// and the cover need each school has under the community rules (COM-2).
import { urbanRuralOf, type CountyData, type School, type SchoolYear } from '../../org/types';
import { DEFAULT_COMMUNITY_RULES, type CommunityRules } from '../rules';
import type { ProposalSchool } from './types';

function inPopulation(s: School, rules: CommunityRules): boolean {
  return rules.coverageOwnerships.includes(s.ownership) && rules.coverageSchoolTypes.includes(s.schoolType);
}

/**
 * Public schools of the covered types. With `teachingPointCoveredByParent` a teaching point (教学点) is not
 * placed itself: its central school stands for it and must be covered whenever the teaching point would be
 * (the rule counts the point covered when its central school is).
 */
export function proposalSchoolsOf(
  county: Pick<CountyData, 'schools' | 'stats'>,
  schoolYear: SchoolYear,
  rules: CommunityRules = DEFAULT_COMMUNITY_RULES,
): ProposalSchool[] {
  const students = new Map<string, number>();
  for (const st of county.stats) {
    if (st.schoolYear !== schoolYear) continue;
    students.set(st.schoolCode, st.primaryStudents + st.juniorStudents + st.seniorStudents);
  }
  const population = county.schools.filter((s) => inPopulation(s, rules));
  const mustParents = new Set<string>();
  if (rules.teachingPointCoveredByParent) {
    for (const s of population) {
      if (s.schoolType !== 'teachingPoint' || s.parentSchoolCode === null) continue;
      if (rules.coverageUrbanRural.includes(urbanRuralOf(s.urbanRuralCode)))
        mustParents.add(s.parentSchoolCode);
    }
  }
  return population.map((s) => {
    const base: ProposalSchool = {
      schoolCode: s.schoolCode,
      name: s.name,
      urbanRural: urbanRuralOf(s.urbanRuralCode),
      weak: s.weak,
      students: students.get(s.schoolCode) ?? 0,
      lng: s.lng,
      lat: s.lat,
    };
    if (
      s.schoolType === 'teachingPoint' &&
      rules.teachingPointCoveredByParent &&
      s.parentSchoolCode !== null
    ) {
      return { ...base, cover: 'none' };
    }
    return mustParents.has(s.schoolCode) ? { ...base, cover: 'must' } : base;
  });
}
