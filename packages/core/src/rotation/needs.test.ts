import { describe, expect, it } from 'vitest';
import type { SchoolYearStats } from '../org/types';
import { receivingNeeds } from './needs';
import { DEFAULT_NEEDS_PARAMS } from './needs-params';
import { school, teacher } from './test-fixtures';

function stats(schoolCode: string, primaryStudents: number, primaryClasses: number): SchoolYearStats {
  return {
    schoolYear: '2024-2025',
    schoolCode,
    primaryStudents,
    juniorStudents: 0,
    seniorStudents: 0,
    primaryClasses,
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

const A = school({ schoolCode: 'A', urbanRuralCode: '220' });
const P = school({ schoolCode: 'P', schoolType: 'teachingPoint', urbanRuralCode: '220' });

describe('receivingNeeds', () => {
  it('counts posts from classes and lessons, with the overload tolerance, PE/music/art first', () => {
    const roster = [
      teacher({ teacherCode: '1', schoolCode: 'A', subject: 'pe' }),
      teacher({ teacherCode: '2', schoolCode: 'A', subject: 'chinese' }),
    ];
    const [a] = receivingNeeds({
      schools: [A],
      stats: [stats('A', 480, 12)],
      teachers: roster,
      schoolYear: '2024-2025',
    });
    const music = a?.subjects.find((s) => s.subject === 'music');
    // 12 classes × 2 lessons ÷ 14 = 1.71 posts; ÷ 1.2 tolerance = 1.43 → 2 teachers; none present.
    expect(music).toMatchObject({
      required: 2,
      present: 0,
      shortage: 2,
      total: 2,
      itinerant: false,
      priority: 3,
    });
    expect(music?.load).toBeCloseTo(1.714, 3);
    expect(music?.reasons[0]?.zh).toBe(
      '12 个班 × 每周 2 节 ÷ 每位教师 14 节 = 1.71 个岗位，需 2 人，现有 0 人',
    );
    // PE: 12 × 3.5 ÷ 14 = 3 posts ÷ 1.2 = 2.5 → 3; one present → 2 short.
    expect(a?.subjects.find((s) => s.subject === 'pe')).toMatchObject({
      required: 3,
      present: 1,
      shortage: 2,
    });
    // Chinese: 12 × 7 ÷ 14 = 6 ÷ 1.2 = 5; one present → 4 short, but it sorts after the priority subjects.
    expect(a?.subjects.find((s) => s.subject === 'chinese')?.shortage).toBe(4);
    expect(a?.subjects.slice(0, 3).map((s) => s.priority)).toEqual([3, 3, 3]);
  });

  it('leaves tiny loads to itinerant teaching and adds bureau vacancies', () => {
    const [p] = receivingNeeds({
      schools: [P],
      stats: [stats('P', 30, 2)],
      teachers: [],
      schoolYear: '2024-2025',
      vacancies: [{ schoolCode: 'P', stage: 'primary', subject: 'music', count: 1 }],
    });
    const music = p?.subjects.find((s) => s.subject === 'music');
    // 2 × 2 ÷ 14 = 0.29 posts: under half a post, so 走教 rather than a shortage — but the vacancy counts.
    expect(music).toMatchObject({ itinerant: true, required: 0, shortage: 0, vacancies: 1, total: 1 });
    expect(music?.reasons.map((r) => r.ruleId)).toEqual(['subjectLoad', 'vacancy']);
  });

  it('lists the quality-2017 teacher indicators a section misses and by how many teachers', () => {
    const roster = [
      teacher({ teacherCode: '1', schoolCode: 'A', education: 'secondary' }),
      teacher({ teacherCode: '2', schoolCode: 'A', backboneLevel: 'county', subject: 'music' }),
      teacher({ teacherCode: '3', schoolCode: 'A', fullTime: false, backboneLevel: 'city' }),
    ];
    const [a] = receivingNeeds({
      schools: [A],
      stats: [stats('A', 300, 8)],
      teachers: roster,
      schoolYear: '2024-2025',
    });
    expect(a?.indicatorGaps).toEqual([
      // 4.2 per 100 × 300 = 12.6 → 13 needed, 1 above required (the 专科+ rule; secondary does not count).
      { indicator: 'aboveRequiredEducation', perHundred: 100 / 300, minimum: 4.2, deficit: 12 },
      // The part-time backbone teacher does not count.
      { indicator: 'backbone', perHundred: 100 / 300, minimum: 1, deficit: 2 },
      { indicator: 'peArts', perHundred: 100 / 300, minimum: 0.9, deficit: 2 },
    ]);
  });

  it('takes the lesson table and loads as parameters', () => {
    const params = {
      ...DEFAULT_NEEDS_PARAMS,
      lessonsPerTeacherPerWeek: { primary: 20, junior: 16 },
      overloadTolerance: 0,
    };
    const [a] = receivingNeeds({
      schools: [A],
      stats: [stats('A', 480, 12)],
      teachers: [],
      schoolYear: '2024-2025',
      params,
    });
    expect(a?.subjects.find((s) => s.subject === 'pe')?.required).toBe(3); // 12 × 3.5 ÷ 20 = 2.1 → 3
  });
});
