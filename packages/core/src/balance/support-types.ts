// Types and defaults of the computable government-support items (政府保障程度, 教督〔2017〕6号).
import type { SchoolType } from '../org/types';
import { DEFAULT_CLASS_SIZE_LIMITS } from './class-size';
import { QUALITY_2017 } from './standards/quality-2017';
import type { LocalisedText, PopulationRule } from './standards/types';

export interface GovernmentSupportParams {
  /** A music room and an art room per this many classes: rooms needed = ceil(classes / n). */
  classesPerArtsRoom: number;
  /** School size: students at most this many, or the type's own cap. */
  maxSchoolSize: number;
  maxSchoolSizeByType: Partial<Record<SchoolType, number>>;
  classSizeLimits: { primary: number; junior: number };
  minCertifiedShare: number;
  minRotationShare: number;
  minBackboneShareOfRotated: number;
  /** Which schools the items look at (default: the quality-2017 population). */
  population: PopulationRule;
}

export const DEFAULT_GOVERNMENT_SUPPORT_PARAMS: GovernmentSupportParams = {
  classesPerArtsRoom: 12,
  maxSchoolSize: 2000,
  maxSchoolSizeByType: { nineYear: 2500, twelveYear: 2500 },
  classSizeLimits: DEFAULT_CLASS_SIZE_LIMITS,
  minCertifiedShare: 1,
  // 2014 national rotation rule: ≥ 10% of the teachers due, backbone ≥ 20% of those rotated (seeds raise it).
  minRotationShare: 0.1,
  minBackboneShareOfRotated: 0.2,
  population: QUALITY_2017.population,
};

/** Rotation counts of the year, from the rotation module or entered by hand. */
export interface RotationCounts {
  eligibleTeachers: number;
  rotatedTeachers: number;
  rotatedBackboneTeachers: number;
}

export type SupportItemKey =
  'artsRooms' | 'schoolSize' | 'classSize' | 'certifiedTeachers' | 'rotation' | 'rotationBackbone';

export interface OffendingSchool {
  schoolCode: string;
  schoolName: string;
  value: number;
  limit: number;
}

export interface SupportItem {
  key: SupportItemKey;
  name: LocalisedText;
  status: 'met' | 'notMet' | 'notComputed';
  /**
   * The county's figure: artsRooms → schools short of rooms, schoolSize → the largest school, classSize →
   * classes over the limit, certifiedTeachers / rotation / rotationBackbone → the share.
   */
  value: number | null;
  threshold: number;
  offending: OffendingSchool[];
}

export interface GovernmentSupportResult {
  items: SupportItem[];
  /** All computed items met; null when none could be computed. */
  allMet: boolean | null;
}

export function supportItem(
  key: SupportItemKey,
  name: LocalisedText,
  threshold: number,
  value: number | null,
  met: boolean | null,
  offending: OffendingSchool[] = [],
): SupportItem {
  return {
    key,
    name,
    status: met === null ? 'notComputed' : met ? 'met' : 'notMet',
    value,
    threshold,
    offending,
  };
}
