// Raw values of the computed leaves, from one community's plain inputs. A metric is either one number for the
// community or one number per member school (value-added), so the members' shares can be told apart.
import type { BundledEvaluationInput, BundledMetric } from './types';

export interface RawValue {
  value: number | null;
  /** Per member school, for metrics measured school by school. */
  perSchool?: Record<string, number | null>;
}

/**
 * rotationShare = rotationsMade ÷ rotationsExpected (1 when nothing was expected: the lead owed nothing);
 * cvNarrowing = cvBefore − cvAfter (positive when the gap within the community shrank).
 */
export function metricValue(metric: BundledMetric, input: BundledEvaluationInput): RawValue {
  switch (metric) {
    case 'rotationShare':
      return { value: input.rotationsExpected > 0 ? input.rotationsMade / input.rotationsExpected : 1 };
    case 'activitiesHeld':
      return { value: input.activitiesHeld };
    case 'complianceShare':
      return { value: input.complianceShare };
    case 'valueAdded': {
      const perSchool: Record<string, number | null> = {};
      for (const code of input.memberSchoolCodes) perSchool[code] = input.valueAdded[code] ?? null;
      const known = Object.values(perSchool).filter((v): v is number => v !== null);
      return {
        value: known.length === 0 ? null : known.reduce((s, v) => s + v, 0) / known.length,
        perSchool,
      };
    }
    case 'cvNarrowing':
      return {
        value: input.cvBefore === null || input.cvAfter === null ? null : input.cvBefore - input.cvAfter,
      };
  }
}
