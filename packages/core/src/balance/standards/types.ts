// A evaluation standard as DATA: which indicators, how each is computed, the thresholds, the per-school rule, the
// population and the split weights. A province changes a number with withOverrides(), never with code.
import type { Education, SchoolType, Subject, Title, BackboneLevel } from '../../org/types';
import type { StageValues } from '../input';

/** What an indicator divides by the section's students. */
export type NumeratorResource =
  | 'teachingAuxArea' // the whole teaching and auxiliary area (basic-2012)
  | 'teachingAuxAreaExclIndoorSports' // quality-2017: indoor sports rooms are counted as sports area instead
  | 'sportsArea' // sports ground + indoor sports rooms
  | 'equipmentValue'
  | 'computers'
  | 'multimediaClassrooms'
  | 'books'
  | 'fullTimeTeachers'
  | 'aboveRequiredEducationTeachers'
  | 'intermediateTitleTeachers'
  | 'backboneTeachers'
  | 'peArtsTeachers';

export interface LocalisedText {
  zh: string;
  en: string;
}

export interface IndicatorDefinition {
  key: string;
  name: LocalisedText;
  unit: LocalisedText;
  numerator: NumeratorResource;
  /** Per student, or per 100 students (the value is then ×100). */
  per: 'student' | 'hundredStudents';
}

/** One (indicator, minimum) of a per-school rule. */
export interface SchoolRuleItem extends IndicatorDefinition {
  minimum: StageValues;
}

/** Per school: at least `minMet` of the items met, and every item not met at least `floorShare` × its minimum. */
export interface SchoolRule {
  name: LocalisedText;
  items: SchoolRuleItem[];
  minMet: number;
  floorShare: number;
}

export interface CompositeRule {
  /** 综合差异系数 = the plain mean of the indicators' unrounded CVs (教督〔2012〕3号). */
  kind: 'meanOfCvs';
  threshold: StageValues;
}

export interface PopulationRule {
  excludePrivate: boolean;
  excludeNotCountyRun: boolean;
  /** School types left out entirely (special education; vocational schools have no type in the workbook). */
  excludedSchoolTypes: SchoolType[];
  /** Teaching points: all out (basic-2012), or out below a student count (quality-2017, choice: 50). */
  teachingPoints: { kind: 'excludeAll' } | { kind: 'excludeUnder'; minStudents: number };
}

/** standards.md §3: weights of the junior and senior students against primary ones when splitting facilities. */
export interface SplitWeights {
  nineYear: { primary: number; junior: number };
  completeSecondary: { junior: number; senior: number };
  twelveYear: { primary: number; junior: number; senior: number };
}

/** How a roster row is counted in the teacher indicators. */
export interface TeacherRules {
  /** The lowest education that counts as "above the required education", per stage. */
  requiredEducation: { primary: Education; junior: Education };
  /** Titles that count as intermediate or higher (中级及以上). */
  intermediateTitles: Title[];
  /** Backbone levels that count (县级以上骨干). */
  backboneLevels: BackboneLevel[];
  /** Subjects of PE and arts teachers (体育、音乐、美术). */
  peArtsSubjects: Subject[];
}

export interface Standard {
  id: string;
  version: string;
  name: LocalisedText;
  source: string;
  /** The county-level indicators, in the official order. */
  indicators: IndicatorDefinition[];
  /** Each indicator's CV must be ≤ this (quality-2017); shown beside each CV under basic-2012. */
  cvThresholds: StageValues;
  composite: CompositeRule | null;
  schoolRule: SchoolRule | null;
  population: PopulationRule;
  splitWeights: SplitWeights;
  teacherRules: TeacherRules;
}
