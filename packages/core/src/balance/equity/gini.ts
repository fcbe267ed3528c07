import { measure, undefinedMeasure, type Measure, type WeightedValues } from './types';
import { orderByValue, totals } from './sorted';

/**
 * Student-weighted Gini: every student carries the per-student value of the school (no inequality within a
 * school), G = ΣᵢΣⱼ wᵢwⱼ|xᵢ − xⱼ| / (2W²μ). With schools sorted ascending the double sum is
 * 2 Σᵢ wᵢxᵢ (W₍<ᵢ₎ − W₍>ᵢ₎), so G = Σᵢ wᵢxᵢ (W₍<ᵢ₎ − W₍>ᵢ₎) / (W · Σ wx): exact in O(n log n).
 * Ties contribute nothing whichever side they fall on.
 */
export function gini(input: WeightedValues, order: Uint32Array = orderByValue(input.values)): Measure {
  const { weight, resource } = totals(input);
  if (!(weight > 0)) return undefinedMeasure('noStudents');
  if (resource === 0) return undefinedMeasure('zeroTotal');
  let below = 0;
  let sum = 0;
  for (let k = 0; k < order.length; k++) {
    const i = order[k] as number;
    const w = input.weights[i] as number;
    const above = weight - below - w;
    sum += w * (input.values[i] as number) * (below - above);
    below += w;
  }
  return measure(sum / (weight * resource));
}

/**
 * Lorenz curve points (cumulative student share, cumulative resource share), from (0, 0) to (1, 1). A chart
 * needs no more than `maxPoints`: every k-th school is kept (and always the last), so a province stays light.
 */
export function lorenzCurve(
  input: WeightedValues,
  order: Uint32Array = orderByValue(input.values),
  maxPoints = 1001,
): Array<[number, number]> {
  const { weight, resource } = totals(input);
  const points: Array<[number, number]> = [[0, 0]];
  if (!(weight > 0) || resource === 0) return points;
  const stride = Math.max(1, Math.ceil(order.length / Math.max(1, maxPoints - 1)));
  let w = 0;
  let r = 0;
  for (let k = 0; k < order.length; k++) {
    const i = order[k] as number;
    w += input.weights[i] as number;
    r += (input.weights[i] as number) * (input.values[i] as number);
    if ((k + 1) % stride === 0 || k === order.length - 1) points.push([w / weight, r / resource]);
  }
  return points;
}
