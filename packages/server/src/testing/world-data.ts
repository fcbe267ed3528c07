// Small hand-made counties for integration tests: three counties in two cities, each with a few schools, two
// years of statistics and a short roster. Every name carries its county's name, so a test can tell from a
// response body alone whether another county's data leaked into it.
import type { CountyData, School, SchoolYear, SchoolYearStats, Subject, Teacher, Title } from '@junheng/core';

export interface CountySpec {
  code: string;
  name: string;
  cityCode: string;
  cityName: string;
  schools: number;
  teachersPerSchool: number;
}

export const TEST_YEARS: readonly SchoolYear[] = ['2023-2024', '2024-2025'];
const SUBJECTS: Subject[] = ['chinese', 'math', 'english', 'music', 'pe'];
const TITLES: Title[] = ['senior', 'first', 'second', 'none'];
const URBAN_RURAL = ['111', '121', '220'] as const;

export function schoolCodeOf(countyCode: string, i: number): string {
  return `21${countyCode}${String(i).padStart(2, '0')}`;
}

function school(spec: CountySpec, i: number): School {
  const junior = i === spec.schools;
  return {
    schoolCode: schoolCodeOf(spec.code, i),
    name: `${spec.name}第${i}${junior ? '中学' : '小学'}`,
    countyCode: spec.code,
    township: `${spec.name}${i % 2 === 0 ? '城关镇' : '河口镇'}`,
    schoolType: junior ? 'junior' : 'primary',
    ownership: 'public',
    runBy: 'county',
    urbanRuralCode: URBAN_RURAL[i % URBAN_RURAL.length] as (typeof URBAN_RURAL)[number],
    parentSchoolCode: null,
    weak: i % 2 === 1,
    lng: 104 + i / 100,
    lat: 31 + i / 100,
  };
}

function stats(spec: CountySpec, i: number, y: number): SchoolYearStats {
  const junior = i === spec.schools;
  const students = 300 + i * 100 + y * 10;
  return {
    schoolYear: TEST_YEARS[y] as SchoolYear,
    schoolCode: schoolCodeOf(spec.code, i),
    primaryStudents: junior ? 0 : students,
    juniorStudents: junior ? students : 0,
    seniorStudents: 0,
    primaryClasses: junior ? 0 : Math.ceil(students / 45),
    juniorClasses: junior ? Math.ceil(students / 50) : 0,
    teachingAuxArea: students * 4.5,
    indoorSportsArea: students * 0.3,
    sportsGroundArea: students * 8,
    equipmentValue: students * 2000,
    computers: Math.round(students / 8),
    multimediaClassrooms: Math.ceil(students / 45),
    books: students * 30,
    musicRooms: 1,
    artRooms: 1,
  };
}

function teacher(spec: CountySpec, i: number, k: number, y: number): Teacher {
  const junior = i === spec.schools;
  const n = (i - 1) * spec.teachersPerSchool + k;
  return {
    schoolYear: TEST_YEARS[y] as SchoolYear,
    teacherCode: `T${spec.code}${String(n).padStart(3, '0')}`,
    name: `${spec.name}教师${i}-${k}`,
    gender: k % 2 === 0 ? 'female' : 'male',
    birthMonth: `${1970 + ((n * 7) % 30)}-0${1 + (n % 9)}`,
    schoolCode: schoolCodeOf(spec.code, i),
    stage: junior ? 'junior' : 'primary',
    employerSchoolCode: k === 1 ? null : schoolCodeOf(spec.code, i),
    education: k % 3 === 0 ? 'postgraduate' : 'bachelor',
    title: TITLES[n % TITLES.length] as Title,
    backboneLevel: k === 1 ? 'county' : null,
    subject: SUBJECTS[n % SUBJECTS.length] as Subject,
    fullTime: true,
    certified: true,
    atSchoolSince: `${2010 + (n % 12)}-09`,
    post: k === 1 ? 'principal' : 'teacher',
  };
}

export function countyData(spec: CountySpec): CountyData {
  const indexes = Array.from({ length: spec.schools }, (_, i) => i + 1);
  const ks = Array.from({ length: spec.teachersPerSchool }, (_, k) => k + 1);
  const schools = indexes.map((i) => school(spec, i));
  return {
    county: {
      divisionCode: spec.code,
      name: spec.name,
      cityDivisionCode: spec.cityCode,
      cityName: spec.cityName,
    },
    townships: [...new Set(schools.map((s) => s.township ?? ''))],
    schools,
    stats: TEST_YEARS.flatMap((_, y) => indexes.map((i) => stats(spec, i, y))),
    teachers: TEST_YEARS.flatMap((_, y) => indexes.flatMap((i) => ks.map((k) => teacher(spec, i, k, y)))),
    classes: [],
  };
}

/** 东山县 and 西河县 share 北湖市; 南岭县 is in 中原市. */
export const COUNTY_SPECS = {
  a1: {
    code: '510801',
    name: '东山县',
    cityCode: '510800',
    cityName: '北湖市',
    schools: 4,
    teachersPerSchool: 3,
  },
  a2: {
    code: '510802',
    name: '西河县',
    cityCode: '510800',
    cityName: '北湖市',
    schools: 3,
    teachersPerSchool: 2,
  },
  b1: {
    code: '511101',
    name: '南岭县',
    cityCode: '511100',
    cityName: '中原市',
    schools: 3,
    teachersPerSchool: 2,
  },
} as const satisfies Record<string, CountySpec>;
