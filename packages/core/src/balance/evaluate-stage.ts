// One stage of one county: the weighted CV of each indicator over the stage's sections, and the stage verdict.
import type { Stage } from '../org/types';
import { weightedCv } from './cv';
import type { IndicatorResult, StageResult } from './evaluation';
import type { Section } from './input';
import type { IndicatorDefinition, Standard } from './standards/types';
import { columnOf, stageTable, valuePlan, type StageTable, type ValuePlan } from './value-table';

/** The weighted CV of one indicator from the sections' students and values (standards.md §1). */
export function indicatorResult(
  indicator: IndicatorDefinition,
  threshold: number,
  weights: ArrayLike<number>,
  values: ArrayLike<number>,
): IndicatorResult {
  const r = weightedCv(weights, values);
  const { key, name } = indicator;
  if (!r.defined) {
    return {
      key,
      name,
      mean: r.mean,
      threshold,
      cv: null,
      cvUndefinedReason: r.reason,
      sd: null,
      pass: null,
    };
  }
  // Literals, not a spread of a shared base: V8 copies a spread object slowly, and this runs for every indicator
  // of every stage.
  return { key, name, mean: r.mean, threshold, cv: r.cv, sd: r.sd, pass: r.cv <= threshold };
}

/** The stage's result from its prepared table (see value-table.ts). */
export function stageResult(
  table: StageTable,
  plan: ValuePlan,
  stage: Stage,
  standard: Standard,
): StageResult {
  const indicators = standard.indicators.map((ind, i) =>
    indicatorResult(
      ind,
      standard.cvThresholds[stage],
      table.weights,
      columnOf(table, plan.indicatorColumns[i] as number),
    ),
  );
  const result: StageResult = {
    schoolCount: table.sections.length,
    students: table.sections.reduce((a, s) => a + s.students, 0),
    indicators,
    pass: null,
  };
  const anyUndefined = indicators.some((i) => i.cv === null);
  if (standard.composite !== null) {
    const threshold = standard.composite.threshold[stage];
    // 综合差异系数: the plain mean of the unrounded CVs, never of rounded ones.
    const compositeCv = anyUndefined
      ? null
      : indicators.reduce((a, i) => a + (i.cv as number), 0) / indicators.length;
    result.compositeCv = compositeCv;
    result.compositeThreshold = threshold;
    result.pass = compositeCv === null ? null : compositeCv <= threshold;
  } else if (indicators.some((i) => i.pass === false)) {
    result.pass = false;
  } else {
    result.pass = anyUndefined ? null : true;
  }
  return result;
}

export function evaluateStage(sections: readonly Section[], stage: Stage, standard: Standard): StageResult {
  const plan = valuePlan(standard);
  return stageResult(stageTable(sections, stage, plan), plan, stage, standard);
}
