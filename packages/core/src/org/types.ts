// The county's org and roster data as plain values — the shape of the county workbook
// (../shared/spec/import-template.md) after parsing. Server rows, demo data and the evaluation input all use it.

// Each enumeration is a list (for validation, menus and labels) and the type derived from it.
export const URBAN_RURALS = ['urban', 'town', 'rural'] as const;
export type UrbanRural = (typeof URBAN_RURALS)[number];
/** The statistical 城乡分类代码 (3 digits). */
export type UrbanRuralCode = '111' | '112' | '121' | '122' | '123' | '210' | '220';
export const SCHOOL_TYPES = [
  'primary',
  'junior',
  'nineYear',
  'completeSecondary',
  'twelveYear',
  'teachingPoint',
  'specialEducation',
] as const;
export type SchoolType = (typeof SCHOOL_TYPES)[number];
export const OWNERSHIPS = ['public', 'private'] as const;
export type Ownership = (typeof OWNERSHIPS)[number];
export const RUN_BYS = ['county', 'city', 'province', 'other'] as const;
export type RunBy = (typeof RUN_BYS)[number];
export const STAGES = ['primary', 'junior'] as const;
export type Stage = (typeof STAGES)[number];
export const EDUCATIONS = [
  'postgraduate',
  'bachelor',
  'associate',
  'secondary',
  'highSchoolOrBelow',
] as const;
export type Education = (typeof EDUCATIONS)[number];
export const TITLES = ['senior_professor', 'senior', 'first', 'second', 'third', 'none'] as const;
export type Title = (typeof TITLES)[number];
export const BACKBONE_LEVELS = ['county', 'city', 'province', 'national'] as const;
export type BackboneLevel = (typeof BACKBONE_LEVELS)[number];
export const GENDERS = ['male', 'female'] as const;
export type Gender = (typeof GENDERS)[number];
export const SUBJECTS = [
  'chinese',
  'math',
  'english',
  'science',
  'morality_law',
  'music',
  'fine_arts',
  'pe',
  'it',
  'labour',
  'mental_health',
  'other',
] as const;
export type Subject = (typeof SUBJECTS)[number];
export const POSTS = ['principal', 'vice_principal', 'middle_manager', 'teacher'] as const;
export type Post = (typeof POSTS)[number];

/** A school year as a bureau writes it: `2024-2025`. */
export type SchoolYear = `${number}-${number}`;

export const URBAN_RURAL_CODES: readonly UrbanRuralCode[] = ['111', '112', '121', '122', '123', '210', '220'];

/** 城乡分类代码 → urban/town/rural (glossary: 111/112 urban, 121/122/123 town, 210/220 rural). */
export function urbanRuralOf(code: UrbanRuralCode): UrbanRural {
  if (code.startsWith('11')) return 'urban';
  if (code.startsWith('12')) return 'town';
  return 'rural';
}

export interface County {
  divisionCode: string; // 6 digits
  name: string;
  cityDivisionCode: string;
  cityName: string;
}

export interface School {
  schoolCode: string; // 10 digits
  name: string;
  countyCode: string;
  township: string | null;
  schoolType: SchoolType;
  ownership: Ownership;
  runBy: RunBy;
  urbanRuralCode: UrbanRuralCode;
  parentSchoolCode: string | null;
  weak: boolean;
  lng: number | null;
  lat: number | null;
}

/** 办学条件: one row per school per school year. Areas in m², money in yuan. */
export interface SchoolYearStats {
  schoolYear: SchoolYear;
  schoolCode: string;
  primaryStudents: number;
  juniorStudents: number;
  seniorStudents: number;
  primaryClasses: number;
  juniorClasses: number;
  teachingAuxArea: number;
  indoorSportsArea: number;
  sportsGroundArea: number;
  equipmentValue: number;
  computers: number;
  multimediaClassrooms: number;
  books: number;
  musicRooms: number | null;
  artRooms: number | null;
}

/** 教师: one row per teacher per school year. No national ID numbers are kept. */
export interface Teacher {
  schoolYear: SchoolYear;
  teacherCode: string;
  name: string;
  gender: Gender;
  birthMonth: string; // YYYY-MM
  schoolCode: string; // school of service
  stage: Stage;
  /** A school code, or null when the county bureau holds the post (县管校聘). */
  employerSchoolCode: string | null;
  education: Education;
  title: Title;
  backboneLevel: BackboneLevel | null;
  subject: Subject;
  fullTime: boolean;
  certified: boolean;
  atSchoolSince: string; // YYYY-MM
  post: Post;
}

/** 班级: optional, one row per class. */
export interface ClassRow {
  schoolYear: SchoolYear;
  schoolCode: string;
  stage: Stage;
  grade: number;
  className: string;
  students: number;
}

/** A county's workbook for one or more school years. */
export interface CountyData {
  county: County;
  townships: string[];
  schools: School[];
  stats: SchoolYearStats[];
  teachers: Teacher[];
  classes: ClassRow[];
}
