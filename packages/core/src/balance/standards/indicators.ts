// The indicator catalogue: every measure the standards use, keyed as in import-template.md. A standard copies
// the definitions it needs, so the standard stays one self-contained object.
import type { IndicatorDefinition } from './types';

const perStudent = (
  key: string,
  zh: string,
  en: string,
  numerator: IndicatorDefinition['numerator'],
  unit: [string, string],
): IndicatorDefinition => ({
  key,
  name: { zh, en },
  unit: { zh: unit[0], en: unit[1] },
  numerator,
  per: 'student',
});

const per100 = (
  key: string,
  zh: string,
  en: string,
  numerator: IndicatorDefinition['numerator'],
): IndicatorDefinition => ({
  key,
  name: { zh, en },
  unit: { zh: '每百名学生', en: 'per 100 students' },
  numerator,
  per: 'hundredStudents',
});

export const INDICATORS = {
  teachingAuxAreaPerStudent: perStudent(
    'teachingAuxAreaPerStudent',
    '生均教学及辅助用房面积',
    'Teaching and auxiliary area per student',
    'teachingAuxArea',
    ['㎡', 'm²'],
  ),
  sportsAreaPerStudent: perStudent(
    'sportsAreaPerStudent',
    '生均体育运动场馆面积',
    'Sports area per student',
    'sportsArea',
    ['㎡', 'm²'],
  ),
  equipmentValuePerStudent: perStudent(
    'equipmentValuePerStudent',
    '生均教学仪器设备值',
    'Equipment value per student',
    'equipmentValue',
    ['元', 'yuan'],
  ),
  computersPer100: per100(
    'computersPer100',
    '每百名学生拥有计算机台数',
    'Computers per 100 students',
    'computers',
  ),
  booksPerStudent: perStudent('booksPerStudent', '生均图书册数', 'Books per student', 'books', [
    '册',
    'books',
  ]),
  teacherStudentRatio: perStudent(
    'teacherStudentRatio',
    '师生比',
    'Teacher–student ratio',
    'fullTimeTeachers',
    ['教师/学生', 'teachers per student'],
  ),
  aboveRequiredEducationTeachersPerStudent: perStudent(
    'aboveRequiredEducationTeachersPerStudent',
    '生均高于规定学历教师数',
    'Teachers above the required education per student',
    'aboveRequiredEducationTeachers',
    ['人', 'teachers'],
  ),
  intermediateTitleTeachersPerStudent: perStudent(
    'intermediateTitleTeachersPerStudent',
    '生均中级及以上专业技术职务教师数',
    'Teachers with intermediate or higher title per student',
    'intermediateTitleTeachers',
    ['人', 'teachers'],
  ),
  aboveRequiredEducationTeachersPer100: per100(
    'aboveRequiredEducationTeachersPer100',
    '每百名学生拥有高于规定学历教师数',
    'Teachers above the required education per 100 students',
    'aboveRequiredEducationTeachers',
  ),
  backboneTeachersPer100: per100(
    'backboneTeachersPer100',
    '每百名学生拥有县级以上骨干教师数',
    'Backbone teachers (county level or above) per 100 students',
    'backboneTeachers',
  ),
  peArtsTeachersPer100: per100(
    'peArtsTeachersPer100',
    '每百名学生拥有体育、艺术（美术、音乐）专任教师数',
    'Full-time PE and arts teachers per 100 students',
    'peArtsTeachers',
  ),
  teachingAuxAreaExclIndoorSportsPerStudent: perStudent(
    // quality-2017 keeps the key teachingAuxAreaPerStudent (import-template.md); this entry is the catalogue's
    // own name for the variant without indoor sports rooms, renamed where the standard uses it.
    'teachingAuxAreaPerStudent',
    '生均教学及辅助用房面积',
    'Teaching and auxiliary area per student',
    'teachingAuxAreaExclIndoorSports',
    ['㎡', 'm²'],
  ),
  multimediaClassroomsPer100: per100(
    'multimediaClassroomsPer100',
    '每百名学生拥有网络多媒体教室数',
    'Networked multimedia classrooms per 100 students',
    'multimediaClassrooms',
  ),
} as const satisfies Record<string, IndicatorDefinition>;
