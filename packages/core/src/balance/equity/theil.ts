import { measure, undefinedMeasure, type Measure, type WeightedValues } from './types';

export interface TheilGroup {
  label: string;
  studentShare: number; // pₖ = Wₖ / W
  resourceShare: number; // sₖ = Rₖ / R
  mean: number; // μₖ
  theilT: Measure;
  theilL: Measure;
}

export interface TheilDecomposition {
  theilT: Measure;
  theilL: Measure;
  /** T = Σₖ sₖTₖ (within) + Σₖ sₖ ln(μₖ/μ) (between); L = Σₖ pₖLₖ (within) + Σₖ pₖ ln(μ/μₖ) (between). */
  betweenT: Measure;
  withinT: Measure;
  betweenL: Measure;
  withinL: Measure;
  groups: TheilGroup[];
}

/**
 * Student-weighted Theil T = (1/R) Σ wᵢxᵢ ln(xᵢ/μ) and Theil L = (1/W) Σ wᵢ ln(μ/xᵢ), decomposed exactly
 * over the `groups` labels. Two passes: the group means first, then each term as ln(xᵢ/μₖ) + ln(μₖ/μ) so that
 * small indices are not lost to cancellation (the oracle test holds them to 1e-12 relative).
 * A zero value makes L undefined (ln 0); T takes x ln x → 0.
 */
export function theil(input: WeightedValues, groups?: ArrayLike<string>): TheilDecomposition {
  const n = input.weights.length;
  const ids = new Int32Array(n);
  const labels: string[] = [];
  const index = new Map<string, number>();
  const gw: number[] = [];
  const gr: number[] = [];
  let weight = 0;
  let resource = 0;
  for (let i = 0; i < n; i++) {
    const label = groups ? (groups[i] as string) : 'all';
    let id = index.get(label);
    if (id === undefined) {
      id = labels.length;
      index.set(label, id);
      labels.push(label);
      gw.push(0);
      gr.push(0);
    }
    ids[i] = id;
    const w = input.weights[i] as number;
    const r = w * (input.values[i] as number);
    gw[id] = (gw[id] as number) + w;
    gr[id] = (gr[id] as number) + r;
    weight += w;
    resource += r;
  }
  if (!(weight > 0)) return allUndefined('noStudents');
  if (resource === 0) return allUndefined('zeroTotal');
  const mean = resource / weight;
  const k = labels.length;
  const gMean = gw.map((w, g) => (w > 0 ? (gr[g] as number) / w : 0));
  const lnRatio = gMean.map((m) => (m > 0 ? Math.log(m / mean) : 0)); // ln(μₖ/μ)
  const gt = new Float64Array(k); // Σ w x ln(x/μₖ)
  const gl = new Float64Array(k); // Σ w ln(μₖ/x)
  const gZero = new Uint8Array(k);
  for (let i = 0; i < n; i++) {
    const w = input.weights[i] as number;
    if (w === 0) continue;
    const x = input.values[i] as number;
    const g = ids[i] as number;
    if (x > 0) {
      const lx = Math.log(x / (gMean[g] as number));
      gt[g] = (gt[g] as number) + w * x * lx;
      gl[g] = (gl[g] as number) - w * lx;
    } else {
      gZero[g] = 1;
    }
  }
  const out: TheilGroup[] = [];
  let withinT = 0;
  let betweenT = 0;
  let withinL = 0;
  let betweenL = 0;
  let anyZero = false;
  for (let g = 0; g < k; g++) {
    const w = gw[g] as number;
    if (!(w > 0)) continue;
    const r = gr[g] as number;
    const p = w / weight;
    const s = r / resource;
    const t = r > 0 ? measure(Math.max(0, (gt[g] as number) / r)) : undefinedMeasure('zeroTotal');
    const l = gZero[g] ? undefinedMeasure('zeroValue') : measure(Math.max(0, (gl[g] as number) / w));
    if (gZero[g]) anyZero = true;
    out.push({
      label: labels[g] as string,
      studentShare: p,
      resourceShare: s,
      mean: gMean[g] as number,
      theilT: t,
      theilL: l,
    });
    if (t.defined) {
      withinT += s * t.value;
      betweenT += s * (lnRatio[g] as number);
    }
    if (l.defined) {
      withinL += p * l.value;
      betweenL -= p * (lnRatio[g] as number);
    }
  }
  const lOrUndefined = (v: number): Measure => (anyZero ? undefinedMeasure('zeroValue') : measure(v));
  return {
    theilT: measure(Math.max(0, withinT + betweenT)),
    theilL: lOrUndefined(Math.max(0, withinL + betweenL)),
    withinT: measure(withinT),
    betweenT: measure(betweenT),
    withinL: lOrUndefined(withinL),
    betweenL: lOrUndefined(betweenL),
    groups: out,
  };
}

function allUndefined(reason: 'noStudents' | 'zeroTotal'): TheilDecomposition {
  const u = undefinedMeasure(reason);
  return { theilT: u, theilL: u, betweenT: u, withinT: u, betweenL: u, withinL: u, groups: [] };
}
