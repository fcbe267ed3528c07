// Per-school compliance: "at least k of n items met, and every item not met at least f × its minimum"
// (quality-2017: 6 of 7, 85%; a province's basic standard, e.g. 8 of 10, 60%).
import type { SchoolResult } from './evaluation';
import type { Section } from './input';
import type { Standard } from './standards/types';
import { stageTable, valueAt, valuePlan, type StageTable, type ValuePlan } from './value-table';

/** The verdict of the table's j-th section. */
export function schoolResultAt(
  table: StageTable,
  j: number,
  plan: ValuePlan,
  standard: Standard,
): SchoolResult {
  const section = table.sections[j] as Section;
  const values: Record<string, number> = {};
  plan.valueKeys.forEach((key, q) => {
    values[key] = valueAt(table, plan.valueColumns[q] as number, j);
  });
  const meets: Record<string, boolean> = {};
  const rule = standard.schoolRule;
  let metCount = 0;
  let pass: boolean | null = null;
  if (rule !== null) {
    let noneTooLow = true;
    rule.items.forEach((item, i) => {
      const value = valueAt(table, plan.itemColumns[i] as number, j);
      const minimum = item.minimum[section.stage];
      // Unrounded comparison (standards.md §1 applies to minimums as to thresholds).
      const met = value >= minimum;
      meets[item.key] = met;
      if (met) metCount += 1;
      else if (value < rule.floorShare * minimum) noneTooLow = false;
    });
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

export function evaluateSchool(section: Section, standard: Standard): SchoolResult {
  const plan = valuePlan(standard);
  return schoolResultAt(stageTable([section], section.stage, plan), 0, plan, standard);
}
