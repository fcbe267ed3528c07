import { describe, expect, it } from 'vitest';
import { generateDemoCounty } from '../demo/county';
import { evaluateCounty } from './evaluate';
import { evaluateSchool } from './school-compliance';
import { YEAR, makeCounty, makeSchool, makeSection, makeStats, makeTeacher } from './fixtures';
import { BASIC_2012, BASIC_2012_PROVINCIAL_EXAMPLE, QUALITY_2017 } from './standards';

// standards.md §1: the official worked example, books per student, 5 primary schools.
const STUDENTS = [45, 37, 89, 76, 55];
const BOOKS = [279, 137, 935, 160, 402];

function fiveSchoolCounty() {
  const codes = STUDENTS.map((_, i) => `510722000${i + 1}`);
  return makeCounty({
    schools: codes.map((c) => makeSchool(c, 'primary')),
    stats: codes.map((c, i) =>
      makeStats(c, {
        primaryStudents: STUDENTS[i] as number,
        books: BOOKS[i] as number,
        teachingAuxArea: 300 + 10 * i,
        sportsGroundArea: 500 + 40 * i,
        equipmentValue: 80_000 + 5_000 * i,
        computers: 5 + i,
      }),
    ),
    teachers: codes.flatMap((c, i) =>
      Array.from({ length: 3 + i }, (_, k) =>
        makeTeacher(c, 'primary', {
          title: k % 2 === 0 ? 'first' : 'second',
          education: k < 2 ? 'bachelor' : 'secondary',
        }),
      ),
    ),
  });
}

describe('evaluateCounty', () => {
  it('reproduces CV 0.515257 (books, standards.md §1) through the real pipeline from sections', () => {
    const report = evaluateCounty(fiveSchoolCounty(), BASIC_2012, { schoolYear: YEAR });
    expect(report.standard).toBe('basic-2012');
    expect(report.schoolYear).toBe(YEAR);
    const primary = report.counties[0]?.stages.primary;
    expect(primary?.schoolCount).toBe(5);
    const books = primary?.indicators.find((i) => i.key === 'booksPerStudent');
    expect(books?.mean).toBeCloseTo(6.334437, 6);
    expect(books?.cv).toBeCloseTo(0.515257, 6);
    expect(books?.threshold).toBe(0.65);
    expect(books?.pass).toBe(true);
  });

  it('takes the composite as the mean of the unrounded CVs and judges the stage by it', () => {
    const primary = evaluateCounty(fiveSchoolCounty(), BASIC_2012).counties[0]?.stages.primary;
    const cvs = primary?.indicators.map((i) => i.cv as number) ?? [];
    expect(cvs).toHaveLength(8);
    const mean = cvs.reduce((a, b) => a + b, 0) / 8;
    expect(primary?.compositeCv).toBe(mean);
    // Not the mean of CVs rounded to 3 decimals (unless they happen to agree).
    expect(primary?.pass).toBe(mean <= 0.65);
  });

  it('reports an undefined CV with its reason, never NaN, and no junior stage as not evaluable', () => {
    const county = evaluateCounty(fiveSchoolCounty(), QUALITY_2017).counties[0];
    const mm = county?.stages.primary.indicators.find((i) => i.key === 'multimediaClassroomsPer100');
    expect(mm).toMatchObject({ cv: null, cvUndefinedReason: 'zeroMean', pass: null, mean: 0 });
    expect(county?.stages.junior.schoolCount).toBe(0);
    expect(county?.stages.junior.pass).toBeNull();
    expect(county?.stages.junior.indicators[0]?.cvUndefinedReason).toBe('noStudents');
    expect(JSON.stringify(county)).not.toContain('NaN');
  });

  it('has the import-template output shape, compositeCv only under basic-2012', () => {
    const data = generateDemoCounty();
    const q = evaluateCounty(data, QUALITY_2017, { schoolYear: YEAR });
    const c = q.counties[0];
    expect(c?.countyCode).toBe('510722');
    expect(c?.stages.primary).not.toHaveProperty('compositeCv');
    expect(c?.stages.primary.indicators).toHaveLength(7);
    expect(c?.schools[0]).toHaveProperty('values.sportsAreaPerStudent');
    expect(c?.schools[0]).toHaveProperty('meets.sportsAreaPerStudent');
    expect(c?.excluded.length).toBe(9);
    const b = evaluateCounty(data, BASIC_2012, { schoolYear: YEAR }).counties[0];
    expect(typeof b?.stages.junior.compositeCv).toBe('number');
    expect(b?.schools.every((s) => s.pass === null)).toBe(true);
    // Every indicator of the demo county is defined and the stage verdict follows the CVs.
    for (const stage of ['primary', 'junior'] as const) {
      const st = c?.stages[stage];
      expect(st?.indicators.every((i) => i.cv !== null && i.cv > 0)).toBe(true);
      expect(st?.pass).toBe(st?.indicators.every((i) => (i.cv as number) <= i.threshold));
    }
  });

  it('defaults to the latest school year', () => {
    expect(evaluateCounty(generateDemoCounty(), QUALITY_2017).schoolYear).toBe('2024-2025');
  });
});

// A primary section meeting all 7 quality-2017 minimums with room to spare, per 100 students.
const goodPrimary = (over: { sportsGroundArea?: number; equipmentValue?: number } = {}) =>
  makeSection('5107220009', 'primary', 100, {
    facilities: {
      teachingAuxArea: 500,
      indoorSportsArea: 0,
      sportsGroundArea: over.sportsGroundArea ?? 800,
      equipmentValue: over.equipmentValue ?? 250_000,
      computers: 10,
      multimediaClassrooms: 3,
      books: 3000,
    },
    teachers: { fullTime: 8, aboveRequiredEducation: 5, intermediateTitle: 3, backbone: 2, peArts: 1 },
  });

describe('per-school compliance', () => {
  it('quality-2017: a school meeting all 7 passes', () => {
    const r = evaluateSchool(goodPrimary(), QUALITY_2017);
    expect(r.metCount).toBe(7);
    expect(r.pass).toBe(true);
  });

  it('quality-2017: one indicator missed at 86% of its minimum passes, at 84% fails', () => {
    const at86 = evaluateSchool(goodPrimary({ sportsGroundArea: 0.86 * 7.5 * 100 }), QUALITY_2017);
    expect(at86.meets.sportsAreaPerStudent).toBe(false);
    expect(at86.metCount).toBe(6);
    expect(at86.pass).toBe(true);
    const at84 = evaluateSchool(goodPrimary({ sportsGroundArea: 0.84 * 7.5 * 100 }), QUALITY_2017);
    expect(at84.metCount).toBe(6);
    expect(at84.pass).toBe(false);
  });

  it('quality-2017: a school failing 2 indicators fails even when both are close', () => {
    const r = evaluateSchool(goodPrimary({ sportsGroundArea: 740, equipmentValue: 199_000 }), QUALITY_2017);
    expect(r.metCount).toBe(5);
    expect(r.pass).toBe(false);
  });

  it('quality-2017: indoor sports rooms count as sports area, not teaching area', () => {
    const s = goodPrimary();
    s.facilities.indoorSportsArea = 100;
    const r = evaluateSchool(s, QUALITY_2017);
    expect(r.values.teachingAuxAreaPerStudent).toBe(4);
    expect(r.values.sportsAreaPerStudent).toBe(9);
    expect(r.meets.teachingAuxAreaPerStudent).toBe(false);
  });

  it('provincial basic example: 8 of 10 with none below 60%', () => {
    const s = goodPrimary();
    s.teachers = { fullTime: 6, aboveRequiredEducation: 4, intermediateTitle: 3, backbone: 1, peArts: 1 };
    s.facilities = { ...s.facilities, computers: 12, books: 1600, equipmentValue: 110_000 };
    const all = evaluateSchool(s, BASIC_2012_PROVINCIAL_EXAMPLE);
    expect(all.metCount).toBe(10);
    expect(all.pass).toBe(true);
    // Two missed, both above 60% → pass; one of them below 60% → fail.
    s.facilities.books = 1000; // 10 < 15, 67%
    s.facilities.computers = 7; // 7 < 10, 70%
    expect(evaluateSchool(s, BASIC_2012_PROVINCIAL_EXAMPLE).pass).toBe(true);
    s.facilities.computers = 5; // 50%
    expect(evaluateSchool(s, BASIC_2012_PROVINCIAL_EXAMPLE).pass).toBe(false);
    s.facilities.computers = 7;
    s.facilities.multimediaClassrooms = 1.5; // third miss, 75%
    expect(evaluateSchool(s, BASIC_2012_PROVINCIAL_EXAMPLE).metCount).toBe(7);
    expect(evaluateSchool(s, BASIC_2012_PROVINCIAL_EXAMPLE).pass).toBe(false);
  });
});
