// Convex separable costs on an arc: a cost function f(x) over integer flows x = 0..n with non-decreasing
// marginal costs f(k) − f(k−1) becomes parallel arcs, one per run of equal marginal cost. A min-cost flow fills
// the cheaper segments first, so the flow on the bundle costs exactly f(x) at the optimum.

export interface Segment {
  capacity: number;
  /** Cost per unit on this segment (integer). */
  cost: number;
}

/** Segments from marginal costs m[0..n−1] (the cost of unit k+1); adjacent equal marginals are merged. */
export function segmentsFromMarginals(marginals: readonly number[]): Segment[] {
  const segments: Segment[] = [];
  let previous = -Infinity;
  marginals.forEach((m, k) => {
    if (!Number.isSafeInteger(m)) throw new RangeError(`marginal cost ${k} must be an integer, got ${m}`);
    if (m < previous)
      throw new RangeError(`marginal costs must not decrease (unit ${k + 1}: ${m} < ${previous})`);
    const last = segments[segments.length - 1];
    if (last !== undefined && last.cost === m) last.capacity += 1;
    else segments.push({ capacity: 1, cost: m });
    previous = m;
  });
  return segments;
}

/**
 * Segments for a real convex f over 0..units. Each marginal f(k) − f(k−1) is rounded to an integer on its own:
 * rounding is monotone, so the rounded marginals still never decrease (rounding f's values instead could break
 * that by one unit). The bundle then costs f(x) − f(0) to within x/2 units.
 */
export function convexSegments(f: (units: number) => number, units: number): Segment[] {
  if (!Number.isInteger(units) || units < 0) throw new RangeError('units must be a non-negative integer');
  const marginals: number[] = [];
  let prev = f(0);
  let floor = -Infinity;
  for (let k = 1; k <= units; k++) {
    const next = f(k);
    // The running maximum only absorbs floating-point noise of a convex f (equal marginals off by 1e-12).
    floor = Math.max(floor, Math.round(next - prev));
    marginals.push(floor);
    prev = next;
  }
  return segmentsFromMarginals(marginals);
}

/** Cost of sending `units` through segments, cheapest first (what a min-cost flow does on a convex bundle). */
export function segmentsCost(segments: readonly Segment[], units: number): number {
  let left = units;
  let total = 0;
  for (const s of [...segments].sort((a, b) => a.cost - b.cost)) {
    const take = Math.min(left, s.capacity);
    total += take * s.cost;
    left -= take;
  }
  if (left > 0) throw new RangeError(`segments carry at most ${units - left} units`);
  return total;
}
