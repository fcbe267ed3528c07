// Per-school compliance: "at least k of n items met, and every item not met at least f × its minimum"
// (quality-2017: 6 of 7, 85%; a province's basic standard, e.g. 8 of 10, 60%).
import type { SchoolResult } from './evaluation';
import { indicatorValue } from './indicator-values';
import type { Section } from './input';
import type { Standard } from './standards/types';

export function evaluateSchool(section: Section, standard: Standard): SchoolResult {
  const values: Record<string, number> = {};
  for (const ind of standard.indicators) values[ind.key] = indicatorValue(section, ind);
  const meets: Record<string, boolean> = {};
  const rule = standard.schoolRule;
  let metCount = 0;
  let pass: boolean | null = null;
  if (rule !== null) {
    let noneTooLow = true;
    for (const item of rule.items) {
      const value = indicatorValue(section, item);
      values[item.key] = value;
      const minimum = item.minimum[section.stage];
      // Unrounded comparison (standards.md §1 applies to minimums as to thresholds).
      const met = value >= minimum;
      meets[item.key] = met;
      if (met) metCount += 1;
      else if (value < rule.floorShare * minimum) noneTooLow = false;
    }
    pass = metCount >= rule.minMet && noneTooLow;
  }
  return {
    schoolCode: section.schoolCode,
    schoolName: section.schoolName,
    stage: section.stage,
    students: section.students,
    values,
    meets,
    metCount,
    pass,
  };
}
