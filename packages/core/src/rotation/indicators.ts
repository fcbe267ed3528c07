// The teacher indicators a rotation moves (standards.md §5 #1–3 and the 2012 teacher–student ratio), counted per
// school section, and the squared-deviation cost the planner lowers. Moving teachers inside a county leaves every
// county total — and so the student-weighted mean μ — unchanged, so Σ (n/N)·((x − μ)/μ)² over sections is exactly
// the squared weighted CV of the indicator after the move: a separable convex function of each section's count.
import type { Education, School, SchoolYear, SchoolYearStats, Stage, Subject, Teacher } from '../org/types';

export type TeacherIndicator = 'fullTime' | 'aboveRequiredEducation' | 'backbone' | 'peArts';
export const TEACHER_INDICATORS: readonly TeacherIndicator[] = [
  'fullTime',
  'aboveRequiredEducation',
  'backbone',
  'peArts',
];

export interface IndicatorParams {
  /** Required education per stage (glossary: primary 专科, junior 本科); at or above it counts. */
  requiredEducation: Record<Stage, Education>;
  peArtsSubjects: readonly Subject[];
  /** Quality-2017 minimums per 100 students (standards.md §5). */
  minimumsPerHundred: Record<Stage, Record<Exclude<TeacherIndicator, 'fullTime'>, number>>;
}

export const DEFAULT_INDICATOR_PARAMS: IndicatorParams = {
  requiredEducation: { primary: 'associate', junior: 'bachelor' },
  peArtsSubjects: ['pe', 'music', 'fine_arts'],
  minimumsPerHundred: {
    primary: { aboveRequiredEducation: 4.2, backbone: 1.0, peArts: 0.9 },
    junior: { aboveRequiredEducation: 5.3, backbone: 1.0, peArts: 0.9 },
  },
};

const EDUCATION_RANK: Record<Education, number> = {
  highSchoolOrBelow: 0,
  secondary: 1,
  associate: 2,
  bachelor: 3,
  postgraduate: 4,
};

export type IndicatorCounts = Record<TeacherIndicator, number>;

export interface Section {
  schoolCode: string;
  stage: Stage;
  students: number;
  classes: number;
  counts: IndicatorCounts;
}

export function sectionKey(schoolCode: string, stage: Stage): string {
  return `${schoolCode}|${stage}`;
}

export function teacherFlags(t: Teacher, params: IndicatorParams): IndicatorCounts {
  const above = EDUCATION_RANK[t.education] >= EDUCATION_RANK[params.requiredEducation[t.stage]];
  return {
    fullTime: t.fullTime ? 1 : 0,
    aboveRequiredEducation: t.fullTime && above ? 1 : 0,
    backbone: t.fullTime && t.backboneLevel !== null ? 1 : 0,
    peArts: t.fullTime && params.peArtsSubjects.includes(t.subject) ? 1 : 0,
  };
}

/** Sections with students in `schoolYear`, with their full-time teacher counts from the roster. */
export function teacherSections(
  schools: readonly School[],
  stats: readonly SchoolYearStats[],
  teachers: readonly Teacher[],
  schoolYear: SchoolYear,
  params: IndicatorParams = DEFAULT_INDICATOR_PARAMS,
): Section[] {
  const known = new Set(schools.map((s) => s.schoolCode));
  const sections = new Map<string, Section>();
  for (const row of stats) {
    if (row.schoolYear !== schoolYear || !known.has(row.schoolCode)) continue;
    const add = (stage: Stage, students: number, classes: number): void => {
      if (students <= 0) return;
      const counts = { fullTime: 0, aboveRequiredEducation: 0, backbone: 0, peArts: 0 };
      sections.set(sectionKey(row.schoolCode, stage), {
        schoolCode: row.schoolCode,
        stage,
        students,
        classes,
        counts,
      });
    };
    add('primary', row.primaryStudents, row.primaryClasses);
    add('junior', row.juniorStudents, row.juniorClasses);
  }
  for (const t of teachers) {
    if (t.schoolYear !== schoolYear) continue;
    const section = sections.get(sectionKey(t.schoolCode, t.stage));
    if (section === undefined) continue;
    const flags = teacherFlags(t, params);
    for (const k of TEACHER_INDICATORS) section.counts[k] += flags[k];
  }
  return [...sections.values()];
}

export interface StageMeans {
  students: number;
  /** Student-weighted county mean per 100 students. */
  perHundred: IndicatorCounts;
}

export function stageMeans(sections: readonly Section[]): Record<Stage, StageMeans> {
  const empty = (): StageMeans => ({
    students: 0,
    perHundred: { fullTime: 0, aboveRequiredEducation: 0, backbone: 0, peArts: 0 },
  });
  const out: Record<Stage, StageMeans> = { primary: empty(), junior: empty() };
  for (const s of sections) {
    out[s.stage].students += s.students;
    for (const k of TEACHER_INDICATORS) out[s.stage].perHundred[k] += s.counts[k];
  }
  for (const stage of ['primary', 'junior'] as const) {
    const m = out[stage];
    for (const k of TEACHER_INDICATORS)
      m.perHundred[k] = m.students > 0 ? (100 * m.perHundred[k]) / m.students : 0;
  }
  return out;
}

/** (n/N)·((100c/n − μ)/μ)²: this section's share of the indicator's squared weighted CV at count c. */
export function deviationCost(students: number, count: number, mean: number, stageStudents: number): number {
  if (mean <= 0 || students <= 0 || stageStudents <= 0) return 0;
  const d = ((100 * count) / students - mean) / mean;
  return (students / stageStudents) * d * d;
}
