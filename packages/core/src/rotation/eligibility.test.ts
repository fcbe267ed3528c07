import { describe, expect, it } from 'vitest';
import { rotationEligibility, teacherEligibility } from './eligibility';
import type { RotationPolicy } from './policy';
import { GANSU_POLICY, NATIONAL_POLICY, SEED_POLICY, SICHUAN_POLICY } from './presets';
import { teacher } from './test-fixtures';

const AT = '2025-09';

function only(policy: RotationPolicy, ...ids: string[]): RotationPolicy {
  return { ...policy, eligibility: policy.eligibility.filter((r) => ids.includes(r.id)) };
}

function reasonOf(result: ReturnType<typeof teacherEligibility>, ruleId: string) {
  return result.reasons.find((r) => r.ruleId === ruleId);
}

describe('yearsAtSchool', () => {
  it('makes a teacher due at 6 years nationally and 9 in Sichuan, and says so in both languages', () => {
    const t = teacher({ atSchoolSince: '2018-09' }); // 7 years by 2025-09
    const national = teacherEligibility(t, NATIONAL_POLICY, AT);
    expect(national.due).toBe(true);
    expect(national.eligible).toBe(true);
    expect(reasonOf(national, 'yearsAtSchool')).toEqual({
      ruleId: 'yearsAtSchool',
      effect: 'due',
      zh: '在本校任教满 6 年（已 7 年）',
      en: '7 years at this school (due after 6)',
      values: { years: 7, minYears: 6, since: '2018-09' },
    });
    const sichuan = teacherEligibility(t, SICHUAN_POLICY, AT);
    expect(sichuan.due).toBe(false);
    expect(reasonOf(sichuan, 'yearsAtSchool')?.effect).toBe('notDue');
    expect(reasonOf(sichuan, 'yearsAtSchool')?.values).toMatchObject({ years: 7, minYears: 9 });
  });

  it('counts whole years: one month short is not due', () => {
    expect(teacherEligibility(teacher({ atSchoolSince: '2019-10' }), NATIONAL_POLICY, AT).due).toBe(false);
    expect(teacherEligibility(teacher({ atSchoolSince: '2019-09' }), NATIONAL_POLICY, AT).due).toBe(true);
  });
});

describe('principalTerms', () => {
  it('replaces the years rule for principals: two terms nationally, three in Sichuan', () => {
    const p = teacher({ post: 'principal', atSchoolSince: '2018-09' }); // 7 years = 2 terms of 3
    const national = teacherEligibility(p, NATIONAL_POLICY, AT);
    expect(national.due).toBe(true);
    expect(reasonOf(national, 'yearsAtSchool')).toBeUndefined();
    expect(reasonOf(national, 'principalTerms')).toMatchObject({
      effect: 'due',
      zh: '在同一学校任职满 2 届（已 2 届）',
      values: { terms: 2, minTerms: 2, termYears: 3, years: 7 },
    });
    const sichuan = teacherEligibility(p, SICHUAN_POLICY, AT);
    expect(sichuan.due).toBe(false);
    expect(reasonOf(sichuan, 'principalTerms')?.en).toBe('2 terms at this school (due after 3)');
  });

  it('leaves vice principals to the years rule', () => {
    const vp = teacher({ post: 'vice_principal', atSchoolSince: '2018-09' });
    const r = teacherEligibility(vp, NATIONAL_POLICY, AT);
    expect(reasonOf(r, 'principalTerms')).toBeUndefined();
    expect(reasonOf(r, 'yearsAtSchool')?.effect).toBe('due');
  });
});

describe('exemptions', () => {
  const due = teacher({ atSchoolSince: '2010-09' });

  it('pregnancy or nursing', () => {
    const r = teacherEligibility(due, NATIONAL_POLICY, AT, { teacherCode: 'T1', pregnantOrNursing: true });
    expect([r.due, r.eligible]).toEqual([true, false]);
    expect(reasonOf(r, 'pregnancyOrNursing')).toMatchObject({
      effect: 'exempt',
      zh: '孕期或哺乳期，暂缓交流',
    });
    expect(reasonOf(teacherEligibility(due, NATIONAL_POLICY, AT), 'pregnancyOrNursing')?.effect).toBe(
      'clear',
    );
  });

  it('certified illness', () => {
    const r = teacherEligibility(due, NATIONAL_POLICY, AT, { teacherCode: 'T1', certifiedIllness: true });
    expect(r.eligible).toBe(false);
    expect(reasonOf(r, 'certifiedIllness')).toMatchObject({
      effect: 'exempt',
      en: 'certified illness: deferred',
    });
  });

  it('near retirement, with the senior-title retirement age for women', () => {
    const woman = teacher({
      atSchoolSince: '2000-09',
      birthMonth: '1975-01',
      gender: 'female',
      title: 'first',
    });
    const r = teacherEligibility(woman, NATIONAL_POLICY, AT); // 50, retires at 55: 5 years left
    expect(r.eligible).toBe(false);
    expect(reasonOf(r, 'nearRetirement')).toMatchObject({
      effect: 'exempt',
      values: { age: 50, retirementAge: 55, yearsLeft: 5, withinYears: 5 },
    });
    const senior = teacherEligibility({ ...woman, title: 'senior' }, NATIONAL_POLICY, AT);
    expect(senior.eligible).toBe(true);
    expect(reasonOf(senior, 'nearRetirement')?.values).toMatchObject({ retirementAge: 60, yearsLeft: 10 });
    const man = teacherEligibility({ ...woman, gender: 'male' }, NATIONAL_POLICY, AT);
    expect(reasonOf(man, 'nearRetirement')?.effect).toBe('clear');
  });

  it('age caps by gender (Gansu: men ≤ 50, women ≤ 45)', () => {
    const woman46 = teacher({ atSchoolSince: '2010-09', birthMonth: '1979-06', gender: 'female' });
    const r = teacherEligibility(woman46, GANSU_POLICY, AT);
    expect(r.eligible).toBe(false);
    expect(reasonOf(r, 'ageCap')).toMatchObject({
      effect: 'exempt',
      zh: '超过交流年龄上限（女 45 岁，现 46 岁）',
      values: { age: 46, maxAge: 45, gender: 'female' },
    });
    const man46 = teacherEligibility({ ...woman46, gender: 'male' }, GANSU_POLICY, AT);
    expect(man46.eligible).toBe(true);
    expect(reasonOf(man46, 'ageCap')?.effect).toBe('clear');
    expect(reasonOf(teacherEligibility(woman46, NATIONAL_POLICY, AT), 'ageCap')).toBeUndefined();
  });

  it('rotated within the last N years', () => {
    const recent = teacherEligibility(due, NATIONAL_POLICY, AT, {
      teacherCode: 'T1',
      lastRotationEnd: '2023-07',
    });
    expect(recent.eligible).toBe(false);
    expect(reasonOf(recent, 'rotatedRecently')?.values).toEqual({
      lastRotationEnd: '2023-07',
      yearsSince: 2,
      withinYears: 3,
    });
    const old = teacherEligibility(due, NATIONAL_POLICY, AT, {
      teacherCode: 'T1',
      lastRotationEnd: '2022-07',
    });
    expect(old.eligible).toBe(true);
    expect(reasonOf(old, 'rotatedRecently')?.effect).toBe('clear');
  });

  it('part-time teachers are not in the pool', () => {
    const r = teacherEligibility({ ...due, fullTime: false }, NATIONAL_POLICY, AT);
    expect(r.eligible).toBe(false);
    expect(reasonOf(r, 'fullTimeOnly')?.effect).toBe('exempt');
  });

  it('lists every exemption that applies, not just the first', () => {
    const r = teacherEligibility(due, NATIONAL_POLICY, AT, {
      teacherCode: 'T1',
      pregnantOrNursing: true,
      certifiedIllness: true,
    });
    expect(r.reasons.filter((x) => x.effect === 'exempt').map((x) => x.ruleId)).toEqual([
      'pregnancyOrNursing',
      'certifiedIllness',
    ]);
  });
});

describe('rotationEligibility over a roster', () => {
  it('joins facts by teacher code and uses only the campaign month given', () => {
    const list = [teacher({ teacherCode: 'A' }), teacher({ teacherCode: 'B' })];
    const r = rotationEligibility({
      teachers: list,
      policy: only(SEED_POLICY, 'yearsAtSchool', 'pregnancyOrNursing'),
      campaignMonth: AT,
      facts: [{ teacherCode: 'B', pregnantOrNursing: true }],
    });
    expect(r.map((x) => [x.teacherCode, x.eligible])).toEqual([
      ['A', true],
      ['B', false],
    ]);
    const earlier = rotationEligibility({ teachers: list, policy: SEED_POLICY, campaignMonth: '2015-09' });
    expect(earlier.every((x) => !x.due)).toBe(true);
  });
});
