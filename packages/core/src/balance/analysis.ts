// Everything the evaluation pages show for one county, year and standard, computed from one input: the
// official report, why each CV is what it is (BAL-4), the remedies, the equity measures per indicator (BAL-5)
// and the class-size bands. The server stores this as an evaluation run.
import type { CountyData, SchoolYear, Stage } from '../org/types';
import { classSizeReport, type ClassSizeReport } from './class-size';
import { equityReport, type EquityReport } from './equity';
import { evaluateCountyStages } from './evaluate';
import type { EvaluationReport } from './evaluation';
import { explainCounty, type IndicatorExplanation } from './explain';
import { indicatorValue } from './indicator-values';
import { buildEvaluationInput } from './build-input';
import type { EvaluationInput } from './input';
import { remedyCounty, type Remedy } from './remedy';
import type { Standard } from './standards/types';

export interface IndicatorEquity {
  key: string;
  stage: Stage;
  /** Groups of the Theil decomposition: the sections' urban / town / rural class. */
  equity: EquityReport;
}

export interface EvaluationAnalysis {
  report: EvaluationReport;
  explanations: IndicatorExplanation[];
  remedies: Remedy[];
  equity: IndicatorEquity[];
  classSize: ClassSizeReport;
}

export function indicatorEquity(input: EvaluationInput, standard: Standard): IndicatorEquity[] {
  return (['primary', 'junior'] as const).flatMap((stage) => {
    const sections = input.sections.filter((s) => s.stage === stage);
    return standard.indicators.map((indicator) => ({
      key: indicator.key,
      stage,
      equity: equityReport({
        weights: sections.map((s) => s.students),
        values: sections.map((s) => indicatorValue(s, indicator)),
        groups: sections.map((s) => s.urbanRural),
      }),
    }));
  });
}

export function analyseCounty(
  data: CountyData,
  schoolYear: SchoolYear,
  standard: Standard,
): EvaluationAnalysis {
  const input = buildEvaluationInput(data, schoolYear, standard);
  const inPopulation = new Set(input.sections.map((s) => s.schoolCode));
  return {
    report: {
      standard: standard.id,
      standardVersion: standard.version,
      schoolYear,
      counties: [evaluateCountyStages(input, standard)],
    },
    explanations: explainCounty(input, standard),
    remedies: remedyCounty(input, standard),
    equity: indicatorEquity(input, standard),
    classSize: classSizeReport(data, schoolYear, { schoolCodes: inPopulation }),
  };
}
