// The official difference coefficient (差异系数): student-weighted, pooled mean, population form.
// Source: 教督〔2012〕3号 差异系数测算说明; see ../shared/spec/standards.md §1.

export type WeightedCv =
  | { defined: true; mean: number; sd: number; cv: number; weightedVariance: number; totalWeight: number }
  | { defined: false; reason: 'noStudents' | 'zeroMean'; mean: number; totalWeight: number };

/**
 * weights[i] = students Pᵢ, values[i] = Xᵢ (per student or per 100 students).
 * X̄ = Σ PᵢXᵢ / P, S = sqrt(Σ (Pᵢ/P)(Xᵢ − X̄)²), CV = S / X̄.
 * Two passes (mean, then squared deviations) keep the variance non-negative and accurate.
 */
export function weightedCv(weights: ArrayLike<number>, values: ArrayLike<number>): WeightedCv {
  const n = weights.length;
  if (values.length !== n) throw new RangeError('weights and values differ in length');
  let p = 0;
  let px = 0;
  for (let i = 0; i < n; i++) {
    const w = weights[i] as number;
    p += w;
    px += w * (values[i] as number);
  }
  if (!(p > 0)) return { defined: false, reason: 'noStudents', mean: 0, totalWeight: p };
  const mean = px / p;
  if (mean === 0) return { defined: false, reason: 'zeroMean', mean, totalWeight: p };
  let ss = 0;
  for (let i = 0; i < n; i++) {
    const d = (values[i] as number) - mean;
    ss += (weights[i] as number) * d * d;
  }
  const weightedVariance = ss / p;
  const sd = Math.sqrt(weightedVariance);
  return { defined: true, mean, sd, cv: sd / mean, weightedVariance, totalWeight: p };
}
