import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FACILITY_KEYS, type FacilityResources } from './input';
import { facilityShares, splitFacilities } from './split';
import { DEFAULT_SPLIT_WEIGHTS } from './standards';

describe('facilityShares / splitFacilities (standards.md §3)', () => {
  it('splits a nine-year school A=166, B=210, 23,226 books → 9,711.63 / 13,514.37', () => {
    const shares = facilityShares(
      'nineYear',
      { primary: 166, junior: 210, senior: 0 },
      DEFAULT_SPLIT_WEIGHTS,
    );
    expect((23_226 * shares.primary).toFixed(2)).toBe('9711.63');
    expect((23_226 * shares.junior).toFixed(2)).toBe('13514.37');
  });

  it('uses 1 : 1.2 for a complete secondary school and 1 : 1.1 : 1.32 for a twelve-year school', () => {
    const c = facilityShares(
      'completeSecondary',
      { primary: 0, junior: 600, senior: 500 },
      DEFAULT_SPLIT_WEIGHTS,
    );
    expect(c.junior).toBeCloseTo(600 / (600 + 1.2 * 500), 12);
    expect(c.primary).toBe(0);
    const t = facilityShares('twelveYear', { primary: 300, junior: 200, senior: 100 }, DEFAULT_SPLIT_WEIGHTS);
    const d = 300 + 1.1 * 200 + 1.32 * 100;
    expect(t.primary).toBeCloseTo(300 / d, 12);
    expect(t.junior).toBeCloseTo(220 / d, 12);
  });

  it('gives a single-stage school its whole facilities', () => {
    expect(facilityShares('primary', { primary: 10, junior: 5, senior: 0 }, DEFAULT_SPLIT_WEIGHTS)).toEqual({
      primary: 1,
      junior: 0,
    });
  });

  it('conserves totals: the sections of a school with no senior students share all its facilities', () => {
    const resources = fc.record(
      Object.fromEntries(
        FACILITY_KEYS.map((k) => [k, fc.double({ min: 0, max: 1e7, noNaN: true })]),
      ) as Record<keyof FacilityResources, fc.Arbitrary<number>>,
    );
    fc.assert(
      fc.property(
        fc.constantFrom('nineYear' as const, 'twelveYear' as const),
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 0, max: 5000 }),
        resources,
        (type, a, b, total) => {
          const s = facilityShares(type, { primary: a, junior: b, senior: 0 }, DEFAULT_SPLIT_WEIGHTS);
          const p = splitFacilities(total, s.primary);
          const j = splitFacilities(total, s.junior);
          for (const k of FACILITY_KEYS) expect(p[k] + j[k]).toBeCloseTo(total[k], 6);
        },
      ),
    );
  });

  it('conserves totals with the senior part: primary + junior + senior = whole (twelve-year)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 1, max: 5000 }),
        (a, b, c) => {
          const s = facilityShares('twelveYear', { primary: a, junior: b, senior: c }, DEFAULT_SPLIT_WEIGHTS);
          const senior = (1.32 * c) / (a + 1.1 * b + 1.32 * c);
          expect(s.primary + s.junior + senior).toBeCloseTo(1, 12);
        },
      ),
    );
  });
});
