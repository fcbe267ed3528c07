import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { generateDemoCounty } from '../demo/county';
import { buildEvaluationInput } from './build-input';
import type { EvaluationInput } from './input';
import { YEAR, makeSection } from './fixtures';
import { BASIC_2012, QUALITY_2017 } from './standards';
import { applyChanges, whatIf } from './what-if';

function input(): EvaluationInput {
  return {
    countyCode: '510722',
    schoolYear: YEAR,
    standardId: 'quality-2017',
    excluded: [],
    sections: [
      makeSection('5107220001', 'primary', 500, {
        facilities: { sportsGroundArea: 5000 } as never,
        teachers: { fullTime: 30, backbone: 8, aboveRequiredEducation: 28 } as never,
      }),
      makeSection('5107220002', 'primary', 500, {
        facilities: { sportsGroundArea: 2000 } as never,
        teachers: { fullTime: 25, backbone: 1, aboveRequiredEducation: 20 } as never,
      }),
      makeSection('5107220003', 'junior', 400, { teachers: { fullTime: 30, backbone: 4 } as never }),
    ],
  };
}

const cvOf = (r: ReturnType<typeof whatIf>['after'], stage: 'primary' | 'junior', key: string) =>
  r[stage].indicators.find((i) => i.key === key)?.cv;

describe('whatIf (BAL-6)', () => {
  it('moving backbone teachers to the weaker school lowers the backbone CV and leaves the input alone', () => {
    const before = input();
    const r = whatIf(before, QUALITY_2017, [
      {
        kind: 'moveTeachers',
        from: { schoolCode: '5107220001', stage: 'primary' },
        to: { schoolCode: '5107220002', stage: 'primary' },
        teachers: { fullTime: 3, backbone: 3, aboveRequiredEducation: 3 },
      },
    ]);
    expect(r.problems).toEqual([]);
    // 8 vs 1 per 500 → 5 vs 4 per 500: CV (8−1)/(8+1) = 0.778 → 1/9 = 0.111.
    expect(cvOf(r.before, 'primary', 'backboneTeachersPer100')).toBeCloseTo(7 / 9, 12);
    expect(cvOf(r.after, 'primary', 'backboneTeachersPer100')).toBeCloseTo(1 / 9, 12);
    expect(
      r.sections.map((s) => [s.schoolCode, s.before.backboneTeachersPer100, s.after.backboneTeachersPer100]),
    ).toEqual([
      ['5107220001', 1.6, 1],
      ['5107220002', 0.2, 0.8],
    ]);
    expect(before.sections[0]?.teachers.backbone).toBe(8);
    expect(r.after.junior).toEqual(r.before.junior);
  });

  it('adding sports area and moving students change the values as expected', () => {
    const r = whatIf(input(), QUALITY_2017, [
      {
        kind: 'addResource',
        to: { schoolCode: '5107220002', stage: 'primary' },
        resource: 'sportsGroundArea',
        amount: 3000,
      },
    ]);
    expect(cvOf(r.after, 'primary', 'sportsAreaPerStudent')).toBe(0);
    const m = whatIf(input(), QUALITY_2017, [
      {
        kind: 'moveStudents',
        from: { schoolCode: '5107220001', stage: 'primary' },
        to: { schoolCode: '5107220002', stage: 'primary' },
        students: 100,
      },
    ]);
    expect(m.sections[0]?.after.sportsAreaPerStudent).toBeCloseTo(5000 / 400, 12);
    expect(m.after.primary.students).toBe(1000);
  });

  it('reports changes that cannot apply and skips them', () => {
    const { problems, input: out } = applyChanges(input(), [
      {
        kind: 'addResource',
        to: { schoolCode: '9999999999', stage: 'primary' },
        resource: 'books',
        amount: 1,
      },
      {
        kind: 'moveTeachers',
        from: { schoolCode: '5107220002', stage: 'primary' },
        to: { schoolCode: '5107220001', stage: 'primary' },
        teachers: { fullTime: 2, backbone: 2 },
      },
      {
        kind: 'moveStudents',
        from: { schoolCode: '5107220001', stage: 'primary' },
        to: { schoolCode: '5107220003', stage: 'junior' },
        students: 10,
      },
      {
        kind: 'addTeachers',
        to: { schoolCode: '5107220003', stage: 'junior' },
        teachers: { fullTime: 1, backbone: 2 },
      },
    ]);
    expect(problems).toEqual([
      { change: 0, code: 'unknownSection' },
      { change: 1, code: 'notEnough' },
      { change: 2, code: 'stageMismatch' },
      { change: 3, code: 'categoryExceedsTeachers' },
    ]);
    expect(out).toEqual(input());
  });

  it('property: moving teachers and students conserves the county totals', () => {
    const data = buildEvaluationInput(generateDemoCounty(), YEAR, BASIC_2012);
    const primary = data.sections.filter((s) => s.stage === 'primary');
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.nat(primary.length - 1), fc.nat(primary.length - 1), fc.integer({ min: 1, max: 5 })),
          {
            maxLength: 10,
          },
        ),
        (moves) => {
          const changes = moves.flatMap(([a, b, n]) => {
            const from = { schoolCode: primary[a]?.schoolCode as string, stage: 'primary' as const };
            const to = { schoolCode: primary[b]?.schoolCode as string, stage: 'primary' as const };
            return [
              { kind: 'moveTeachers' as const, from, to, teachers: { fullTime: n } },
              { kind: 'moveStudents' as const, from, to, students: n },
            ];
          });
          const r = whatIf(data, BASIC_2012, changes);
          expect(r.after.primary.students).toBe(r.before.primary.students);
          const teachers = (i: EvaluationInput) =>
            i.sections.reduce((acc, s) => acc + s.teachers.fullTime, 0);
          expect(teachers(r.input)).toBe(teachers(data));
        },
      ),
      { numRuns: 30 },
    );
  });
});
