// A hand-made county for the planner's example tests (test-only helper): one urban school U that sends, two
// rural schools R1 (about 10 km) and R2 (about 60 km) and a town school T in U's township.
import type { SchoolYearStats, Teacher } from '../org/types';
import { DEFAULT_NEEDS_PARAMS, type NeedsParams } from './needs-params';
import type { PlanInput } from './plan-types';
import type { RotationPolicy } from './policy';
import { NATIONAL_POLICY } from './presets';
import { school, teacher } from './test-fixtures';

export const U = school({ schoolCode: 'U', name: '城区一小', urbanRuralCode: '111', township: '城关镇' });
export const R1 = school({
  schoolCode: 'R1',
  name: '近村小',
  urbanRuralCode: '220',
  township: '甲乡',
  lat: 31.89,
});
export const R2 = school({
  schoolCode: 'R2',
  name: '远村小',
  urbanRuralCode: '220',
  township: '乙乡',
  lat: 32.34,
});
export const T = school({
  schoolCode: 'T',
  name: '城关镇小',
  urbanRuralCode: '121',
  township: '城关镇',
  lng: 104.95,
});

function stats(schoolCode: string, students: number, classes: number): SchoolYearStats {
  return {
    schoolYear: '2024-2025',
    schoolCode,
    primaryStudents: students,
    juniorStudents: 0,
    seniorStudents: 0,
    primaryClasses: classes,
    juniorClasses: 0,
    teachingAuxArea: 0,
    indoorSportsArea: 0,
    sportsGroundArea: 0,
    equipmentValue: 0,
    computers: 0,
    multimediaClassrooms: 0,
    books: 0,
    musicRooms: null,
    artRooms: null,
  };
}

/** Only three subjects, so every shortage in these tests is one the test names. */
export const FIXTURE_NEEDS: NeedsParams = {
  ...DEFAULT_NEEDS_PARAMS,
  lessonsPerClassPerWeek: { primary: { chinese: 7, music: 2, pe: 3.5 }, junior: {} },
};

export function due(code: string, over: Partial<Teacher> = {}): Teacher {
  return teacher({
    teacherCode: code,
    name: `教师${code}`,
    schoolCode: 'U',
    subject: 'chinese',
    atSchoolSince: '2010-09',
    ...over,
  });
}

/**
 * U: 1,000 pupils, 24 classes, 10 due teachers (u0–u9: chinese unless given). R1 and R2: 6 classes each, short of
 * one music teacher (6 × 2 ÷ 14 ÷ 1.2 → 1); their chinese and PE posts are filled. T: a town school in U's township, about 24 km east, same.
 */
export function fixture(
  policy: RotationPolicy,
  over: Partial<PlanInput> = {},
  roster: Teacher[] = [],
): PlanInput {
  const staff = (code: string, n: number, subject: Teacher['subject']): Teacher[] =>
    Array.from({ length: n }, (_, i) =>
      teacher({
        teacherCode: `${code}-${subject}-${i}`,
        schoolCode: code,
        subject,
        atSchoolSince: '2022-09',
      }),
    );
  const sending = roster.length > 0 ? roster : Array.from({ length: 10 }, (_, i) => due(`u${i}`));
  const receivers = ['R1', 'R2', 'T'].flatMap((code) => [
    ...staff(code, 3, 'chinese'),
    ...staff(code, 2, 'pe'),
  ]);
  return {
    schools: [U, R1, R2, T],
    stats: [stats('U', 1000, 24), stats('R1', 200, 6), stats('R2', 200, 6), stats('T', 200, 6)],
    teachers: [...sending, ...receivers],
    schoolYear: '2024-2025',
    campaignMonth: '2025-09',
    policy,
    needsParams: FIXTURE_NEEDS,
    weights: { surplusPerSection: 1, surplusPerSubject: 1 },
    ...over,
  };
}

export const NO_BACKBONE_RULE: RotationPolicy = {
  ...NATIONAL_POLICY,
  quota: { ...NATIONAL_POLICY.quota, backboneShareOfRotated: 0 },
};
