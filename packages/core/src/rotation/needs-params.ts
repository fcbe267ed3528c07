// Parameters of the receiving-needs rule. Lessons per class per week follow the national curriculum plans
// (义务教育课程方案, weekly hours averaged over the grades of a stage); a teacher's standard load is a county
// setting (commonly 12–16 lessons in primary, 10–14 in junior). All are defaults to be overridden.
import type { Stage, Subject } from '../org/types';
import { DEFAULT_INDICATOR_PARAMS, type IndicatorParams } from './indicators';

export interface NeedsParams {
  lessonsPerClassPerWeek: Record<Stage, Partial<Record<Subject, number>>>;
  lessonsPerTeacherPerWeek: Record<Stage, number>;
  /** A teacher may carry this share over the standard load before a post counts as short (0.2 = 20%). */
  overloadTolerance: number;
  /** Subject loads under this many full posts are shared by 走教 (itinerant teaching), not a shortage. */
  minPostLoad: number;
  /** Subjects filled first and their weights (PE, music, fine arts first: ROT-3). Others weigh 1. */
  subjectPriority: Partial<Record<Subject, number>>;
  indicators: IndicatorParams;
}

export const DEFAULT_NEEDS_PARAMS: NeedsParams = {
  lessonsPerClassPerWeek: {
    primary: {
      chinese: 7,
      math: 4.5,
      english: 2,
      science: 1.5,
      morality_law: 2,
      music: 2,
      fine_arts: 2,
      pe: 3.5,
      it: 0.7,
      labour: 1,
      mental_health: 0.5,
      other: 2,
    },
    junior: {
      chinese: 5,
      math: 4.5,
      english: 4,
      science: 6,
      morality_law: 2,
      music: 1,
      fine_arts: 1,
      pe: 3,
      it: 1,
      labour: 1,
      mental_health: 0.5,
      other: 4,
    },
  },
  lessonsPerTeacherPerWeek: { primary: 14, junior: 12 },
  overloadTolerance: 0.2,
  minPostLoad: 0.5,
  subjectPriority: { pe: 3, music: 3, fine_arts: 3 },
  indicators: DEFAULT_INDICATOR_PARAMS,
};
