import { OWNERSHIPS, RUN_BYS, SCHOOL_TYPES, URBAN_RURAL_CODES, URBAN_RURALS } from '@junheng/core';
import { z } from 'zod';
import { booleanQuery, pagingQuery } from '../../shared/paging';

export const schoolFilterQuery = {
  countyId: z.uuid().optional(),
  township: z.string().max(100).optional(),
  schoolType: z.enum(SCHOOL_TYPES).optional(),
  urbanRural: z.enum(URBAN_RURALS).optional(),
  weak: booleanQuery.optional(),
  ownership: z.enum(OWNERSHIPS).optional(),
  q: z.string().max(100).optional(),
};
export const schoolListQuery = z.object({ ...schoolFilterQuery, ...pagingQuery });
export const schoolExportQuery = z.object({ ...schoolFilterQuery, sort: pagingQuery.sort });
export type SchoolFilter = z.infer<typeof schoolExportQuery>;

export const SCHOOL_SORT_FIELDS = [
  'schoolCode',
  'name',
  'townshipName',
  'schoolType',
  'ownership',
  'urbanRural',
  'urbanRuralCode',
  'weak',
  'latestSchoolYear',
  'primaryStudents',
  'juniorStudents',
  'teacherCount',
] as const;
export type SchoolSortField = (typeof SCHOOL_SORT_FIELDS)[number];

const schoolFields = {
  schoolCode: z.string().regex(/^\d{10}$/, '10 digits / 10 位数字'),
  name: z.string().min(1).max(100),
  township: z.string().min(1).max(100).nullable(),
  schoolType: z.enum(SCHOOL_TYPES),
  ownership: z.enum(OWNERSHIPS),
  runBy: z.enum(RUN_BYS),
  urbanRuralCode: z.enum(URBAN_RURAL_CODES as unknown as [string, ...string[]]),
  parentSchoolCode: z
    .string()
    .regex(/^\d{10}$/)
    .nullable(),
  weak: z.boolean(),
  lng: z.number().min(-180).max(180).nullable(),
  lat: z.number().min(-90).max(90).nullable(),
};

export const createSchoolBody = z.object({
  ...schoolFields,
  countyId: z.uuid().optional(),
  countyCode: z
    .string()
    .regex(/^\d{6}$/)
    .optional(),
  township: schoolFields.township.default(null),
  runBy: schoolFields.runBy.default('county'),
  parentSchoolCode: schoolFields.parentSchoolCode.default(null),
  weak: schoolFields.weak.default(false),
  lng: schoolFields.lng.default(null),
  lat: schoolFields.lat.default(null),
});
export const updateSchoolBody = z.object(schoolFields).partial();
export type CreateSchoolInput = z.infer<typeof createSchoolBody>;
export type UpdateSchoolInput = z.infer<typeof updateSchoolBody>;
