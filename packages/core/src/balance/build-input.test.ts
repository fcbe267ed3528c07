import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { generateDemoCounty } from '../demo/county';
import { buildEvaluationInput } from './build-input';
import { YEAR, makeCounty, makeSchool, makeStats, makeTeacher } from './fixtures';
import { FACILITY_KEYS } from './input';
import { BASIC_2012, QUALITY_2017 } from './standards';

describe('buildEvaluationInput', () => {
  it('splits a nine-year school into two sections with the §3 golden books and its own teachers', () => {
    const data = makeCounty({
      schools: [makeSchool('5107220001', 'nineYear')],
      stats: [makeStats('5107220001', { primaryStudents: 166, juniorStudents: 210, books: 23_226 })],
      teachers: [
        makeTeacher('5107220001', 'primary', { education: 'associate', title: 'first', subject: 'music' }),
        makeTeacher('5107220001', 'primary', { education: 'secondary', backboneLevel: 'county' }),
        makeTeacher('5107220001', 'junior', { education: 'associate', title: 'senior', subject: 'pe' }),
        makeTeacher('5107220001', 'junior', { education: 'bachelor', backboneLevel: 'national' }),
        makeTeacher('5107220001', 'junior', { fullTime: false }),
      ],
    });
    const input = buildEvaluationInput(data, YEAR, QUALITY_2017);
    const [p, j] = input.sections;
    expect(p?.stage).toBe('primary');
    expect(p?.facilities.books.toFixed(2)).toBe('9711.63');
    expect(j?.facilities.books.toFixed(2)).toBe('13514.37');
    // associate is above the required education for primary, not for junior.
    expect(p?.teachers).toEqual({
      fullTime: 2,
      aboveRequiredEducation: 1,
      intermediateTitle: 1,
      backbone: 1,
      peArts: 1,
    });
    expect(j?.teachers).toEqual({
      fullTime: 2,
      aboveRequiredEducation: 1,
      intermediateTitle: 1,
      backbone: 1,
      peArts: 1,
    });
  });

  it('counts every teacher of a single-stage school in its one stage', () => {
    const data = makeCounty({
      schools: [makeSchool('5107220002', 'primary')],
      stats: [makeStats('5107220002', { primaryStudents: 100 })],
      teachers: [makeTeacher('5107220002', 'junior'), makeTeacher('5107220002', 'primary')],
    });
    expect(buildEvaluationInput(data, YEAR, BASIC_2012).sections[0]?.teachers.fullTime).toBe(2);
  });

  it('ignores teachers and statistics of other years', () => {
    const data = makeCounty({
      schools: [makeSchool('5107220003', 'junior')],
      stats: [
        makeStats('5107220003', { juniorStudents: 100, books: 10 }),
        makeStats('5107220003', { schoolYear: '2023-2024', juniorStudents: 90, books: 99 }),
      ],
      teachers: [makeTeacher('5107220003', 'junior', { schoolYear: '2023-2024' })],
    });
    const [s] = buildEvaluationInput(data, YEAR, BASIC_2012).sections;
    expect(s?.facilities.books).toBe(10);
    expect(s?.teachers.fullTime).toBe(0);
  });

  it('conserves the county totals of facilities and full-time teachers on the demo county', () => {
    const data = generateDemoCounty();
    const input = buildEvaluationInput(data, YEAR, QUALITY_2017);
    const inCodes = new Set(input.sections.map((s) => s.schoolCode));
    for (const k of FACILITY_KEYS) {
      // Only complete secondary schools keep a senior share outside the sections.
      const expected = data.stats
        .filter((s) => s.schoolYear === YEAR && inCodes.has(s.schoolCode))
        .reduce((a, s) => {
          const type = data.schools.find((x) => x.schoolCode === s.schoolCode)?.schoolType;
          const seniorShare =
            type === 'completeSecondary'
              ? (1.2 * s.seniorStudents) / (s.juniorStudents + 1.2 * s.seniorStudents)
              : 0;
          return a + s[k] * (1 - seniorShare);
        }, 0);
      const got = input.sections.reduce((a, s) => a + s.facilities[k], 0);
      expect(got).toBeCloseTo(expected, 4);
    }
    const teachers = data.teachers.filter(
      (t) => t.schoolYear === YEAR && t.fullTime && inCodes.has(t.schoolCode),
    );
    expect(input.sections.reduce((a, s) => a + s.teachers.fullTime, 0)).toBe(teachers.length);
    expect(input.sections.length).toBeGreaterThan(40);
  });

  it('property: sections of random counties conserve students and facilities of included schools', () => {
    const school = fc.record({
      type: fc.constantFrom(
        'primary' as const,
        'junior' as const,
        'nineYear' as const,
        'twelveYear' as const,
      ),
      a: fc.integer({ min: 1, max: 3000 }),
      b: fc.integer({ min: 1, max: 3000 }),
      area: fc.integer({ min: 0, max: 100_000 }),
    });
    fc.assert(
      fc.property(fc.array(school, { minLength: 1, maxLength: 12 }), (rows) => {
        const codes = rows.map((_, i) => `51072200${String(i).padStart(2, '0')}`);
        const data = makeCounty({
          schools: rows.map((r, i) => makeSchool(codes[i] as string, r.type)),
          stats: rows.map((r, i) =>
            makeStats(codes[i] as string, {
              primaryStudents: r.a,
              juniorStudents: r.b,
              teachingAuxArea: r.area,
            }),
          ),
        });
        const input = buildEvaluationInput(data, YEAR, BASIC_2012);
        const expectedStudents = rows.reduce(
          (acc, r) => acc + (r.type === 'primary' ? r.a : r.type === 'junior' ? r.b : r.a + r.b),
          0,
        );
        expect(input.sections.reduce((a, s) => a + s.students, 0)).toBe(expectedStudents);
        const area = input.sections.reduce((a, s) => a + s.facilities.teachingAuxArea, 0);
        expect(area).toBeCloseTo(
          rows.reduce((a, r) => a + r.area, 0),
          6,
        );
      }),
    );
  });
});
