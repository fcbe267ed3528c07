// Small sampling helpers over the core's seeded generator: the demo data may only draw from seededRandom
// (architecture.md: no ambient randomness in packages/core).
import type { Random } from '../shared/random';

export function uniform(rng: Random, min: number, max: number): number {
  return min + rng.next() * (max - min);
}

/** A normal draw clipped into [min, max]. */
export function clippedNormal(rng: Random, mean: number, sd: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, rng.normal(mean, sd)));
}

export type Weighted<T> = readonly (readonly [T, number])[];

export function weightedPick<T>(rng: Random, entries: Weighted<T>): T {
  let total = 0;
  for (const [, w] of entries) total += w;
  let r = rng.next() * total;
  for (const [value, w] of entries) {
    r -= w;
    if (r < 0) return value;
  }
  const last = entries[entries.length - 1];
  if (!last) throw new Error('weightedPick from an empty list');
  return last[0];
}

/** Fisher–Yates on a copy. */
export function shuffled<T>(rng: Random, items: readonly T[]): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    const a = out[i] as T;
    out[i] = out[j] as T;
    out[j] = a;
  }
  return out;
}

export function sampleDistinct<T>(rng: Random, items: readonly T[], n: number): T[] {
  if (n > items.length) throw new RangeError(`cannot draw ${n} distinct items from ${items.length}`);
  return shuffled(rng, items).slice(0, n);
}

/** A fresh 32-bit seed drawn from a parent generator, so sub-generators stay independent and reproducible. */
export function childSeed(rng: Random): number {
  return Math.floor(rng.next() * 4294967296) >>> 0;
}

export function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
