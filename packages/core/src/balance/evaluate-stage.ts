// One stage of one county: the weighted CV of each indicator over the stage's sections, and the stage verdict.
import type { Stage } from '../org/types';
import { weightedCv } from './cv';
import type { IndicatorResult, StageResult } from './evaluation';
import { indicatorValue } from './indicator-values';
import type { Section } from './input';
import type { IndicatorDefinition, Standard } from './standards/types';

/** The weighted CV of one indicator over sections of one stage (standards.md §1). */
export function indicatorResult(
  sections: readonly Section[],
  indicator: IndicatorDefinition,
  threshold: number,
) {
  const weights = sections.map((s) => s.students);
  const values = sections.map((s) => indicatorValue(s, indicator));
  const r = weightedCv(weights, values);
  const base = { key: indicator.key, name: indicator.name, mean: r.mean, threshold };
  if (!r.defined) {
    return { ...base, cv: null, cvUndefinedReason: r.reason, sd: null, pass: null } satisfies IndicatorResult;
  }
  return { ...base, cv: r.cv, sd: r.sd, pass: r.cv <= threshold } satisfies IndicatorResult;
}

export function evaluateStage(sections: readonly Section[], stage: Stage, standard: Standard): StageResult {
  const own = sections.filter((s) => s.stage === stage);
  const indicators = standard.indicators.map((ind) =>
    indicatorResult(own, ind, standard.cvThresholds[stage]),
  );
  const result: StageResult = {
    schoolCount: own.length,
    students: own.reduce((a, s) => a + s.students, 0),
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
