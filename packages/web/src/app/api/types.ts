// The HTTP contract (docs/api.md) as the web sees it. The enumerations come from the core (one definition);
// the i18n maps are keyed by them, so a missing label fails to compile.

export type {
  UrbanRural,
  SchoolType,
  Ownership,
  Stage,
  Education,
  Title,
  BackboneLevel,
  Gender,
  Subject,
  Post,
  Role,
} from '@junheng/core';
export {
  SCHOOL_TYPES,
  URBAN_RURALS,
  OWNERSHIPS,
  STAGES,
  EDUCATIONS,
  TITLES,
  BACKBONE_LEVELS,
  SUBJECTS,
  ROLES,
} from '@junheng/core';
import type {
  Role,
  SchoolType,
  Ownership,
  UrbanRural,
  Stage,
  Education,
  Title,
  BackboneLevel,
  Subject,
  Gender,
  Post,
} from '@junheng/core';

export type AuditAction = 'create' | 'update' | 'delete' | 'login' | 'logout' | 'import';
export const AUDIT_ACTIONS: readonly AuditAction[] = [
  'create',
  'update',
  'delete',
  'login',
  'logout',
  'import',
];

export interface User {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  cityId: string | null;
  countyId: string | null;
  schoolId: string | null;
  /** A teacher account's roster code (null for other roles). */
  teacherCode: string | null;
  mustChangePassword: boolean;
  disabled: boolean;
  lastLoginAt: string | null;
}

export interface ListResponse<T> {
  items: T[];
  total: number;
}

export interface County {
  id: string;
  divisionCode: string;
  name: string;
  cityName: string;
}

export interface Township {
  id: string;
  name: string;
}

export interface SchoolRow {
  id: string;
  countyId: string;
  schoolCode: string;
  name: string;
  countyCode: string;
  township: string | null;
  townshipName: string | null;
  schoolType: SchoolType;
  ownership: Ownership;
  runBy: string;
  urbanRuralCode: string;
  urbanRural: UrbanRural;
  parentSchoolCode: string | null;
  parentSchoolName: string | null;
  weak: boolean;
  lng: number | null;
  lat: number | null;
  latestSchoolYear: string | null;
  primaryStudents: number;
  juniorStudents: number;
  teacherCount: number;
}

export interface SchoolSection {
  stage: Stage;
  students: number;
  classes: number;
}

export interface SchoolDetail extends SchoolRow {
  sections: SchoolSection[];
}

/** The yearly statistics as the workbook and the API carry them (one definition, in the core). */
export type { SchoolYearStats } from '@junheng/core';

export interface TeacherRow {
  id: string;
  schoolId: string;
  schoolName: string;
  countyId: string;
  schoolYear: string;
  teacherCode: string;
  name: string;
  gender: Gender;
  birthMonth: string;
  schoolCode: string;
  stage: Stage;
  employerSchoolCode: string | null;
  education: Education;
  title: Title;
  backboneLevel: BackboneLevel | null;
  subject: Subject;
  fullTime: boolean;
  certified: boolean;
  atSchoolSince: string;
  post: Post;
  age: number;
  yearsAtSchool: number;
}

export interface AuditEntry {
  id: string;
  at: string;
  actorId: string | null;
  actorName: string | null;
  countyId: string | null;
  entity: string;
  entityId: string | null;
  action: AuditAction;
  before: unknown;
  after: unknown;
}
