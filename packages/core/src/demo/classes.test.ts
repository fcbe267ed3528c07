import { describe, expect, it } from 'vitest';
import { generateDemoCounty } from './county';
import { must, schoolIndex, statsOf } from './test-helpers';

const data = generateDemoCounty();
const latest = statsOf(data, '2024-2025');
const schools = schoolIndex(data);

describe('generateDemoCounty: classes', () => {
  it('lists the latest year only, for schools that exist', () => {
    expect(new Set(data.classes.map((c) => c.schoolYear))).toEqual(new Set(['2024-2025']));
    for (const c of data.classes) expect(schools.has(c.schoolCode)).toBe(true);
  });

  it('matches the stats: as many classes and as many students per school and stage', () => {
    for (const [code, row] of latest) {
      for (const stage of ['primary', 'junior'] as const) {
        const rows = data.classes.filter((c) => c.schoolCode === code && c.stage === stage);
        const classes = stage === 'primary' ? row.primaryClasses : row.juniorClasses;
        const students = stage === 'primary' ? row.primaryStudents : row.juniorStudents;
        expect(rows).toHaveLength(classes);
        expect(rows.reduce((n, c) => n + c.students, 0)).toBe(students);
      }
    }
  });

  it('uses grades 1–6 for primary and 7–9 for junior, with unique class names', () => {
    for (const c of data.classes) {
      expect(c.students).toBeGreaterThan(0);
      if (c.stage === 'primary') expect(c.grade).toBeGreaterThanOrEqual(1);
      if (c.stage === 'primary') expect(c.grade).toBeLessThanOrEqual(6);
      if (c.stage === 'junior') expect(c.grade).toBeGreaterThanOrEqual(7);
      if (c.stage === 'junior') expect(c.grade).toBeLessThanOrEqual(9);
    }
    const keys = data.classes.map((c) => `${c.schoolCode}/${c.className}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('has a few oversized classes (56–65) and one or two super-oversized ones (≥ 66)', () => {
    const oversized = data.classes.filter((c) => c.students >= 56 && c.students <= 65);
    const superOversized = data.classes.filter((c) => c.students >= 66);
    expect(oversized.length).toBeGreaterThan(0);
    expect(oversized.length / data.classes.length).toBeLessThan(0.1);
    expect(superOversized.length).toBeGreaterThanOrEqual(1);
    expect(superOversized.length).toBeLessThanOrEqual(2);
    for (const c of superOversized) expect(must(schools.get(c.schoolCode)).urbanRuralCode).toBe('111');
  });
});
