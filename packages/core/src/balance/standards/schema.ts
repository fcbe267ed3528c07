// zod schema of a Standard: a province's overrides arrive as data (a file, a form), so they are validated here.
import { z } from 'zod';
import { BACKBONE_LEVELS, EDUCATIONS, SCHOOL_TYPES, SUBJECTS, TITLES } from '../../org/types';
import type { Standard } from './types';

const positive = z.number().finite().positive();
const stageValues = z.object({ primary: positive, junior: positive });
const text = z.object({ zh: z.string().min(1), en: z.string().min(1) });
const education = z.enum(EDUCATIONS);

const indicator = z.object({
  key: z.string().min(1),
  name: text,
  unit: text,
  numerator: z.enum([
    'teachingAuxArea',
    'teachingAuxAreaExclIndoorSports',
    'sportsArea',
    'equipmentValue',
    'computers',
    'multimediaClassrooms',
    'books',
    'fullTimeTeachers',
    'aboveRequiredEducationTeachers',
    'intermediateTitleTeachers',
    'backboneTeachers',
    'peArtsTeachers',
  ]),
  per: z.enum(['student', 'hundredStudents']),
});

const uniqueKeys = (items: { key: string }[]) => new Set(items.map((i) => i.key)).size === items.length;

const schoolRule = z
  .object({
    name: text,
    items: z
      .array(indicator.extend({ minimum: stageValues }))
      .min(1)
      .refine(uniqueKeys, 'duplicate item key'),
    minMet: z.number().int().nonnegative(),
    floorShare: z.number().min(0).max(1),
  })
  .refine((r) => r.minMet <= r.items.length, 'minMet exceeds the number of items');

export const standardSchema = z.object({
  id: z.string().min(1),
  version: z.string().min(1),
  name: text,
  source: z.string(),
  indicators: z.array(indicator).min(1).refine(uniqueKeys, 'duplicate indicator key'),
  cvThresholds: stageValues,
  composite: z.object({ kind: z.literal('meanOfCvs'), threshold: stageValues }).nullable(),
  schoolRule: schoolRule.nullable(),
  population: z.object({
    excludePrivate: z.boolean(),
    excludeNotCountyRun: z.boolean(),
    excludedSchoolTypes: z.array(z.enum(SCHOOL_TYPES)),
    teachingPoints: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('excludeAll') }),
      z.object({ kind: z.literal('excludeUnder'), minStudents: z.number().int().nonnegative() }),
    ]),
  }),
  splitWeights: z.object({
    nineYear: z.object({ primary: positive, junior: positive }),
    completeSecondary: z.object({ junior: positive, senior: positive }),
    twelveYear: z.object({ primary: positive, junior: positive, senior: positive }),
  }),
  teacherRules: z.object({
    requiredEducation: z.object({ primary: education, junior: education }),
    intermediateTitles: z.array(z.enum(TITLES)),
    backboneLevels: z.array(z.enum(BACKBONE_LEVELS)),
    peArtsSubjects: z.array(z.enum(SUBJECTS)),
  }),
}) satisfies z.ZodType<Standard>;
