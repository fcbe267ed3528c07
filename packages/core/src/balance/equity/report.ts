import { weightedCv, type WeightedCv } from '../cv';
import { gini, lorenzCurve } from './gini';
import { mcLooneVerstegen } from './mcloone';
import { orderByValue } from './sorted';
import { theil, type TheilDecomposition } from './theil';
import type { Measure, WeightedValues } from './types';

export interface EquityReport {
  cv: WeightedCv;
  gini: Measure;
  theil: TheilDecomposition;
  median: number | null;
  mcLoone: Measure;
  verstegen: Measure;
  lorenz: Array<[number, number]>;
}

/** Every equity measure of one indicator; the schools are sorted once and the order shared. */
export function equityReport(input: WeightedValues & { groups?: ArrayLike<string> }): EquityReport {
  const order = orderByValue(input.values);
  const mv = mcLooneVerstegen(input, order);
  return {
    cv: weightedCv(input.weights, input.values),
    gini: gini(input, order),
    theil: theil(input, input.groups),
    median: mv.median,
    mcLoone: mv.mcLoone,
    verstegen: mv.verstegen,
    lorenz: lorenzCurve(input, order),
  };
}
