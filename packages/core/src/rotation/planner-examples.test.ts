import { describe, expect, it } from 'vitest';
import { due, fixture, NO_BACKBONE_RULE } from './plan-fixture';
import { planRotation } from './planner';
import { NATIONAL_POLICY, SEED_POLICY } from './presets';

describe('planRotation on a hand-made county', () => {
  it('sends the quota (10% of 10 due = 1) to the nearest music shortage, with its reasons', () => {
    const roster = [
      due('m', { subject: 'music', backboneLevel: 'county' }),
      ...Array.from({ length: 9 }, (_, i) => due(`u${i}`)),
    ];
    const plan = planRotation(fixture(NATIONAL_POLICY, {}, roster));
    expect(plan.status).toBe('optimal');
    expect(plan.assignments.map((a) => [a.teacherCode, a.toSchool, a.fillsShortage])).toEqual([
      ['m', 'R1', true],
    ]);
    const a = plan.assignments[0]!;
    expect(a.reasons.map((r) => r.ruleId)).toEqual([
      'yearsAtSchool',
      'direction:urbanToRural',
      'fillsShortage',
      'backbone',
      'distance',
    ]);
    expect(a.reasons.find((r) => r.ruleId === 'fillsShortage')?.zh).toBe('补充音乐学科缺员（缺 1 人）');
    expect(a.roadKm).toBeGreaterThan(13);
    expect(a.roadKm).toBeLessThan(15); // 0.09° of latitude ≈ 10 km × road factor 1.4
    expect(plan.quotas.find((q) => q.schoolCode === 'U')).toMatchObject({
      eligible: 10,
      floor: 1,
      cap: 1,
      backboneFloor: 1,
    });
  });

  it('fills music and PE before chinese when the cap allows one', () => {
    const roster = [
      due('c', { subject: 'chinese' }),
      due('m', { subject: 'music' }),
      ...Array.from({ length: 8 }, (_, i) => due(`u${i}`, { subject: 'pe' })),
    ];
    const input = fixture(NO_BACKBONE_RULE, {}, roster);
    // Make R1 short of chinese too by removing one of its chinese teachers.
    input.teachers = input.teachers.filter((t) => t.teacherCode !== 'R1-chinese-0');
    const plan = planRotation(input);
    expect(plan.assignments.map((a) => a.subject)).toEqual(['music']);
  });

  it('names the school and the amount when the backbone floor cannot be met', () => {
    const plan = planRotation(fixture(SEED_POLICY, { campaignMonth: '2025-09' }));
    // Seed policy: 15% of 10 due = 2, backbone ≥ 25% of 2 → 1; nobody at U is a backbone teacher.
    expect(plan.status).toBe('shortfall');
    expect(plan.shortfalls).toEqual([
      {
        ruleId: 'schoolBackbone',
        schoolCode: 'U',
        teacherCode: null,
        required: 1,
        planned: 0,
        missing: 1,
        zh: '城区一小：骨干教师交流人数不少于 1 人，计划 0 人，缺 1 人',
        en: '城区一小: backbone teachers rotated at least 1, planned 0, short by 1',
      },
    ]);
    expect(plan.assignments).toHaveLength(2);
  });

  it('names the quota when there are not enough places to send the floor', () => {
    const policy = {
      ...NO_BACKBONE_RULE,
      quota: { ...NO_BACKBONE_RULE.quota, shareOfEligible: 0.8, maxShareOfEligible: 0.8 },
    };
    const plan = planRotation(fixture(policy, { weights: { surplusPerSection: 0, surplusPerSubject: 0 } }));
    // 8 must go, but only R1 and R2 each have one music place and nobody at U teaches music: no place at all.
    expect(plan.shortfalls.map((s) => [s.ruleId, s.required, s.planned, s.missing])).toEqual([
      ['schoolQuota', 8, 0, 8],
    ]);
  });

  it('keeps locks: never sends mustNotGo, sends fixedDestination where fixed, sends mustGo even if not eligible', () => {
    const roster = [
      due('a', { subject: 'music' }),
      due('b', { subject: 'music' }),
      due('young', { subject: 'music', atSchoolSince: '2023-09' }),
      ...Array.from({ length: 7 }, (_, i) => due(`u${i}`)),
    ];
    const plan = planRotation(
      fixture(
        NO_BACKBONE_RULE,
        {
          locks: [
            { teacherCode: 'a', kind: 'mustNotGo' },
            { teacherCode: 'b', kind: 'fixedDestination', schoolCode: 'R2' },
            { teacherCode: 'young', kind: 'mustGo' },
          ],
        },
        roster,
      ),
    );
    const sent = new Map(plan.assignments.map((a) => [a.teacherCode, a]));
    expect(sent.has('a')).toBe(false);
    expect(sent.get('b')?.toSchool).toBe('R2');
    expect(sent.get('young')?.toSchool).toBe('R1');
    expect(sent.get('young')?.reasons.find((r) => r.ruleId === 'lock')?.values).toEqual({
      lock: 'mustGo',
      eligible: false,
    });
    expect(plan.shortfalls).toEqual([]);
  });

  it('keeps the distance limit and the township scope', () => {
    const roster = [
      due('m1', { subject: 'music' }),
      due('m2', { subject: 'music' }),
      ...Array.from({ length: 8 }, (_, i) => due(`u${i}`)),
    ];
    const wide = {
      ...NO_BACKBONE_RULE,
      quota: { ...NO_BACKBONE_RULE.quota, shareOfEligible: 0.2, maxShareOfEligible: 0.2 },
    };
    // R1 is ~14 km by road, T ~33 km, R2 ~75 km; each is short of one music teacher.
    const near = planRotation(fixture({ ...wide, maxRoadKm: 30 }, {}, roster));
    expect(near.assignments.map((a) => [a.toSchool, a.fillsShortage])).toEqual([
      ['R1', true],
      ['R1', false],
    ]);
    const far = planRotation(fixture(wide, {}, roster));
    expect(far.assignments.map((a) => a.toSchool).sort()).toEqual(['R1', 'T']);
    const township = planRotation(fixture({ ...wide, scope: 'township' }, {}, roster));
    expect(township.assignments.every((a) => a.toSchool === 'T')).toBe(true);
  });

  it('uses only the campaign month it is given', () => {
    const a = planRotation(fixture(NO_BACKBONE_RULE, { campaignMonth: '2014-09' }));
    expect(a.assignments).toEqual([]);
    expect(a.quotas.find((q) => q.schoolCode === null)?.eligible).toBe(0);
  });
});
