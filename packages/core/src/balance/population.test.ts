import { describe, expect, it } from 'vitest';
import { generateDemoCounty } from '../demo/county';
import { buildEvaluationInput } from './build-input';
import { YEAR, makeCounty, makeSchool, makeStats } from './fixtures';
import { decideSchool } from './population';
import { BASIC_2012, QUALITY_2017, withOverrides } from './standards';

const rule = QUALITY_2017.population;

describe('decideSchool (standards.md §2)', () => {
  it('excludes private, not county-run and special-education schools with their reasons', () => {
    const stats = makeStats('5107220001', { primaryStudents: 300 });
    expect(decideSchool(makeSchool('5107220001', 'primary', { ownership: 'private' }), stats, rule)).toEqual({
      in: false,
      reason: 'private',
    });
    expect(decideSchool(makeSchool('5107220001', 'primary', { runBy: 'city' }), stats, rule)).toEqual({
      in: false,
      reason: 'runByNotCounty',
    });
    expect(decideSchool(makeSchool('5107220001', 'specialEducation'), stats, rule)).toEqual({
      in: false,
      reason: 'specialEducation',
    });
    expect(decideSchool(makeSchool('5107220001', 'primary'), undefined, rule)).toEqual({
      in: false,
      reason: 'noStats',
    });
  });

  it('excludes all teaching points under basic-2012 and those under 50 students under quality-2017', () => {
    const tp = makeSchool('5107220002', 'teachingPoint');
    const s49 = makeStats('5107220002', { primaryStudents: 49 });
    const s50 = makeStats('5107220002', { primaryStudents: 50 });
    expect(decideSchool(tp, s50, BASIC_2012.population)).toEqual({ in: false, reason: 'teachingPoint' });
    expect(decideSchool(tp, s49, rule)).toEqual({ in: false, reason: 'teachingPointUnderCutoff' });
    expect(decideSchool(tp, s50, rule).in).toBe(true);
    const cut30 = withOverrides(QUALITY_2017, {
      population: { teachingPoints: { kind: 'excludeUnder', minStudents: 30 } },
    });
    expect(decideSchool(tp, makeStats('5107220002', { primaryStudents: 31 }), cut30.population).in).toBe(
      true,
    );
  });

  it('keeps a nine-year school without junior students as a primary section and lists the empty stage', () => {
    const d = decideSchool(
      makeSchool('5107220003', 'nineYear'),
      makeStats('5107220003', { primaryStudents: 90 }),
      rule,
    );
    expect(d).toEqual({
      in: true,
      stages: [{ stage: 'primary', in: true }],
      outStages: [{ stage: 'junior', reason: 'noStudentsInStage' }],
    });
  });

  it('lists every exclusion of the demo county with a reason', () => {
    const data = generateDemoCounty();
    const count = (input: ReturnType<typeof buildEvaluationInput>) => {
      const c: Record<string, number> = {};
      for (const e of input.excluded) c[e.reason] = (c[e.reason] ?? 0) + 1;
      return c;
    };
    // The demo county: 1 private nine-year, 1 city-run complete secondary, 1 special, 8 teaching points (2 ≥ 50).
    expect(count(buildEvaluationInput(data, YEAR, BASIC_2012))).toEqual({
      private: 1,
      runByNotCounty: 1,
      specialEducation: 1,
      teachingPoint: 8,
    });
    expect(count(buildEvaluationInput(data, YEAR, QUALITY_2017))).toEqual({
      private: 1,
      runByNotCounty: 1,
      specialEducation: 1,
      teachingPointUnderCutoff: 6,
    });
  });

  it('leaves the excluded schools out of the sections', () => {
    const data = makeCounty({
      schools: [
        makeSchool('5107220004', 'primary', { ownership: 'private' }),
        makeSchool('5107220005', 'primary'),
      ],
      stats: [
        makeStats('5107220004', { primaryStudents: 10 }),
        makeStats('5107220005', { primaryStudents: 10 }),
      ],
    });
    const input = buildEvaluationInput(data, YEAR, BASIC_2012);
    expect(input.sections.map((s) => s.schoolCode)).toEqual(['5107220005']);
    expect(input.excluded).toEqual([{ schoolCode: '5107220004', reason: 'private' }]);
  });
});
