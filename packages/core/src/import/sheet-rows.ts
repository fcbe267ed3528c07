// Step 2f/2g per sheet: how each column's cells are read, and the typed row each sheet gives.
import type { ClassRow, School, SchoolYear, SchoolYearStats, Teacher } from '../org/types';
import {
  BACKBONE_LEVEL_LABELS,
  EDUCATION_LABELS,
  GENDER_LABELS,
  OWNERSHIP_LABELS,
  POST_LABELS,
  RUN_BY_LABELS,
  SCHOOL_TYPE_LABELS,
  STAGE_LABELS,
  SUBJECT_LABELS,
  TITLE_LABELS,
} from './enums';
import type { FieldKinds } from './normalise-row';
import type { ClassRowInput, SchoolRowInput, StatsRowInput } from './row-schemas';

export const SCHOOL_KINDS: FieldKinds = {
  schoolCode: 'code',
  name: 'text',
  countyCode: 'code',
  countyName: 'text',
  township: 'text',
  schoolType: { labels: SCHOOL_TYPE_LABELS },
  ownership: { labels: OWNERSHIP_LABELS },
  runBy: { labels: RUN_BY_LABELS },
  urbanRuralCode: 'code',
  parentSchoolCode: 'code',
  weak: 'boolean',
  lng: 'number',
  lat: 'number',
};

export const STATS_KINDS: FieldKinds = {
  schoolYear: 'schoolYear',
  schoolCode: 'code',
  primaryStudents: 'number',
  juniorStudents: 'number',
  seniorStudents: 'number',
  primaryClasses: 'number',
  juniorClasses: 'number',
  teachingAuxArea: 'number',
  indoorSportsArea: 'number',
  sportsGroundArea: 'number',
  equipmentValue: 'number',
  computers: 'number',
  multimediaClassrooms: 'number',
  books: 'number',
  musicRooms: 'number',
  artRooms: 'number',
};

/** 人事关系所在单位: a school code, or the bureau itself under 县管校聘 (read as null). */
const COUNTY_BUREAU = /教育局|教体局|教育和体育局|县管校聘/;

export const TEACHER_KINDS: FieldKinds = {
  schoolYear: 'schoolYear',
  teacherCode: 'code',
  name: 'text',
  gender: { labels: GENDER_LABELS },
  birthMonth: 'month',
  schoolCode: 'code',
  stage: { labels: STAGE_LABELS },
  employer: { labels: {}, none: COUNTY_BUREAU },
  education: { labels: EDUCATION_LABELS },
  title: { labels: TITLE_LABELS },
  backboneLevel: { labels: BACKBONE_LEVEL_LABELS, none: /^(无|否|-|—|\/)$/ },
  subject: { labels: SUBJECT_LABELS },
  fullTime: 'boolean',
  certified: 'boolean',
  atSchoolSince: 'month',
  post: { labels: POST_LABELS },
};

export const CLASS_KINDS: FieldKinds = {
  schoolYear: 'schoolYear',
  schoolCode: 'code',
  stage: { labels: STAGE_LABELS },
  grade: 'number',
  className: 'text',
  students: 'number',
};

export function toSchool(row: SchoolRowInput): School {
  return {
    schoolCode: row.schoolCode,
    name: row.name,
    countyCode: row.countyCode,
    township: row.township ?? null,
    schoolType: row.schoolType,
    ownership: row.ownership,
    runBy: row.runBy,
    urbanRuralCode: row.urbanRuralCode,
    parentSchoolCode: row.parentSchoolCode ?? null,
    weak: row.weak,
    lng: row.lng ?? null,
    lat: row.lat ?? null,
  };
}

export function toStats(row: StatsRowInput): SchoolYearStats {
  return {
    ...row,
    schoolYear: row.schoolYear as SchoolYear,
    musicRooms: row.musicRooms ?? null,
    artRooms: row.artRooms ?? null,
  };
}

/** A teacher row whose stage the cross checks may still have to settle (from the school type). */
export type TeacherDraft = Omit<Teacher, 'stage'> & { stage: Teacher['stage'] | null };

export function toClass(row: ClassRowInput): ClassRow {
  return { ...row, schoolYear: row.schoolYear as SchoolYear };
}
