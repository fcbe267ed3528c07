import { describe, expect, it } from 'vitest';
import { receivingNeeds } from './needs';
import { fixture } from './plan-fixture';
import { planRotation } from './planner';
import { NATIONAL_POLICY } from './presets';
import { shortagesFilled } from './shortages-filled';

describe('shortagesFilled', () => {
  // R1 and R2 are each one music teacher short; U (urban) and T (town) have needs of their own or none.
  const input = fixture(NATIONAL_POLICY);
  input.teachers = input.teachers.filter((t) => t.teacherCode !== 'R1-chinese-0');
  const needs = receivingNeeds({ ...input, params: input.needsParams! });

  it('lists each shortage before the plan, by subject priority, with nothing filled yet', () => {
    const r = shortagesFilled(needs, [], new Set(['R1', 'R2', 'T']));
    expect(r.lines.map((l) => [l.schoolCode, l.subject, l.shortage, l.filled, l.remaining])).toEqual([
      ['R1', 'music', 1, 0, 1],
      ['R2', 'music', 1, 0, 1],
      ['T', 'music', 1, 0, 1],
      ['R1', 'chinese', 1, 0, 1],
    ]);
    expect(r.totals).toEqual({ shortage: 4, filled: 0, filledByArrivals: 0, remaining: 4, surplus: 0 });
  });

  it('fills at most the shortage; more arrivals are surplus; arrivals are counted apart', () => {
    const r = shortagesFilled(
      needs,
      [
        { toSchool: 'R1', stage: 'primary', subject: 'music', arrived: true },
        { toSchool: 'R1', stage: 'primary', subject: 'music', arrived: false },
        { toSchool: 'R2', stage: 'primary', subject: 'music', arrived: false },
        { toSchool: 'R2', stage: 'primary', subject: 'pe', arrived: true },
      ],
      new Set(['R1', 'R2', 'T']),
    );
    const r1 = r.lines.find((l) => l.schoolCode === 'R1' && l.subject === 'music');
    expect(r1).toMatchObject({ planned: 2, filled: 1, arrived: 1, filledByArrivals: 1, remaining: 0 });
    expect(r.lines.find((l) => l.schoolCode === 'R2' && l.subject === 'music')).toMatchObject({
      filled: 1,
      arrived: 0,
      filledByArrivals: 0,
    });
    expect(r.totals).toEqual({ shortage: 4, filled: 2, filledByArrivals: 1, remaining: 2, surplus: 2 });
  });

  it('leaves out schools that do not receive', () => {
    const r = shortagesFilled(needs, [], new Set(['R2']));
    expect(r.lines.map((l) => l.schoolCode)).toEqual(['R2']);
  });

  it("agrees with the planner's own fillsShortage count", () => {
    const plan = planRotation({
      ...input,
      policy: {
        ...NATIONAL_POLICY,
        quota: {
          ...NATIONAL_POLICY.quota,
          shareOfEligible: 0.3,
          maxShareOfEligible: 0.3,
          backboneShareOfRotated: 0,
        },
      },
    });
    const moves = plan.assignments.map((a) => ({ ...a, arrived: false }));
    const r = shortagesFilled(plan.needs, moves);
    expect(r.totals.filled).toBe(plan.assignments.filter((a) => a.fillsShortage).length);
    expect(r.totals.filled).toBeGreaterThan(0);
  });
});
