import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { weightedCv } from './cv';

// standards.md §1: the official worked example, books per student, 5 primary schools.
const students = [45, 37, 89, 76, 55];
const books = [279, 137, 935, 160, 402];
const perStudent = books.map((b, i) => b / (students[i] as number));

describe('weightedCv', () => {
  it('reproduces the official worked example (CV 0.515257)', () => {
    const r = weightedCv(students, perStudent);
    if (!r.defined) throw new Error('expected a defined CV');
    expect(r.mean).toBeCloseTo(6.334437, 6);
    expect(r.weightedVariance).toBeCloseTo(10.652787, 6);
    expect(r.sd).toBeCloseTo(3.263861, 6);
    expect(r.cv).toBeCloseTo(0.515257, 6);
  });

  it('is not the unweighted CV (0.4888) nor the sample CV (0.5465)', () => {
    const r = weightedCv(students, perStudent);
    if (!r.defined) throw new Error('expected a defined CV');
    expect(Math.abs(r.cv - 0.4888)).toBeGreaterThan(0.02);
    expect(Math.abs(r.cv - 0.5465)).toBeGreaterThan(0.02);
    const unweighted = weightedCv([1, 1, 1, 1, 1], perStudent);
    if (!unweighted.defined) throw new Error('expected a defined CV');
    expect(unweighted.cv).toBeCloseTo(0.4888, 4);
  });

  it('reports an undefined CV when no school has the resource', () => {
    expect(weightedCv([10, 20], [0, 0])).toEqual({
      defined: false,
      reason: 'zeroMean',
      mean: 0,
      totalWeight: 30,
    });
    expect(weightedCv([], [])).toMatchObject({ defined: false, reason: 'noStudents' });
  });

  const school = fc.record({
    p: fc.integer({ min: 1, max: 3000 }),
    r: fc.double({ min: 0.01, max: 1e6, noNaN: true }),
  });

  it('is unchanged by scaling a resource', () => {
    fc.assert(
      fc.property(
        fc.array(school, { minLength: 1, maxLength: 50 }),
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        (rows, k) => {
          const w = rows.map((s) => s.p);
          const a = weightedCv(
            w,
            rows.map((s) => s.r / s.p),
          );
          const b = weightedCv(
            w,
            rows.map((s) => (k * s.r) / s.p),
          );
          if (!a.defined || !b.defined) return false;
          return Math.abs(a.cv - b.cv) <= 1e-9 * Math.max(1, a.cv);
        },
      ),
    );
  });

  it('is 0 when every school has the same value', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 3000 }), { minLength: 1, maxLength: 50 }),
        fc.double({ min: 0.01, max: 1e5, noNaN: true }),
        (w, x) => {
          const r = weightedCv(
            w,
            w.map(() => x),
          );
          return r.defined && Math.abs(r.cv) < 1e-12;
        },
      ),
    );
  });
});
