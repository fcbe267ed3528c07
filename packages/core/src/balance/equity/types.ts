/** A measure that may be undefined on some inputs (never NaN): the reason says why. */
export type Measure = { defined: true; value: number } | { defined: false; reason: UndefinedReason };
export type UndefinedReason = 'noStudents' | 'zeroTotal' | 'zeroValue' | 'noVariation';

export const undefinedMeasure = (reason: UndefinedReason): Measure => ({ defined: false, reason });
export const measure = (value: number): Measure => ({ defined: true, value });

/** Schools (or sections) of one indicator: students as weights, the per-student value of each. */
export interface WeightedValues {
  weights: ArrayLike<number>;
  values: ArrayLike<number>;
}
