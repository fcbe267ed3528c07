// Step 2g: zod schemas for one normalised row of each sheet (style.md: zod at every boundary — the workbook
// row is one). Error keys name the bilingual reasons in row-reasons.ts.
import { z } from 'zod';
import {
  BACKBONE_LEVELS,
  EDUCATIONS,
  GENDERS,
  OWNERSHIPS,
  POSTS,
  RUN_BYS,
  SCHOOL_TYPES,
  STAGES,
  SUBJECTS,
  TITLES,
  URBAN_RURAL_CODES,
  type UrbanRuralCode,
} from '../org/types';

const schoolCode = z.string().regex(/^\d{10}$/, { error: 'code10' });
const divisionCode = z.string().regex(/^\d{6}$/, { error: 'code6' });
const schoolYear = z.string().regex(/^\d{4}-\d{4}$/, { error: 'schoolYear' });
const yearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'month' });
const text = z.string().min(1);
const count = z.number().int().nonnegative();
/** Blank student and class counts mean none (statistical sheets leave zero cells empty). */
const countOrZero = count.default(0);
const measure = z.number().nonnegative();
const stage = z.enum(STAGES);

export const schoolRowSchema = z
  .object({
    schoolCode,
    name: text,
    countyCode: divisionCode,
    countyName: text.optional(),
    township: text.optional(),
    schoolType: z.enum(SCHOOL_TYPES),
    ownership: z.enum(OWNERSHIPS),
    runBy: z.enum(RUN_BYS).default('county'),
    urbanRuralCode: z.enum(URBAN_RURAL_CODES as [UrbanRuralCode, ...UrbanRuralCode[]]),
    parentSchoolCode: schoolCode.optional(),
    weak: z.boolean().default(false),
    lng: z.number().min(-180).max(180).optional(),
    lat: z.number().min(-90).max(90).optional(),
  })
  .superRefine((row, ctx) => {
    // A 教学点 is run by a central school (glossary: teachingPoint → parentSchoolId).
    if (row.schoolType === 'teachingPoint' && row.parentSchoolCode === undefined) {
      ctx.addIssue({ code: 'custom', path: ['parentSchoolCode'], message: 'parentRequired' });
    }
    if (row.parentSchoolCode === row.schoolCode) {
      ctx.addIssue({ code: 'custom', path: ['parentSchoolCode'], message: 'parentSelf' });
    }
  });

export const statsRowSchema = z
  .object({
    schoolYear,
    schoolCode,
    primaryStudents: countOrZero,
    juniorStudents: countOrZero,
    seniorStudents: countOrZero,
    primaryClasses: countOrZero,
    juniorClasses: countOrZero,
    teachingAuxArea: measure,
    indoorSportsArea: measure,
    sportsGroundArea: measure,
    equipmentValue: measure,
    computers: count,
    multimediaClassrooms: count,
    books: count,
    musicRooms: count.optional(),
    artRooms: count.optional(),
  })
  .superRefine((row, ctx) => {
    // 其中：室内体育用房面积 is part of 教学及辅助用房面积 (import-template.md), so it cannot exceed it.
    if (row.indoorSportsArea > row.teachingAuxArea) {
      ctx.addIssue({ code: 'custom', path: ['indoorSportsArea'], message: 'indoorExceedsTeaching' });
    }
  });

export const teacherRowSchema = z.object({
  schoolYear,
  teacherCode: text,
  name: text,
  gender: z.enum(GENDERS),
  birthMonth: yearMonth,
  schoolCode,
  stage: stage.optional(),
  /** null: 县教育局 holds the post (县管校聘). */
  employer: schoolCode.nullable(),
  education: z.enum(EDUCATIONS),
  title: z.enum(TITLES),
  backboneLevel: z.enum(BACKBONE_LEVELS).nullable().default(null),
  subject: z.enum(SUBJECTS),
  fullTime: z.boolean(),
  certified: z.boolean(),
  atSchoolSince: yearMonth,
  post: z.enum(POSTS),
});

export const classRowSchema = z.object({
  schoolYear,
  schoolCode,
  stage,
  // Compulsory education has nine grades; 九年一贯制 schools number them 1–9 throughout.
  grade: z.number().int().min(1).max(9),
  className: text,
  students: count,
});

export type SchoolRowInput = z.output<typeof schoolRowSchema>;
export type StatsRowInput = z.output<typeof statsRowSchema>;
export type TeacherRowInput = z.output<typeof teacherRowSchema>;
export type ClassRowInput = z.output<typeof classRowSchema>;
