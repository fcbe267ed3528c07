import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { weightedCv } from './cv';
import { generateDemoCounty } from '../demo/county';
import { buildEvaluationInput } from './build-input';
import { indicatorValue } from './indicator-values';
import { YEAR, makeSection } from './fixtures';
import type { Section } from './input';
import { applyRemedy, groupDigits, remedyCounty, remedyIndicator } from './remedy';
import { INDICATORS, QUALITY_2017, withOverrides } from './standards';
import type { IndicatorDefinition } from './standards';

const cvOf = (sections: Section[], ind: IndicatorDefinition) => {
  const r = weightedCv(
    sections.map((s) => s.students),
    sections.map((s) => indicatorValue(s, ind)),
  );
  return r.defined ? r.cv : 0;
};

const STUDENTS = [45, 37, 89, 76, 55];
const BOOKS = [279, 137, 935, 160, 402];
const golden = STUDENTS.map((p, i) =>
  makeSection(`510722000${i + 1}`, 'primary', p, { facilities: { books: BOOKS[i] } as never }),
);

describe('remedyIndicator', () => {
  it('brings the golden books CV 0.515 under 0.3 with whole books at the lowest schools', () => {
    const r = remedyIndicator(golden, 'primary', INDICATORS.booksPerStudent, 0.3);
    if (r.status !== 'remedied') throw new Error(r.status);
    expect(r.cvBefore).toBeCloseTo(0.515257, 6);
    expect(r.cvAfter).toBeLessThan(0.3);
    expect(r.additions.every((a) => Number.isInteger(a.add) && a.add > 0)).toBe(true);
    // Schools 2 and 4 (3.70 and 2.11 books per student) are the lowest; school 3 (10.5) gets nothing.
    const codes = r.additions.map((a) => a.schoolCode);
    expect(codes).toContain('5107220004');
    expect(codes).not.toContain('5107220003');
    expect(r.total).toBe(r.additions.reduce((a, x) => a + x.add, 0));
    expect(cvOf(applyRemedy(golden, r), INDICATORS.booksPerStudent)).toBe(r.cvAfter);
    expect(r.summary.en).toBe(`+${groupDigits(r.total)} books at ${r.additions.length} schools`);
  });

  it('is minimal within the floor family: one unit less at the largest addition is not enough (continuous)', () => {
    const r = remedyIndicator(golden, 'primary', INDICATORS.booksPerStudent, 0.3, { step: 1e-6 });
    if (r.status !== 'remedied') throw new Error(r.status);
    const lower = r.floor * 0.999;
    const values = golden.map((s) => Math.max(indicatorValue(s, INDICATORS.booksPerStudent), lower));
    const c = weightedCv(
      golden.map((s) => s.students),
      values,
    );
    expect(c.defined && c.cv).toBeGreaterThanOrEqual(0.3 - 1e-9);
  });

  it('reports a passing or undefined CV instead of a remedy', () => {
    expect(remedyIndicator(golden, 'primary', INDICATORS.booksPerStudent, 0.6).status).toBe('alreadyPasses');
    expect(remedyIndicator(golden, 'primary', INDICATORS.computersPer100, 0.5).status).toBe('undefinedCv');
  });

  it('formats the summary with thousands separators in both languages', () => {
    expect(groupDigits(1240)).toBe('1,240');
    expect(groupDigits(1234567.4)).toBe('1,234,567');
    const sports = [
      makeSection('5107220001', 'primary', 1000, { facilities: { sportsGroundArea: 2000 } as never }),
      makeSection('5107220002', 'primary', 1000, { facilities: { sportsGroundArea: 9000 } as never }),
    ];
    const r = remedyIndicator(sports, 'primary', INDICATORS.sportsAreaPerStudent, 0.5);
    if (r.status !== 'remedied') throw new Error(r.status);
    expect(r.summary.en).toMatch(/^\+[\d,]+ m² of sports area at 1 school$/);
    expect(r.summary.zh).toMatch(/^在 1 所学校增加体育运动场馆 [\d,]+ ㎡$/);
  });

  it('property: the remedy really brings the CV under the threshold (facilities and whole teachers)', () => {
    const row = fc.tuple(fc.integer({ min: 5, max: 2500 }), fc.integer({ min: 0, max: 50_000 }), fc.nat(60));
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 2, maxLength: 30 }),
        fc.double({ min: 0.05, max: 0.6, noNaN: true }),
        fc.constantFrom(INDICATORS.sportsAreaPerStudent, INDICATORS.backboneTeachersPer100),
        (rows, threshold, ind) => {
          const sections = rows.map(([p, area, backbone], i) =>
            makeSection(`51072200${String(i).padStart(2, '0')}`, 'primary', p, {
              facilities: { sportsGroundArea: area } as never,
              teachers: { backbone } as never,
            }),
          );
          const r = remedyIndicator(sections, 'primary', ind, threshold);
          if (r.status === 'alreadyPasses') expect(cvOf(sections, ind)).toBeLessThanOrEqual(threshold);
          if (r.status !== 'remedied') return;
          const after = cvOf(applyRemedy(sections, r), ind);
          expect(after).toBeLessThan(threshold);
          expect(after).toBe(r.cvAfter);
          expect(r.additions.every((a) => a.add > 0 && Number.isInteger(a.add))).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('remedies every failing indicator of the demo county under a strict standard', () => {
    const strict = withOverrides(QUALITY_2017, { cvThresholds: { primary: 0.15, junior: 0.15 } });
    const input = buildEvaluationInput(generateDemoCounty(), YEAR, strict);
    const remedies = remedyCounty(input, strict);
    expect(remedies.length).toBeGreaterThan(0);
    for (const r of remedies) {
      if (r.status !== 'remedied') throw new Error(`${r.key} ${r.status}`);
      const ind = strict.indicators.find((i) => i.key === r.key) as IndicatorDefinition;
      const stageSections = applyRemedy(input.sections, r).filter((s) => s.stage === r.stage);
      expect(cvOf(stageSections, ind)).toBeLessThan(0.15);
    }
  });
});
