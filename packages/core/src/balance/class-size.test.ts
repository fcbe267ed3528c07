import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { generateDemoCounty } from '../demo/county';
import type { ClassRow } from '../org/types';
import { classSizeBand, classSizeReport } from './class-size';
import { YEAR, makeCounty, makeStats } from './fixtures';

const row = (schoolCode: string, stage: 'primary' | 'junior', students: number, i: number): ClassRow => ({
  schoolYear: YEAR,
  schoolCode,
  stage,
  grade: stage === 'primary' ? 1 : 7,
  className: `${i}班`,
  students,
});

describe('class size (standards.md §6)', () => {
  it('bands at 45 / 55 / 65', () => {
    expect([45, 46, 55, 56, 65, 66].map((n) => classSizeBand(n))).toEqual([
      'normal',
      'larger',
      'larger',
      'oversized',
      'oversized',
      'superOversized',
    ]);
  });

  it('counts per school and county; oversized includes super-oversized; limits 45 / 50 by stage', () => {
    const data = makeCounty({
      classes: [
        row('5107220001', 'primary', 40, 1),
        row('5107220001', 'primary', 48, 2),
        row('5107220001', 'primary', 58, 3),
        row('5107220001', 'junior', 50, 4),
        row('5107220001', 'junior', 70, 5),
        row('5107220002', 'junior', 30, 1),
      ],
    });
    const r = classSizeReport(data, YEAR);
    const s1 = r.schools.find((s) => s.schoolCode === '5107220001');
    expect(s1?.total).toMatchObject({
      classes: 5,
      normal: 1,
      larger: 2,
      oversized: 2,
      superOversized: 1,
      maxSize: 70,
    });
    // 48 and 58 exceed 45 in primary; 50 does not exceed 50 in junior, 70 does.
    expect(s1?.total.overLimit).toBe(3);
    expect(r.county.total.classes).toBe(6);
    expect(r.county.total.oversizedShare).toBeCloseTo(2 / 6, 12);
    expect(r.county.junior.superOversized).toBe(1);
    expect(r.meetsTargets).toBe(false);
  });

  it('falls back to the average size from statistics when a school has no class list', () => {
    const data = makeCounty({
      stats: [makeStats('5107220003', { primaryStudents: 600, primaryClasses: 10 })],
    });
    const r = classSizeReport(data, YEAR, { limits: { primary: 60, junior: 50 } });
    expect(r.schools[0]?.source).toBe('average');
    expect(r.schools[0]?.byStage.primary).toMatchObject({
      classes: 10,
      oversized: 10,
      overLimit: 0,
      maxSize: 60,
    });
  });

  it('property: the bands partition the classes and the county equals the sum of its schools', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 90 })), {
          maxLength: 60,
        }),
        (rows) => {
          const data = makeCounty({
            classes: rows.map(([s, n], i) => row(`510722000${s}`, i % 2 ? 'junior' : 'primary', n, i)),
          });
          const r = classSizeReport(data, YEAR);
          const t = r.county.total;
          expect(t.normal + t.larger + t.oversized).toBe(rows.length);
          expect(t.superOversized).toBeLessThanOrEqual(t.oversized);
          expect(r.schools.reduce((a, s) => a + s.total.classes, 0)).toBe(rows.length);
        },
      ),
    );
  });

  it('reads the demo county class list', () => {
    const r = classSizeReport(generateDemoCounty(), YEAR);
    expect(r.county.total.classes).toBeGreaterThan(500);
    expect(r.schools.every((s) => s.source === 'classes')).toBe(true);
  });
});
