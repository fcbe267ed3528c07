// withOverrides: a province's variant of a standard as data (a minimum, the teaching-point cutoff, a weight).
import { standardSchema } from './schema';
import type { Standard } from './types';

/** Objects partial at every depth; arrays of keyed objects take partial items matched by `key`. */
export type StandardOverrides = DeepPartial<Standard>;
export type DeepPartial<T> =
  T extends Array<infer U>
    ? U extends { key: string }
      ? Array<DeepPartial<U> & { key: string }>
      : T
    : T extends object
      ? { [K in keyof T]?: DeepPartial<T[K]> | (null extends T[K] ? null : never) }
      : T;

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const isKeyed = (v: unknown): v is { key: string } => isPlainObject(v) && typeof v['key'] === 'string';

/** Arrays of keyed objects merge item by item (new keys are appended); any other array is replaced. */
function mergeArrays(base: unknown[], patch: unknown[]): unknown[] {
  if (!patch.every(isKeyed) || !base.every(isKeyed)) return structuredClone(patch);
  const out = base.map((item) => {
    const p = patch.find((q) => q.key === item.key);
    return p === undefined ? structuredClone(item) : deepMerge(item, p);
  });
  for (const p of patch) if (!base.some((b) => b.key === p.key)) out.push(structuredClone(p));
  return out;
}

function deepMerge(base: unknown, patch: unknown): unknown {
  if (patch === undefined) return structuredClone(base);
  if (Array.isArray(base) && Array.isArray(patch)) return mergeArrays(base, patch);
  if (isPlainObject(base) && isPlainObject(patch)) {
    const out: Record<string, unknown> = {};
    for (const k of new Set([...Object.keys(base), ...Object.keys(patch)]))
      out[k] = deepMerge(base[k], patch[k]);
    return out;
  }
  return structuredClone(patch);
}

/**
 * A new standard: `standard` deep-merged with `overrides`, validated. The input is never changed. A `key`
 * names the indicator or school-rule item to change; a discriminated part (`teachingPoints`) is replaced whole
 * when its `kind` changes.
 */
export function withOverrides(standard: Standard, overrides: StandardOverrides): Standard {
  const merged = deepMerge(standard, overrides) as Record<string, unknown>;
  const tp = (overrides.population as { teachingPoints?: { kind?: string } } | undefined)?.teachingPoints;
  if (tp?.kind !== undefined && tp.kind !== standard.population.teachingPoints.kind) {
    (merged['population'] as Record<string, unknown>)['teachingPoints'] = structuredClone(tp);
  }
  return standardSchema.parse(merged) as Standard;
}
