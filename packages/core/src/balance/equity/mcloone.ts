import { measure, undefinedMeasure, type Measure, type WeightedValues } from './types';
import { orderByValue } from './sorted';

/** The student-weighted median: the smallest value at which the cumulative student share reaches one half. */
export function weightedMedian(
  input: WeightedValues,
  order: Uint32Array = orderByValue(input.values),
): number | null {
  let weight = 0;
  for (let i = 0; i < input.weights.length; i++) weight += input.weights[i] as number;
  if (!(weight > 0)) return null;
  let cumulative = 0;
  for (let k = 0; k < order.length; k++) {
    const i = order[k] as number;
    cumulative += input.weights[i] as number;
    if (cumulative >= weight / 2) return input.values[i] as number;
  }
  return input.values[order[order.length - 1] as number] as number;
}

/**
 * McLoone index: resources of the students at or below the median ÷ what they would have at the median.
 * Verstegen index: the same for students at or above the median (≥ 1). "At or below" includes the median
 * school itself, the usual convention in school-finance equity work; 1 means no one below the median.
 */
export function mcLooneVerstegen(
  input: WeightedValues,
  order: Uint32Array = orderByValue(input.values),
): { median: number | null; mcLoone: Measure; verstegen: Measure } {
  const median = weightedMedian(input, order);
  if (median === null) {
    return { median, mcLoone: undefinedMeasure('noStudents'), verstegen: undefinedMeasure('noStudents') };
  }
  if (median === 0) {
    return { median, mcLoone: undefinedMeasure('zeroValue'), verstegen: undefinedMeasure('zeroValue') };
  }
  let wBelow = 0;
  let rBelow = 0;
  let wAbove = 0;
  let rAbove = 0;
  for (let i = 0; i < input.weights.length; i++) {
    const w = input.weights[i] as number;
    const x = input.values[i] as number;
    if (x <= median) {
      wBelow += w;
      rBelow += w * x;
    }
    if (x >= median) {
      wAbove += w;
      rAbove += w * x;
    }
  }
  return {
    median,
    mcLoone: measure(rBelow / (median * wBelow)),
    verstegen: measure(rAbove / (median * wAbove)),
  };
}
