import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gini, lorenzCurve } from './gini';
import { theil } from './theil';
import { mcLooneVerstegen, weightedMedian } from './mcloone';
import { allocationInconsistency } from './allocation-consistency';
import { equityReport } from './report';
import type { Measure } from './types';

const value = (m: Measure): number => {
  if (!m.defined) throw new Error(`undefined measure: ${m.reason}`);
  return m.value;
};

describe('gini', () => {
  it('matches the pairwise definition on a small case', () => {
    // Two schools: 1 student at 1, 3 students at 3. Pairs: |1−3|·1·3·2 = 12; 2W²μ = 2·16·(10/4) = 80.
    expect(value(gini({ weights: [1, 3], values: [1, 3] }))).toBeCloseTo(12 / 80, 15);
  });
  it('is 0 for equal values and undefined with no students or no resource', () => {
    expect(value(gini({ weights: [5, 7], values: [2, 2] }))).toBe(0);
    expect(gini({ weights: [], values: [] })).toEqual({ defined: false, reason: 'noStudents' });
    expect(gini({ weights: [3], values: [0] })).toEqual({ defined: false, reason: 'zeroTotal' });
  });
  it('draws a Lorenz curve from (0,0) to (1,1) below the diagonal', () => {
    const curve = lorenzCurve({ weights: [1, 1, 2], values: [1, 2, 4] });
    expect(curve[0]).toEqual([0, 0]);
    expect(curve.at(-1)?.[0]).toBeCloseTo(1, 12);
    expect(curve.at(-1)?.[1]).toBeCloseTo(1, 12);
    for (const [p, r] of curve) expect(r).toBeLessThanOrEqual(p + 1e-12);
  });
});

describe('theil', () => {
  it('is undefined for L when a school has a zero value, defined for T', () => {
    const r = theil({ weights: [10, 10], values: [0, 2] });
    expect(r.theilL).toEqual({ defined: false, reason: 'zeroValue' });
    expect(value(r.theilT)).toBeCloseTo(Math.log(2), 12);
  });
  it('decomposes by urban/town/rural', () => {
    const r = theil({ weights: [100, 200, 50, 80], values: [5, 6, 2, 3] }, [
      'urban',
      'urban',
      'rural',
      'town',
    ]);
    expect(r.groups.map((g) => g.label).sort()).toEqual(['rural', 'town', 'urban']);
    expect(value(r.betweenT) + value(r.withinT)).toBeCloseTo(value(r.theilT), 14);
    expect(value(r.betweenL) + value(r.withinL)).toBeCloseTo(value(r.theilL), 14);
  });
});

describe('McLoone and Verstegen', () => {
  it('uses the student-weighted median', () => {
    const input = { weights: [10, 10, 30], values: [1, 2, 4] };
    expect(weightedMedian(input)).toBe(4);
    const r = mcLooneVerstegen(input);
    // All students are at or below 4: (10·1 + 10·2 + 30·4) / (4·50) = 150 / 200.
    expect(value(r.mcLoone)).toBeCloseTo(0.75, 15);
    expect(value(r.verstegen)).toBe(1);
  });
});

describe('allocation inconsistency (1 − R²)', () => {
  it('is 0 when teachers are proportional to students and undefined without variation', () => {
    expect(value(allocationInconsistency([100, 200, 300], [5, 10, 15]))).toBeCloseTo(0, 14);
    expect(allocationInconsistency([100, 100], [5, 7])).toEqual({ defined: false, reason: 'noVariation' });
    const r = value(allocationInconsistency([100, 200, 300, 400], [9, 6, 20, 12]));
    expect(r).toBeGreaterThan(0.2);
    expect(r).toBeLessThan(1);
  });
});

const schools = fc.array(
  fc.record({
    w: fc.integer({ min: 1, max: 3000 }),
    x: fc.double({ min: 0.01, max: 1e4, noNaN: true }),
    g: fc.constantFrom('urban', 'town', 'rural'),
  }),
  { minLength: 1, maxLength: 60 },
);
const split = (rows: Array<{ w: number; x: number; g: string }>) => ({
  weights: rows.map((r) => r.w),
  values: rows.map((r) => r.x),
  groups: rows.map((r) => r.g),
});

describe('equity properties', () => {
  it('Theil between + within = total (T and L)', () => {
    fc.assert(
      fc.property(schools, (rows) => {
        const r = theil(split(rows), split(rows).groups);
        const t = value(r.theilT);
        const l = value(r.theilL);
        return (
          Math.abs(value(r.betweenT) + value(r.withinT) - t) <= 1e-10 * Math.max(1, t) &&
          Math.abs(value(r.betweenL) + value(r.withinL) - l) <= 1e-10 * Math.max(1, l)
        );
      }),
    );
  });
  it('Gini lies in [0, 1) and every measure is unchanged by scaling values', () => {
    fc.assert(
      fc.property(schools, fc.double({ min: 1e-3, max: 1e3, noNaN: true }), (rows, k) => {
        const a = equityReport(split(rows));
        const b = equityReport({ ...split(rows), values: rows.map((r) => r.x * k) });
        const g = value(a.gini);
        const close = (m: Measure, n: Measure) =>
          Math.abs(value(m) - value(n)) <= 1e-9 * Math.max(1, value(m));
        return (
          g >= -1e-12 &&
          g < 1 &&
          close(a.gini, b.gini) &&
          close(a.theil.theilT, b.theil.theilT) &&
          close(a.theil.theilL, b.theil.theilL) &&
          close(a.mcLoone, b.mcLoone)
        );
      }),
    );
  });
  it('McLoone = 1 when every student is at or above the median', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 500 }), { minLength: 1, maxLength: 30 }), (w) => {
        const r = mcLooneVerstegen({ weights: w, values: w.map(() => 7) });
        return (
          Math.abs(value(r.mcLoone) - 1) < 1e-12 && value(gini({ weights: w, values: w.map(() => 7) })) === 0
        );
      }),
    );
  });
});
