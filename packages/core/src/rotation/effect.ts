// What a plan does to the teacher indicators before it is approved (ROT-4): the student-weighted CV of each
// indicator per stage before and after the moves. The population is every section with students — the same
// sections the planner's cost is built on — not the official evaluation population (balance/ owns that).
import { weightedCv } from '../balance/cv';
import type { Stage, Teacher } from '../org/types';
import {
  sectionKey,
  teacherFlags,
  TEACHER_INDICATORS,
  type IndicatorParams,
  type Section,
  type TeacherIndicator,
} from './indicators';

export interface IndicatorEffect {
  stage: Stage;
  indicator: TeacherIndicator;
  /** Weighted CV before and after; null when undefined (no students, or a zero mean). */
  before: number | null;
  after: number | null;
}

export interface Move {
  teacher: Teacher;
  toSchool: string;
}

function cvOf(
  sections: readonly Section[],
  counts: Map<string, Record<TeacherIndicator, number>>,
  k: TeacherIndicator,
): number | null {
  const weights = sections.map((s) => s.students);
  const values = sections.map(
    (s) => (100 * (counts.get(sectionKey(s.schoolCode, s.stage))?.[k] ?? 0)) / s.students,
  );
  const r = weightedCv(weights, values);
  return r.defined ? r.cv : null;
}

export function indicatorEffect(
  sections: readonly Section[],
  moves: readonly Move[],
  params: IndicatorParams,
): IndicatorEffect[] {
  const before = new Map(sections.map((s) => [sectionKey(s.schoolCode, s.stage), { ...s.counts }]));
  const after = new Map(sections.map((s) => [sectionKey(s.schoolCode, s.stage), { ...s.counts }]));
  for (const m of moves) {
    const flags = teacherFlags(m.teacher, params);
    const from = after.get(sectionKey(m.teacher.schoolCode, m.teacher.stage));
    const to = after.get(sectionKey(m.toSchool, m.teacher.stage));
    for (const k of TEACHER_INDICATORS) {
      if (from !== undefined) from[k] -= flags[k];
      if (to !== undefined) to[k] += flags[k];
    }
  }
  return (['primary', 'junior'] as const).flatMap((stage) => {
    const own = sections.filter((s) => s.stage === stage);
    if (own.length === 0) return [];
    return TEACHER_INDICATORS.map((indicator) => ({
      stage,
      indicator,
      before: cvOf(own, before, indicator),
      after: cvOf(own, after, indicator),
    }));
  });
}
