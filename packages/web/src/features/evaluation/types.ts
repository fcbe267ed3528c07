// The evaluation API's answers (docs/api.md, Evaluation) as the web reads them; the analysis itself is the core's type.
import type { EvaluationAnalysis, Stage } from '@junheng/core';

export interface EvaluationQuery {
  countyId: string;
  schoolYear: string;
  standard: string;
}

export interface CurrentEvaluation extends EvaluationQuery {
  fingerprint: string;
  result: EvaluationAnalysis;
}

export interface RunSummary {
  id: string;
  countyId: string;
  at: string;
  actorName: string;
  schoolYear: string;
  standard: string;
  standardVersion: string;
  fingerprint: string;
  summary: { primary: boolean | null; junior: boolean | null; failingSchools: number };
}

export interface TrendStage {
  pass: boolean | null;
  compositeCv: number | null;
  indicators: { key: string; cv: number | null; mean: number }[];
}

export interface TrendItem {
  schoolYear: string;
  stages: Record<Stage, TrendStage>;
}

export interface CompareStage {
  pass: boolean | null;
  schoolCount: number;
  compositeCv: number | null;
  maxCv: number | null;
  failingIndicators: string[];
}

export interface CompareRow {
  countyId: string;
  countyCode: string;
  countyName: string;
  stages: Record<Stage, CompareStage>;
  failingSchools: number;
}
