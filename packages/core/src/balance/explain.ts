// BAL-4: why a CV is what it is. The weighted variance S² = Σ (Pᵢ/P)(Xᵢ − X̄)² is a sum over sections, so each
// section's term divided by S² is its share of the variance (shares sum to 1), and CV² = S² / X̄².
import type { Stage } from '../org/types';
import { weightedCv } from './cv';
import { indicatorValue } from './indicator-values';
import type { EvaluationInput, Section } from './input';
import type { IndicatorDefinition, Standard } from './standards/types';

export interface VarianceShare {
  schoolCode: string;
  schoolName: string;
  stage: Stage;
  students: number;
  value: number;
  /** Xᵢ − X̄: negative for a section below the county's pooled value. */
  deviation: number;
  /** (Pᵢ/P)(Xᵢ − X̄)² / S². */
  share: number;
}

export interface IndicatorExplanation {
  key: string;
  stage: Stage;
  mean: number;
  cv: number | null;
  threshold: number;
  /** Every section's share of the variance, largest first; empty when the CV is undefined or 0. */
  shares: VarianceShare[];
  /**
   * When cv > threshold: the share of the variance that must go for the CV to reach the threshold at the same
   * mean, 1 − (threshold / cv)²; else 0.
   */
  excessShare: number;
  /** The largest contributors whose shares together cover the excess: the sections that push the CV over. */
  pushers: VarianceShare[];
}

export function varianceShares(
  sections: readonly Section[],
  indicator: IndicatorDefinition,
): VarianceShare[] {
  const values = sections.map((s) => indicatorValue(s, indicator));
  const r = weightedCv(
    sections.map((s) => s.students),
    values,
  );
  if (!r.defined || r.weightedVariance === 0) return [];
  const ss = r.weightedVariance * r.totalWeight;
  return sections
    .map((s, i) => {
      const d = (values[i] as number) - r.mean;
      return {
        schoolCode: s.schoolCode,
        schoolName: s.schoolName,
        stage: s.stage,
        students: s.students,
        value: values[i] as number,
        deviation: d,
        share: (s.students * d * d) / ss,
      };
    })
    .sort((a, b) => b.share - a.share);
}

export function explainIndicator(
  sections: readonly Section[],
  stage: Stage,
  indicator: IndicatorDefinition,
  threshold: number,
): IndicatorExplanation {
  const own = sections.filter((s) => s.stage === stage);
  const r = weightedCv(
    own.map((s) => s.students),
    own.map((s) => indicatorValue(s, indicator)),
  );
  const cv = r.defined ? r.cv : null;
  const shares = varianceShares(own, indicator);
  const excessShare = cv !== null && cv > threshold ? 1 - (threshold / cv) ** 2 : 0;
  const pushers: VarianceShare[] = [];
  let covered = 0;
  for (const s of shares) {
    if (covered >= excessShare) break;
    pushers.push(s);
    covered += s.share;
  }
  return { key: indicator.key, stage, mean: r.mean, cv, threshold, shares, excessShare, pushers };
}

/** Every indicator of every stage of a county. */
export function explainCounty(input: EvaluationInput, standard: Standard): IndicatorExplanation[] {
  return (['primary', 'junior'] as const).flatMap((stage) =>
    standard.indicators.map((ind) =>
      explainIndicator(input.sections, stage, ind, standard.cvThresholds[stage]),
    ),
  );
}
