import { describe, expect, it } from 'vitest';
import type { SchoolRow } from '../../app/api/types';
import { summarizeSchools } from './summarize';

const school = (patch: Partial<SchoolRow>): SchoolRow => ({
  id: 's',
  countyId: 'c',
  schoolCode: '2151000001',
  name: 'S',
  countyCode: '510703',
  township: null,
  townshipName: null,
  schoolType: 'primary',
  ownership: 'public',
  runBy: 'county',
  urbanRuralCode: '111',
  urbanRural: 'urban',
  parentSchoolCode: null,
  parentSchoolName: null,
  weak: false,
  lng: null,
  lat: null,
  latestSchoolYear: '2024-2025',
  primaryStudents: 0,
  juniorStudents: 0,
  teacherCount: 0,
  ...patch,
});

describe('summarizeSchools', () => {
  it('counts schools, students and teachers by urban/rural and by type', () => {
    const summary = summarizeSchools([
      school({ urbanRural: 'urban', schoolType: 'primary', primaryStudents: 1000, teacherCount: 50 }),
      school({
        urbanRural: 'rural',
        schoolType: 'nineYear',
        primaryStudents: 200,
        juniorStudents: 100,
        teacherCount: 30,
        weak: true,
      }),
      school({ urbanRural: 'rural', schoolType: 'teachingPoint', primaryStudents: 12, teacherCount: 2 }),
    ]);
    expect(summary.schools).toBe(3);
    expect(summary.weakSchools).toBe(1);
    expect(summary.teachers).toBe(82);
    expect(summary.primaryStudents).toBe(1212);
    expect(summary.juniorStudents).toBe(100);
    expect(summary.students).toBe(1312);
    expect(summary.byUrbanRural).toEqual({
      urban: { schools: 1, students: 1000 },
      town: { schools: 0, students: 0 },
      rural: { schools: 2, students: 312 },
    });
    expect(summary.byType.nineYear).toEqual({ schools: 1, students: 300 });
    expect(summary.byType.junior).toEqual({ schools: 0, students: 0 });
  });

  it('keeps group totals equal to the overall totals', () => {
    const rows = Array.from({ length: 30 }, (_, i) =>
      school({
        urbanRural: (['urban', 'town', 'rural'] as const)[i % 3],
        schoolType: (['primary', 'junior', 'nineYear', 'teachingPoint'] as const)[i % 4],
        primaryStudents: i * 7,
        juniorStudents: i % 5,
      }),
    );
    const summary = summarizeSchools(rows);
    const sum = (groups: Record<string, { schools: number; students: number }>) =>
      Object.values(groups).reduce<[number, number]>(
        (acc, g) => [acc[0] + g.schools, acc[1] + g.students],
        [0, 0],
      );
    expect(sum(summary.byUrbanRural)).toEqual([summary.schools, summary.students]);
    expect(sum(summary.byType)).toEqual([summary.schools, summary.students]);
  });

  it('is all zeros for no schools', () => {
    expect(summarizeSchools([]).students).toBe(0);
  });
});
