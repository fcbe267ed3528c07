// The evaluation output: the JSON shape of import-template.md "Evaluation output", with a few more fields.
// Numbers are unrounded; tables and reports round to 3 decimals when they show them.
import type { SchoolYear, Stage } from '../org/types';
import type { Exclusion } from './input';
import type { LocalisedText } from './standards/types';

export type CvUndefinedReason = 'noStudents' | 'zeroMean';

export interface IndicatorResult {
  key: string;
  name: LocalisedText;
  /** The pooled per-student value X̄ = Σ Rᵢ / Σ Pᵢ (× 100). */
  mean: number;
  /** null when undefined (no students, or no resource anywhere), with the reason. */
  cv: number | null;
  cvUndefinedReason?: CvUndefinedReason;
  /** The weighted standard deviation S (null with cv). */
  sd: number | null;
  threshold: number;
  /** cv ≤ threshold; null when the CV is undefined. */
  pass: boolean | null;
}

export interface StageResult {
  schoolCount: number;
  students: number;
  indicators: IndicatorResult[];
  /** basic-2012 only: the plain mean of the unrounded CVs; null when one CV is undefined. */
  compositeCv?: number | null;
  compositeThreshold?: number;
  /**
   * Under a composite rule: compositeCv ≤ its threshold. Otherwise every CV ≤ its threshold. null when the
   * verdict cannot be reached (a CV undefined, or no school in the stage).
   */
  pass: boolean | null;
}

export interface SchoolResult {
  schoolCode: string;
  schoolName: string;
  stage: Stage;
  students: number;
  /** The section's unrounded value of every indicator and school-rule item. */
  values: Record<string, number>;
  /** Per school-rule item: value ≥ minimum (empty without a school rule). */
  meets: Record<string, boolean>;
  metCount: number;
  /** The per-school rule's verdict; null when the standard has no per-school rule. */
  pass: boolean | null;
}

export interface CountyEvaluation {
  countyCode: string;
  stages: Record<Stage, StageResult>;
  schools: SchoolResult[];
  excluded: Exclusion[];
}

export interface EvaluationReport {
  standard: string;
  standardVersion: string;
  schoolYear: SchoolYear;
  counties: CountyEvaluation[];
}
