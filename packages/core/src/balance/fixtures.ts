// Small factories for the balance tests: a school, its year's statistics, a teacher, a county, a section.
import type { CountyData, School, SchoolType, SchoolYearStats, Stage, Teacher } from '../org/types';
import type { Section } from './input';

export const YEAR = '2024-2025' as const;

export function makeSchool(schoolCode: string, schoolType: SchoolType, over: Partial<School> = {}): School {
  return {
    schoolCode,
    name: `学校${schoolCode.slice(-3)}`,
    countyCode: '510722',
    township: null,
    schoolType,
    ownership: 'public',
    runBy: 'county',
    urbanRuralCode: '210',
    parentSchoolCode: null,
    weak: false,
    lng: null,
    lat: null,
    ...over,
  };
}

export function makeStats(schoolCode: string, over: Partial<SchoolYearStats> = {}): SchoolYearStats {
  return {
    schoolYear: YEAR,
    schoolCode,
    primaryStudents: 0,
    juniorStudents: 0,
    seniorStudents: 0,
    primaryClasses: 0,
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
    ...over,
  };
}

let teacherSeq = 0;
export function makeTeacher(schoolCode: string, stage: Stage, over: Partial<Teacher> = {}): Teacher {
  teacherSeq += 1;
  return {
    schoolYear: YEAR,
    teacherCode: `T${String(teacherSeq).padStart(8, '0')}`,
    name: '教师',
    gender: 'female',
    birthMonth: '1985-01',
    schoolCode,
    stage,
    employerSchoolCode: schoolCode,
    education: 'bachelor',
    title: 'second',
    backboneLevel: null,
    subject: 'chinese',
    fullTime: true,
    certified: true,
    atSchoolSince: '2015-09',
    post: 'teacher',
    ...over,
  };
}

export function makeCounty(parts: Partial<CountyData>): CountyData {
  return {
    county: { divisionCode: '510722', name: '测试县', cityDivisionCode: '510700', cityName: '测试市' },
    townships: [],
    schools: [],
    stats: [],
    teachers: [],
    classes: [],
    ...parts,
  };
}

/** A section with zero resources unless given: tests set only what they measure. */
export function makeSection(
  schoolCode: string,
  stage: Stage,
  students: number,
  over: Partial<Section> = {},
): Section {
  return {
    schoolCode,
    schoolName: `学校${schoolCode.slice(-3)}`,
    schoolType: stage,
    urbanRural: 'rural',
    stage,
    students,
    classes: Math.ceil(students / 45),
    facilityShare: 1,
    facilities: {
      teachingAuxArea: 0,
      indoorSportsArea: 0,
      sportsGroundArea: 0,
      equipmentValue: 0,
      computers: 0,
      multimediaClassrooms: 0,
      books: 0,
      ...over.facilities,
    },
    teachers: {
      fullTime: 0,
      aboveRequiredEducation: 0,
      intermediateTitle: 0,
      backbone: 0,
      peArts: 0,
      ...over.teachers,
    },
    ...Object.fromEntries(Object.entries(over).filter(([k]) => k !== 'facilities' && k !== 'teachers')),
  };
}
