// The evaluation input: a county's school SECTIONS for one school year (standards.md §2–§3). A multi-stage school
// becomes one section per compulsory stage; facility resources are split by the standard's weights, teacher
// counts come from the roster per stage. Plain data, so what-if scenarios can edit it and re-evaluate.
import type { SchoolType, SchoolYear, Stage, UrbanRural } from '../org/types';

/** A value per compulsory stage (minimums, thresholds). */
export interface StageValues {
  primary: number;
  junior: number;
}

/** The facility resources of 办学条件 that are split between the sections of a multi-stage school. */
export interface FacilityResources {
  teachingAuxArea: number;
  indoorSportsArea: number;
  sportsGroundArea: number;
  equipmentValue: number;
  computers: number;
  multimediaClassrooms: number;
  books: number;
}

export const FACILITY_KEYS: readonly (keyof FacilityResources)[] = [
  'teachingAuxArea',
  'indoorSportsArea',
  'sportsGroundArea',
  'equipmentValue',
  'computers',
  'multimediaClassrooms',
  'books',
];

/** Full-time (专任) teachers of one section, by the categories the indicators count. */
export interface TeacherCounts {
  fullTime: number;
  aboveRequiredEducation: number;
  intermediateTitle: number;
  backbone: number;
  peArts: number;
}

export const TEACHER_COUNT_KEYS: readonly (keyof TeacherCounts)[] = [
  'fullTime',
  'aboveRequiredEducation',
  'intermediateTitle',
  'backbone',
  'peArts',
];

/** One stage of one school: one row of its stage in the CV. */
export interface Section {
  schoolCode: string;
  schoolName: string;
  schoolType: SchoolType;
  urbanRural: UrbanRural;
  stage: Stage;
  students: number;
  classes: number;
  /** The section's share of the school's facilities (1 for a single-stage school). */
  facilityShare: number;
  facilities: FacilityResources;
  teachers: TeacherCounts;
}

/** Why a school or a section is outside the evaluation population (standards.md §2). */
export type ExclusionReason =
  | 'private'
  | 'runByNotCounty'
  | 'specialEducation'
  | 'excludedSchoolType'
  | 'teachingPoint'
  | 'teachingPointUnderCutoff'
  | 'noStudentsInStage'
  | 'noStats';

export interface Exclusion {
  schoolCode: string;
  /** The section's stage when only one section is out (noStudentsInStage); absent for a whole school. */
  stage?: Stage;
  reason: ExclusionReason;
}

export interface EvaluationInput {
  countyCode: string;
  schoolYear: SchoolYear;
  /** The standard whose population and split rules built this input. */
  standardId: string;
  sections: Section[];
  excluded: Exclusion[];
}
