// Counting full-time teachers per section by the categories of the teacher indicators (standards.md §4–§5).
import type { Education, Stage, Teacher } from '../org/types';
import type { TeacherCounts } from './input';
import type { TeacherRules } from './standards/types';

/** Education levels from lowest to highest: "above the required education" means at or above a level here. */
export const EDUCATION_RANK: Readonly<Record<Education, number>> = {
  highSchoolOrBelow: 0,
  secondary: 1,
  associate: 2,
  bachelor: 3,
  postgraduate: 4,
};

export const emptyTeacherCounts = (): TeacherCounts => ({
  fullTime: 0,
  aboveRequiredEducation: 0,
  intermediateTitle: 0,
  backbone: 0,
  peArts: 0,
});

/** Adds one teacher to `counts` when full-time (专任): only full-time teachers enter the indicators. */
export function countTeacher(
  counts: TeacherCounts,
  teacher: Teacher,
  stage: Stage,
  rules: TeacherRules,
): void {
  if (!teacher.fullTime) return;
  counts.fullTime += 1;
  if (EDUCATION_RANK[teacher.education] >= EDUCATION_RANK[rules.requiredEducation[stage]]) {
    counts.aboveRequiredEducation += 1;
  }
  if (rules.intermediateTitles.includes(teacher.title)) counts.intermediateTitle += 1;
  if (teacher.backboneLevel !== null && rules.backboneLevels.includes(teacher.backboneLevel))
    counts.backbone += 1;
  if (rules.peArtsSubjects.includes(teacher.subject)) counts.peArts += 1;
}
