// Chinese labels for the rotation plan's codes, shared by the notice workbook and the CLI's text report.
import {
  labelOf,
  STAGE_LABELS,
  SUBJECT_LABELS,
  type RotationKind,
  type Stage,
  type Subject,
  type TeacherIndicator,
} from '@junheng/core';

export const KIND_ZH: Record<RotationKind, string> = {
  rotation: '交流轮岗',
  itinerantTeaching: '走教',
  teachingVisit: '送教',
  postCover: '顶岗',
  shadowing: '跟岗',
};

export const INDICATOR_ZH: Record<TeacherIndicator, string> = {
  fullTime: '每百名学生拥有专任教师数',
  aboveRequiredEducation: '每百名学生拥有高于规定学历教师数',
  backbone: '每百名学生拥有县级以上骨干教师数',
  peArts: '每百名学生拥有体育、艺术专任教师数',
};

export const INDICATOR_EN: Record<TeacherIndicator, string> = {
  fullTime: 'full-time teachers per 100 students',
  aboveRequiredEducation: 'teachers above required education per 100 students',
  backbone: 'backbone teachers per 100 students',
  peArts: 'PE and arts teachers per 100 students',
};

export const stageZh = (stage: Stage): string => labelOf(STAGE_LABELS, stage);
export const subjectZh = (subject: Subject): string => labelOf(SUBJECT_LABELS, subject);

/** A CV to three decimals, or a dash when it is undefined. */
export const cvText = (cv: number | null): string => (cv === null ? '—' : cv.toFixed(3));
