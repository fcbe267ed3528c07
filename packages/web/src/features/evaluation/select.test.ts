import {
  analyseCounty,
  generateDemoCounty,
  STANDARDS,
  type ClassSizeReport,
  type SchoolResult,
} from '@junheng/core';
import { describe, expect, it } from 'vitest';
import {
  bandCounts,
  countyOf,
  defaultIndicator,
  explanationFor,
  failingSchools,
  filterCompliance,
  remedyFor,
  schoolValueColumns,
  sectionNames,
  superOversizedSchools,
  trendSeries,
} from './select';
import type { TrendItem } from './types';

const school = (code: string, stage: SchoolResult['stage'], pass: boolean | null): SchoolResult => ({
  schoolCode: code,
  schoolName: `学校${code}`,
  stage,
  students: 100,
  values: {},
  meets: {},
  metCount: 0,
  pass,
});

describe('compliance selection', () => {
  const schools = [school('1', 'primary', true), school('2', 'junior', false), school('3', 'primary', false)];
  it('filters by stage and by the per-school verdict as kept in the URL', () => {
    expect(filterCompliance(schools, {}).map((s) => s.schoolCode)).toEqual(['1', '2', '3']);
    expect(filterCompliance(schools, { stage: 'primary' }).map((s) => s.schoolCode)).toEqual(['1', '3']);
    expect(filterCompliance(schools, { pass: 'false' }).map((s) => s.schoolCode)).toEqual(['2', '3']);
    expect(filterCompliance(schools, { stage: 'junior', pass: 'true' })).toEqual([]);
  });

  it('shows the per-school rule items under quality-2017 and the indicators under basic-2012', () => {
    const quality = schoolValueColumns(STANDARDS['quality-2017']);
    expect(quality).toHaveLength(7);
    expect(quality[3]?.minimum).toEqual({ primary: 4.5, junior: 5.8 });
    expect(schoolValueColumns(STANDARDS['basic-2012']).map((c) => c.key)).toEqual(
      STANDARDS['basic-2012'].indicators.map((i) => i.key),
    );
  });
});

describe('class-size selection', () => {
  const counts = (over: Partial<ClassSizeReport['county']['total']>) => ({
    classes: 10,
    normal: 4,
    larger: 3,
    oversized: 3,
    superOversized: 1,
    overLimit: 6,
    oversizedShare: 0.3,
    maxSize: 67,
    ...over,
  });
  it('splits the super-oversized classes out of the oversized count', () => {
    expect(bandCounts(counts({}))).toEqual([4, 3, 2, 1]);
    const [n, l, o, s] = bandCounts(counts({ superOversized: 0, oversized: 3 }));
    expect(n + l + o + s).toBe(10);
  });

  it('lists the schools with super-oversized classes, most first, named from the sections', () => {
    const entry = (code: string, superOversized: number, maxSize: number) => ({
      schoolCode: code,
      source: 'classes' as const,
      byStage: { primary: counts({}), junior: counts({}) },
      total: counts({ superOversized, maxSize }),
    });
    const report: ClassSizeReport = {
      schools: [entry('a', 0, 50), entry('b', 1, 70), entry('c', 3, 68), entry('d', 1, 72)],
      county: { primary: counts({}), junior: counts({}), total: counts({}) },
      meetsTargets: false,
    };
    const rows = superOversizedSchools(report, new Map([['c', '城关小学']]));
    expect(rows.map((r) => r.schoolCode)).toEqual(['c', 'd', 'b']);
    expect(rows[0]?.schoolName).toBe('城关小学');
    expect(rows[1]?.schoolName).toBe('d');
  });
});

describe('trend series', () => {
  const item = (schoolYear: string, cv: number | null, compositeCv: number | null): TrendItem => ({
    schoolYear,
    stages: {
      primary: { pass: true, compositeCv, indicators: [{ key: 'books', cv, mean: 1 }] },
      junior: { pass: true, compositeCv: null, indicators: [] },
    },
  });
  it('orders the years and gives one line per indicator, gaps as null', () => {
    const s = trendSeries([item('2024-2025', 0.3, 0.4), item('2022-2023', null, 0.5)], 'primary', [
      'books',
      'x',
    ]);
    expect(s.years).toEqual(['2022-2023', '2024-2025']);
    expect(s.lines).toEqual([
      { key: 'books', values: [null, 0.3] },
      { key: 'x', values: [null, null] },
    ]);
    expect(s.composite).toEqual([0.5, 0.4]);
    expect(trendSeries([item('2024-2025', 0.3, null)], 'junior', ['books']).composite).toBeNull();
  });
});

describe('on the demo county (quality-2017, 2024-2025)', () => {
  const analysis = analyseCounty(generateDemoCounty(), '2024-2025', STANDARDS['quality-2017']);
  it('finds each indicator explanation and remedy, and opens the worst failing indicator first', () => {
    const county = countyOf(analysis);
    expect(county?.stages.primary.indicators).toHaveLength(7);
    const key = defaultIndicator(analysis, 'primary');
    const worst = county?.stages.primary.indicators.reduce((a, b) =>
      (b.cv ?? 0) / b.threshold > (a.cv ?? 0) / a.threshold ? b : a,
    );
    expect(key).toBe(worst?.key);
    const explanation = explanationFor(analysis, key ?? '', 'primary');
    expect(explanation?.stage).toBe('primary');
    if (worst?.pass === false) expect(remedyFor(analysis, key ?? '', 'primary')?.key).toBe(key);
    expect(remedyFor(analysis, 'none', 'primary')).toBeUndefined();
  });

  it('names sections and lists exactly the failing schools', () => {
    const names = sectionNames(analysis);
    const county = countyOf(analysis);
    expect(names.size).toBe(new Set(county?.schools.map((s) => s.schoolCode)).size);
    const failing = failingSchools(analysis);
    expect(failing.length).toBe(county?.schools.filter((s) => s.pass === false).length);
    expect(failing.every((s) => s.pass === false)).toBe(true);
  });
});
