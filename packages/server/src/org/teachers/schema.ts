import { BACKBONE_LEVELS, EDUCATIONS, POSTS, STAGES, SUBJECTS, TITLES } from '@junheng/core';
import { z } from 'zod';
import { pagingQuery } from '../../shared/paging';
import { schoolYearSchema } from '../stats/schema';

export const teacherFilterQuery = {
  countyId: z.uuid().optional(),
  schoolId: z.uuid().optional(),
  schoolYear: schoolYearSchema.optional(),
  stage: z.enum(STAGES).optional(),
  subject: z.enum(SUBJECTS).optional(),
  title: z.enum(TITLES).optional(),
  backboneLevel: z.enum(BACKBONE_LEVELS).optional(),
  education: z.enum(EDUCATIONS).optional(),
  q: z.string().max(100).optional(),
};
export const teacherListQuery = z.object({ ...teacherFilterQuery, ...pagingQuery });
export const teacherExportQuery = z.object({ ...teacherFilterQuery, sort: pagingQuery.sort });
export type TeacherFilter = z.infer<typeof teacherExportQuery>;

export const TEACHER_SORT_FIELDS = [
  'teacherCode',
  'name',
  'schoolName',
  'schoolYear',
  'stage',
  'subject',
  'title',
  'education',
  'backboneLevel',
  'birthMonth',
  'age',
  'atSchoolSince',
  'yearsAtSchool',
] as const;
export type TeacherSortField = (typeof TEACHER_SORT_FIELDS)[number];

const yearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM');
const fields = {
  schoolYear: schoolYearSchema,
  teacherCode: z.string().min(1).max(40),
  name: z.string().min(1).max(50),
  gender: z.enum(['male', 'female']),
  birthMonth: yearMonth,
  schoolCode: z.string().regex(/^\d{10}$/),
  stage: z.enum(STAGES),
  employerSchoolCode: z
    .string()
    .regex(/^\d{10}$/)
    .nullable(),
  education: z.enum(EDUCATIONS),
  title: z.enum(TITLES),
  backboneLevel: z.enum(BACKBONE_LEVELS).nullable(),
  subject: z.enum(SUBJECTS),
  fullTime: z.boolean(),
  certified: z.boolean(),
  atSchoolSince: yearMonth,
  post: z.enum(POSTS),
};
export const createTeacherBody = z.object({
  ...fields,
  countyId: z.uuid().optional(),
  employerSchoolCode: fields.employerSchoolCode.default(null),
  backboneLevel: fields.backboneLevel.default(null),
  post: fields.post.default('teacher'),
});
export const updateTeacherBody = z.object(fields).partial();
export type CreateTeacherInput = z.infer<typeof createTeacherBody>;
export type UpdateTeacherInput = z.infer<typeof updateTeacherBody>;
