// BAL-4 remedy: the smallest addition of an indicator's resource that brings its failing CV under the threshold.
//
// Method (docs/evaluation.md §Remedy): raise every section below a common floor t up to t (X'ᵢ = max(Xᵢ, t)), so
// the k lowest sections receive Pᵢ(t − Xᵢ)/scale each and k follows from t. The total addition grows with t and
// the CV falls with t: d(CV²)/dt = 2·w_L·((t − X̄)·X̄ − S²)/X̄³ with w_L the student share below t, and t ≤ X̄
// always holds once the floor is raised, so the derivative is ≤ 0. Hence the smallest floor (and the smallest
// total within this family) is found by bisection on t between the lowest and highest values. Additions are then
// rounded up to whole units (a teacher, a book, a m²) and the CV is recomputed from the rounded plan and checked
// strictly under the threshold; if rounding spoils it, t is raised step by step until it holds.
import type { Stage } from '../org/types';
import { weightedCv } from './cv';
import { indicatorValue, scaleOf } from './indicator-values';
import type { EvaluationInput, Section } from './input';
import { RESOURCE_LABELS } from './resources';
import type { IndicatorDefinition, LocalisedText, NumeratorResource, Standard } from './standards/types';

export interface RemedyOptions {
  /** Additions are whole multiples of this many units (default 1: whole m², books, yuan, teachers). */
  step?: number;
  /** Aim this fraction under the threshold (default 0: just strictly under it). */
  margin?: number;
  /** Bisection steps (default 100: far below a unit of any resource). */
  iterations?: number;
}

export interface RemedyAddition {
  schoolCode: string;
  schoolName: string;
  stage: Stage;
  students: number;
  valueBefore: number;
  valueAfter: number;
  /** Resource units added (m², yuan, books, computers, rooms, teachers). */
  add: number;
}

export type Remedy =
  | { status: 'alreadyPasses' | 'undefinedCv' | 'infeasible'; key: string; stage: Stage; cv: number | null }
  | {
      status: 'remedied';
      key: string;
      stage: Stage;
      resource: NumeratorResource;
      cvBefore: number;
      cvAfter: number;
      threshold: number;
      /** The floor t every listed section is raised to (before rounding). */
      floor: number;
      total: number;
      additions: RemedyAddition[];
      summary: LocalisedText;
    };

/** Thousands separators without locale data, so the text is the same everywhere. */
export const groupDigits = (n: number): string => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

function cvOf(weights: number[], values: number[]): number {
  const r = weightedCv(weights, values);
  return r.defined ? r.cv : 0;
}

export function remedyIndicator(
  sections: readonly Section[],
  stage: Stage,
  indicator: IndicatorDefinition,
  threshold: number,
  options: RemedyOptions = {},
): Remedy {
  const { step = 1, margin = 0, iterations = 100 } = options;
  const own = sections.filter((s) => s.stage === stage);
  const weights = own.map((s) => s.students);
  const values = own.map((s) => indicatorValue(s, indicator));
  const before = weightedCv(weights, values);
  const key = indicator.key;
  if (!before.defined) return { status: 'undefinedCv', key, stage, cv: null };
  if (before.cv <= threshold) return { status: 'alreadyPasses', key, stage, cv: before.cv };
  const goal = threshold * (1 - margin);
  if (!(goal > 0)) return { status: 'infeasible', key, stage, cv: before.cv };
  const scale = scaleOf(indicator);
  const raised = (t: number) => values.map((x) => Math.max(x, t));
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  for (let i = 0; i < iterations && hi - lo > 0; i++) {
    const mid = (lo + hi) / 2;
    if (cvOf(weights, raised(mid)) < goal) hi = mid;
    else lo = mid;
  }
  const top = Math.max(...values);
  // Round each addition up to whole units, recompute from the rounded plan, and raise t until it verifies.
  for (let k = 0; k <= 40; k++) {
    const t = k === 0 ? hi : hi + (top - hi) * (k / 40);
    const adds = values.map((x, i) => {
      const need = ((t - x) * (weights[i] as number)) / scale;
      return need > 0 ? Math.ceil(need / step - 1e-9) * step : 0;
    });
    // The values exactly as applyRemedy() + indicatorValue() will see them, so the check is the real one.
    const after = own.map((s, i) =>
      (adds[i] as number) > 0
        ? indicatorValue(addResource(s, indicator.numerator, adds[i] as number), indicator)
        : (values[i] as number),
    );
    const cvAfter = cvOf(weights, after);
    if (!(cvAfter < goal)) continue;
    const additions: RemedyAddition[] = [];
    own.forEach((s, i) => {
      const add = adds[i] as number;
      if (add > 0) {
        additions.push({
          schoolCode: s.schoolCode,
          schoolName: s.schoolName,
          stage,
          students: s.students,
          valueBefore: values[i] as number,
          valueAfter: after[i] as number,
          add,
        });
      }
    });
    additions.sort((a, b) => b.add - a.add);
    const total = adds.reduce((a, b) => a + b, 0);
    const label = RESOURCE_LABELS[indicator.numerator];
    const summary = {
      zh: `在 ${additions.length} 所学校增加${label.name.zh} ${groupDigits(total)} ${label.unit.zh}`,
      en: `+${groupDigits(total)} ${label.countable ? '' : `${label.unit.en} of `}${label.name.en} at ${additions.length} ${additions.length === 1 ? 'school' : 'schools'}`,
    };
    return {
      status: 'remedied',
      key,
      stage,
      resource: indicator.numerator,
      cvBefore: before.cv,
      cvAfter,
      threshold,
      floor: t,
      total,
      additions,
      summary,
    };
  }
  return { status: 'infeasible', key, stage, cv: before.cv };
}

/** A remedy for every indicator whose CV is over its threshold, in both stages. */
export function remedyCounty(
  input: EvaluationInput,
  standard: Standard,
  options: RemedyOptions = {},
): Remedy[] {
  return (['primary', 'junior'] as const).flatMap((stage) =>
    standard.indicators
      .map((ind) => remedyIndicator(input.sections, stage, ind, standard.cvThresholds[stage], options))
      .filter((r) => r.status !== 'alreadyPasses'),
  );
}

/** The sections with the remedy's additions applied (for what-if views and the verification in tests). */
export function applyRemedy(sections: readonly Section[], remedy: Remedy): Section[] {
  if (remedy.status !== 'remedied') return sections.map((s) => ({ ...s }));
  return sections.map((s) => {
    const a = remedy.additions.find((x) => x.schoolCode === s.schoolCode && x.stage === s.stage);
    return a === undefined ? { ...s } : addResource(s, remedy.resource, a.add);
  });
}

/** A copy of the section with `amount` more of the resource an indicator counts. */
export function addResource(section: Section, resource: NumeratorResource, amount: number): Section {
  const target = RESOURCE_LABELS[resource].target;
  if (target.kind === 'facility') {
    return {
      ...section,
      facilities: { ...section.facilities, [target.field]: section.facilities[target.field] + amount },
    };
  }
  return {
    ...section,
    teachers: { ...section.teachers, [target.field]: section.teachers[target.field] + amount },
  };
}
