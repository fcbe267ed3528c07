// evaluateCounty: the county's evaluation under one standard, in the shape of import-template.md.
import type { CountyData, SchoolYear } from '../org/types';
import { buildEvaluationInput } from './build-input';
import type { CountyEvaluation, EvaluationReport, SchoolResult } from './evaluation';
import { stageResult } from './evaluate-stage';
import type { EvaluationInput } from './input';
import { schoolResultAt } from './school-compliance';
import type { Standard } from './standards/types';
import { stageTable, valuePlan } from './value-table';

export interface EvaluateOptions {
  /** Needed when evaluating CountyData; defaults to the latest school year in its statistics. */
  schoolYear?: SchoolYear;
}

/** The latest school year present in a county's statistics. */
export function latestSchoolYear(data: CountyData): SchoolYear | undefined {
  let latest: SchoolYear | undefined;
  for (const s of data.stats) if (latest === undefined || s.schoolYear > latest) latest = s.schoolYear;
  return latest;
}

const isInput = (x: EvaluationInput | CountyData): x is EvaluationInput => 'sections' in x;

export function toEvaluationInput(
  source: EvaluationInput | CountyData,
  standard: Standard,
  options: EvaluateOptions = {},
): EvaluationInput {
  if (isInput(source)) return source;
  const year = options.schoolYear ?? latestSchoolYear(source);
  if (year === undefined) throw new RangeError('the county has no statistics: no school year to evaluate');
  return buildEvaluationInput(source, year, standard);
}

/** One county's stages, schools and exclusions. */
export function evaluateCountyStages(input: EvaluationInput, standard: Standard): CountyEvaluation {
  const plan = valuePlan(standard);
  const primary = stageTable(input.sections, 'primary', plan);
  const junior = stageTable(input.sections, 'junior', plan);
  // Every section is of one of the two stages, so the two tables fill every position.
  const schools: SchoolResult[] = new Array(input.sections.length);
  for (const table of [primary, junior]) {
    table.positions.forEach((at, j) => {
      schools[at] = schoolResultAt(table, j, plan, standard);
    });
  }
  return {
    countyCode: input.countyCode,
    stages: {
      primary: stageResult(primary, plan, 'primary', standard),
      junior: stageResult(junior, plan, 'junior', standard),
    },
    schools,
    excluded: input.excluded,
  };
}

/** The evaluation report of one county (from its workbook data or from a prepared input). */
export function evaluateCounty(
  source: EvaluationInput | CountyData,
  standard: Standard,
  options: EvaluateOptions = {},
): EvaluationReport {
  const input = toEvaluationInput(source, standard, options);
  return {
    standard: standard.id,
    standardVersion: standard.version,
    schoolYear: input.schoolYear,
    counties: [evaluateCountyStages(input, standard)],
  };
}

/** Several counties of one school year under one standard (a city's or a province's report). */
export function evaluateCounties(
  sources: Iterable<EvaluationInput | CountyData>,
  standard: Standard,
  options: { schoolYear: SchoolYear },
): EvaluationReport {
  const counties: CountyEvaluation[] = [];
  for (const source of sources) {
    counties.push(evaluateCountyStages(toEvaluationInput(source, standard, options), standard));
  }
  return {
    standard: standard.id,
    standardVersion: standard.version,
    schoolYear: options.schoolYear,
    counties,
  };
}
