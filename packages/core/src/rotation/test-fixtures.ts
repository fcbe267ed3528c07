// Small hand-made teachers and schools for the rotation tests (test-only helper).
import type { School, Teacher } from '../org/types';

export function teacher(overrides: Partial<Teacher> = {}): Teacher {
  return {
    schoolYear: '2024-2025',
    teacherCode: 'T1',
    name: '张老师',
    gender: 'female',
    birthMonth: '1985-03',
    schoolCode: '5107220001',
    stage: 'primary',
    employerSchoolCode: null,
    education: 'bachelor',
    title: 'first',
    backboneLevel: null,
    subject: 'math',
    fullTime: true,
    certified: true,
    atSchoolSince: '2012-09',
    post: 'teacher',
    ...overrides,
  };
}

export function school(overrides: Partial<School> = {}): School {
  return {
    schoolCode: '5107220001',
    name: '城区一小',
    countyCode: '510722',
    township: '城关镇',
    schoolType: 'primary',
    ownership: 'public',
    runBy: 'county',
    urbanRuralCode: '111',
    parentSchoolCode: null,
    weak: false,
    lng: 104.7,
    lat: 31.8,
    ...overrides,
  };
}
