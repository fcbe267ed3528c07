// Receiving needs per school section. Rule: a subject's load is classes × lessons per class per week ÷ a teacher's
// lessons per week (full posts); posts needed = ceil(load ÷ (1 + overload tolerance)); a load under minPostLoad is
// left to 走教 (itinerant) rather than counted short. Shortage = posts needed − full-time teachers of the subject,
// plus vacancies the bureau enters. Sections below the quality-2017 teacher minimums are listed with the teachers
// missing; the planner lowers those gaps through its indicator cost.
import type { School, SchoolYear, SchoolYearStats, Stage, Subject, Teacher } from '../org/types';
import { sectionKey, teacherSections, type TeacherIndicator } from './indicators';
import { DEFAULT_NEEDS_PARAMS, type NeedsParams } from './needs-params';
import type { Reason } from './types';

export interface Vacancy {
  schoolCode: string;
  stage: Stage;
  subject: Subject;
  count: number;
}

export interface SubjectNeed {
  schoolCode: string;
  stage: Stage;
  subject: Subject;
  /** Full posts of teaching this subject takes. */
  load: number;
  required: number;
  present: number;
  /** max(0, required − present). */
  shortage: number;
  vacancies: number;
  /** shortage + vacancies: what the planner may fill with priority. */
  total: number;
  /** Load too small for a post: a case for 走教. */
  itinerant: boolean;
  priority: number;
  reasons: Reason[];
}

export interface IndicatorGap {
  indicator: Exclude<TeacherIndicator, 'fullTime'>;
  perHundred: number;
  minimum: number;
  /** Teachers of this kind missing to reach the minimum. */
  deficit: number;
}

export interface SectionNeeds {
  schoolCode: string;
  stage: Stage;
  students: number;
  classes: number;
  subjects: SubjectNeed[];
  indicatorGaps: IndicatorGap[];
}

export interface NeedsInput {
  schools: readonly School[];
  stats: readonly SchoolYearStats[];
  teachers: readonly Teacher[];
  schoolYear: SchoolYear;
  vacancies?: readonly Vacancy[];
  params?: NeedsParams;
}

function subjectNeed(
  schoolCode: string,
  stage: Stage,
  subject: Subject,
  classes: number,
  present: number,
  vacancies: number,
  p: NeedsParams,
): SubjectNeed {
  const lessons = p.lessonsPerClassPerWeek[stage][subject] ?? 0;
  const perTeacher = p.lessonsPerTeacherPerWeek[stage];
  const load = (classes * lessons) / perTeacher;
  const itinerant = load > 0 && load < p.minPostLoad;
  const required = itinerant ? 0 : Math.ceil(load / (1 + p.overloadTolerance) - 1e-9);
  const shortage = Math.max(0, required - present);
  const values = { classes, lessons, perTeacher, load: Math.round(load * 100) / 100, required, present };
  const reasons: Reason[] = [
    {
      ruleId: 'subjectLoad',
      effect: 'plan',
      zh: `${classes} 个班 × 每周 ${lessons} 节 ÷ 每位教师 ${perTeacher} 节 = ${values.load} 个岗位，需 ${required} 人，现有 ${present} 人`,
      en: `${classes} classes × ${lessons} lessons ÷ ${perTeacher} per teacher = ${values.load} posts: ${required} needed, ${present} present`,
      values,
    },
  ];
  if (vacancies > 0) {
    reasons.push({
      ruleId: 'vacancy',
      effect: 'plan',
      zh: `教育局登记空缺 ${vacancies} 人`,
      en: `${vacancies} vacancies entered by the bureau`,
      values: { vacancies },
    });
  }
  const priority = p.subjectPriority[subject] ?? 1;
  const total = shortage + vacancies;
  return {
    schoolCode,
    stage,
    subject,
    load,
    required,
    present,
    shortage,
    vacancies,
    total,
    itinerant,
    priority,
    reasons,
  };
}

export function receivingNeeds(input: NeedsInput): SectionNeeds[] {
  const p = input.params ?? DEFAULT_NEEDS_PARAMS;
  const sections = teacherSections(
    input.schools,
    input.stats,
    input.teachers,
    input.schoolYear,
    p.indicators,
  );
  const present = new Map<string, number>();
  for (const t of input.teachers) {
    if (t.schoolYear !== input.schoolYear || !t.fullTime) continue;
    const key = `${sectionKey(t.schoolCode, t.stage)}|${t.subject}`;
    present.set(key, (present.get(key) ?? 0) + 1);
  }
  const vacant = new Map<string, number>();
  for (const v of input.vacancies ?? []) {
    const key = `${sectionKey(v.schoolCode, v.stage)}|${v.subject}`;
    vacant.set(key, (vacant.get(key) ?? 0) + v.count);
  }
  return sections.map((s) => {
    const base = sectionKey(s.schoolCode, s.stage);
    const subjects = (Object.keys(p.lessonsPerClassPerWeek[s.stage]) as Subject[])
      .map((subject) =>
        subjectNeed(
          s.schoolCode,
          s.stage,
          subject,
          s.classes,
          present.get(`${base}|${subject}`) ?? 0,
          vacant.get(`${base}|${subject}`) ?? 0,
          p,
        ),
      )
      .filter((n) => n.total > 0 || n.itinerant)
      .sort((a, b) => b.priority - a.priority || b.total - a.total);
    const mins = p.indicators.minimumsPerHundred[s.stage];
    const indicatorGaps: IndicatorGap[] = (['aboveRequiredEducation', 'backbone', 'peArts'] as const).flatMap(
      (k) => {
        const perHundred = (100 * s.counts[k]) / s.students;
        const minimum = mins[k];
        if (perHundred >= minimum) return [];
        const deficit = Math.ceil((minimum * s.students) / 100 - s.counts[k] - 1e-9);
        return [{ indicator: k, perHundred, minimum, deficit }];
      },
    );
    return {
      schoolCode: s.schoolCode,
      stage: s.stage,
      students: s.students,
      classes: s.classes,
      subjects,
      indicatorGaps,
    };
  });
}
