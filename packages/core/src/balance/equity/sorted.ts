import type { WeightedValues } from './types';

const RADIX_FROM = 4096;

/**
 * Indices of the schools ordered by value, ascending; ties keep input order so results are reproducible.
 * Large inputs use a stable LSD radix sort on the IEEE-754 bit patterns (4 passes of 16 bits): a comparator
 * sort of 240,000 indices costs ~90 ms in V8, the radix sort a few ms, and the province equity report needs it.
 */
export function orderByValue(values: ArrayLike<number>): Uint32Array {
  const n = values.length;
  if (n < RADIX_FROM) {
    const order = new Uint32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    // A typed-array sort with a comparator is stable in V8 (ES2019), which the tie rule relies on.
    return order.sort((a, b) => (values[a] as number) - (values[b] as number));
  }
  return radixOrder(values);
}

function radixOrder(values: ArrayLike<number>): Uint32Array {
  const n = values.length;
  const doubles = new Float64Array(n);
  for (let i = 0; i < n; i++) doubles[i] = (values[i] as number) + 0; // −0 → +0 so both sort as equal
  const words = new Uint32Array(doubles.buffer);
  const little = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
  const hi = new Uint32Array(n);
  const lo = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let h = words[2 * i + (little ? 1 : 0)] as number;
    let l = words[2 * i + (little ? 0 : 1)] as number;
    // Map doubles to unsigned keys that sort like the numbers: flip all bits of negatives, the sign of positives.
    if (h & 0x80000000) {
      h = ~h >>> 0;
      l = ~l >>> 0;
    } else {
      h = (h | 0x80000000) >>> 0;
    }
    hi[i] = h;
    lo[i] = l;
  }
  // Keys travel with the indices so every pass reads sequentially; one counting pass fills all four histograms,
  // and a pass whose digit is the same everywhere (common in the high bits) is skipped.
  const counts = new Uint32Array(4 * 65536);
  for (let i = 0; i < n; i++) {
    const l = lo[i] as number;
    const h = hi[i] as number;
    bump(counts, l & 0xffff);
    bump(counts, 65536 + (l >>> 16));
    bump(counts, 131072 + (h & 0xffff));
    bump(counts, 196608 + (h >>> 16));
  }
  let order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let hiA = hi;
  let loA = lo;
  let orderB = new Uint32Array(n);
  let hiB = new Uint32Array(n);
  let loB = new Uint32Array(n);
  for (let pass = 0; pass < 4; pass++) {
    const base = pass * 65536;
    const shift = (pass % 2) * 16;
    const keys = pass < 2 ? loA : hiA;
    if (counts[base + (((keys[0] as number) >>> shift) & 0xffff)] === n) continue;
    let sum = 0;
    for (let d = 0; d < 65536; d++) {
      const c = counts[base + d] as number;
      counts[base + d] = sum;
      sum += c;
    }
    for (let k = 0; k < n; k++) {
      const key = pass < 2 ? (loA[k] as number) : (hiA[k] as number);
      const at = bump(counts, base + ((key >>> shift) & 0xffff));
      orderB[at] = order[k] as number;
      hiB[at] = hiA[k] as number;
      loB[at] = loA[k] as number;
    }
    [order, orderB] = [orderB, order];
    [hiA, hiB] = [hiB, hiA];
    [loA, loB] = [loB, loA];
  }
  return order;
}

export function totals({ weights, values }: WeightedValues): { weight: number; resource: number } {
  let weight = 0;
  let resource = 0;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i] as number;
    weight += w;
    resource += w * (values[i] as number);
  }
  return { weight, resource };
}

/** Post-increment of a typed-array slot (`a[i]++` reads as possibly undefined under noUncheckedIndexedAccess). */
function bump(a: Uint32Array, i: number): number {
  const v = a[i] as number;
  a[i] = v + 1;
  return v;
}
