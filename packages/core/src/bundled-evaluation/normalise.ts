// Raw values → 0–100 scores. Target and score rules look at one value; min–max looks at every community's.
import type { Normalisation } from './types';

export interface Range {
  min: number;
  max: number;
}

/** The range of the known values, or null when none is known. */
export function rangeOf(values: readonly (number | null)[]): Range | null {
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (known.length === 0) return null;
  return { min: Math.min(...known), max: Math.max(...known) };
}

const clamp = (x: number): number => Math.min(Math.max(x, 0), 100);

/** The 0–100 score of one raw value; null when the value is missing. `range` is needed for min–max. */
export function normalise(value: number | null, rule: Normalisation, range: Range | null): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  switch (rule.kind) {
    case 'score':
      return clamp(value);
    case 'target':
      return clamp((100 * value) / rule.target);
    case 'minMax': {
      if (range === null) return null;
      if (range.max === range.min) return clamp(rule.whenAllEqual);
      const t = (value - range.min) / (range.max - range.min);
      return clamp(100 * (rule.higherIsBetter ? t : 1 - t));
    }
  }
}
