// Pure selections from one evaluation analysis for the pages: which rows a table shows, which series a chart
// draws. The numbers are the core's; nothing here recomputes a CV.
import type {
  ClassSizeCounts,
  ClassSizeReport,
  CountyEvaluation,
  EvaluationAnalysis,
  IndicatorDefinition,
  IndicatorEquity,
  IndicatorExplanation,
  Remedy,
  SchoolResult,
  Stage,
  Standard,
} from '@junheng/core';
import type { TrendItem } from './types';

export const EVALUATION_STAGES: readonly Stage[] = ['primary', 'junior'];

/** The county of a one-county report (the server evaluates one county per request). */
export function countyOf(analysis: EvaluationAnalysis): CountyEvaluation | undefined {
  return analysis.report.counties[0];
}

/**
 * The per-school table's value columns: the per-school rule's items when the standard has one (quality-2017,
 * with minimums), else the county indicators (basic-2012 sections still have their 8 values).
 */
export function schoolValueColumns(
  standard: Standard,
): (IndicatorDefinition & { minimum?: Record<Stage, number> })[] {
  return standard.schoolRule ? standard.schoolRule.items : standard.indicators;
}

export interface ComplianceFilter {
  stage?: Stage;
  /** 'true' / 'false' as kept in the URL. */
  pass?: string;
}

export function filterCompliance(schools: readonly SchoolResult[], filter: ComplianceFilter): SchoolResult[] {
  return schools.filter(
    (s) =>
      (filter.stage === undefined || s.stage === filter.stage) &&
      (filter.pass === undefined || String(s.pass) === filter.pass),
  );
}

/** Sections failing the per-school rule, for the report's list. */
export function failingSchools(analysis: EvaluationAnalysis): SchoolResult[] {
  return (countyOf(analysis)?.schools ?? []).filter((s) => s.pass === false);
}

const sameCell = (key: string, stage: Stage) => (x: { key: string; stage: Stage }) =>
  x.key === key && x.stage === stage;

export function explanationFor(
  analysis: EvaluationAnalysis,
  key: string,
  stage: Stage,
): IndicatorExplanation | undefined {
  return analysis.explanations.find(sameCell(key, stage));
}

export function remedyFor(analysis: EvaluationAnalysis, key: string, stage: Stage): Remedy | undefined {
  return analysis.remedies.find(sameCell(key, stage));
}

export function equityFor(
  analysis: EvaluationAnalysis,
  key: string,
  stage: Stage,
): IndicatorEquity | undefined {
  return analysis.equity.find(sameCell(key, stage));
}

/**
 * The indicator to open first on the drivers page: the worst failing one (largest CV over its threshold), else
 * the one with the largest CV, else the first.
 */
export function defaultIndicator(analysis: EvaluationAnalysis, stage: Stage): string | undefined {
  const own = analysis.explanations.filter((e) => e.stage === stage);
  const ranked = [...own].sort((a, b) => (b.cv ?? -1) / b.threshold - (a.cv ?? -1) / a.threshold);
  return ranked[0]?.key;
}

/** Class counts in the four bands; the core's `oversized` includes the super-oversized, split here. */
export function bandCounts(
  c: ClassSizeCounts,
): [normal: number, larger: number, oversized: number, superOversized: number] {
  return [c.normal, c.larger, c.oversized - c.superOversized, c.superOversized];
}

export interface SuperOversizedSchool {
  schoolCode: string;
  schoolName: string;
  superOversized: number;
  oversized: number;
  classes: number;
  maxSize: number;
  source: 'classes' | 'average';
}

/** Schools with at least one super-oversized class (national target: none), most first. */
export function superOversizedSchools(
  report: ClassSizeReport,
  names: ReadonlyMap<string, string>,
): SuperOversizedSchool[] {
  return report.schools
    .filter((s) => s.total.superOversized > 0)
    .map((s) => ({
      schoolCode: s.schoolCode,
      schoolName: names.get(s.schoolCode) ?? s.schoolCode,
      superOversized: s.total.superOversized,
      oversized: s.total.oversized,
      classes: s.total.classes,
      maxSize: s.total.maxSize,
      source: s.source,
    }))
    .sort((a, b) => b.superOversized - a.superOversized || b.maxSize - a.maxSize);
}

/** School code → name from the evaluated sections (the population's schools). */
export function sectionNames(analysis: EvaluationAnalysis): Map<string, string> {
  return new Map((countyOf(analysis)?.schools ?? []).map((s) => [s.schoolCode, s.schoolName]));
}

export interface TrendSeries {
  years: string[];
  lines: { key: string; values: (number | null)[] }[];
  composite: (number | null)[] | null;
}

/** One line per indicator (CV by school year) for one stage; the composite too when the standard has one. */
export function trendSeries(items: readonly TrendItem[], stage: Stage, keys: readonly string[]): TrendSeries {
  const sorted = [...items].sort((a, b) => a.schoolYear.localeCompare(b.schoolYear));
  const hasComposite = sorted.some((i) => i.stages[stage].compositeCv !== null);
  return {
    years: sorted.map((i) => i.schoolYear),
    lines: keys.map((key) => ({
      key,
      values: sorted.map((i) => i.stages[stage].indicators.find((x) => x.key === key)?.cv ?? null),
    })),
    composite: hasComposite ? sorted.map((i) => i.stages[stage].compositeCv) : null,
  };
}
