// zod schemas at the boundary (style.md): activities, studios, patches, pairs, quotas and calendars.
import { z } from 'zod';
import { SUBJECTS, URBAN_RURALS } from '../org/types';
import { isoDateSchema, localizedTextSchema } from '../communities/schema';
import { COMMUNITY_KINDS } from '../communities/types';
import type { ComplianceRule } from './compliance-rules';
import type { TermCalendar } from './terms';
import {
  ACTIVITY_KINDS,
  PARTICIPANT_ROLES,
  type Activity,
  type MasterStudio,
  type Mentorship,
  type ResearcherPatch,
} from './types';

const id = z.string().min(1);
const monthDay = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { error: 'expected MM-DD' });

export const activitySchema = z.object({
  id,
  kind: z.enum(ACTIVITY_KINDS),
  date: isoDateSchema,
  title: z.string().optional(),
  communityId: id.nullable(),
  hostSchoolCode: id,
  participantSchoolCodes: z.array(id),
  participants: z.array(z.object({ personId: id, role: z.enum(PARTICIPANT_ROLES) })),
  researcherId: id.nullable(),
  masterStudioId: id.nullable(),
  lessonsObserved: z.number().int().nonnegative().optional(),
  ruralQuality: z.boolean(),
  files: z.array(z.string()).optional(),
});

export const masterStudioSchema = z.object({
  id,
  name: z.string().min(1),
  leaderId: id,
  schoolCode: id,
  communityId: id.nullable(),
  subject: z.enum(SUBJECTS).optional(),
  startOn: isoDateSchema,
  endOn: isoDateSchema.nullable(),
});

export const researcherPatchSchema = z.object({
  researcherId: id,
  name: z.string().min(1),
  schoolCodes: z.array(id),
});

export const mentorshipSchema = z.object({
  id,
  mentorId: id,
  menteeId: id,
  mentorSchoolCode: id,
  menteeSchoolCode: id,
  communityId: id.nullable(),
  subject: z.enum(SUBJECTS).optional(),
  startOn: isoDateSchema,
  endOn: isoDateSchema.nullable(),
});

export const complianceRuleSchema = z.object({
  id,
  label: localizedTextSchema,
  source: z.string(),
  subject: z.enum(['community', 'masterStudio', 'researcher']),
  period: z.enum(['term', 'schoolYear']),
  required: z.number().int().nonnegative(),
  kinds: z.array(z.enum(ACTIVITY_KINDS)).min(1),
  measure: z.enum(['activities', 'lessons']),
  communityKinds: z.array(z.enum(COMMUNITY_KINDS)).optional(),
  hostUrbanRural: z.array(z.enum(URBAN_RURALS)).optional(),
  hostInSubject: z.boolean().optional(),
  ruralQualityOnly: z.boolean().optional(),
});

export const termCalendarSchema = z.object({
  autumnStart: monthDay,
  autumnEnd: monthDay,
  springStart: monthDay,
  springEnd: monthDay,
  overrides: z.record(z.string(), z.object({ startOn: isoDateSchema, endOn: isoDateSchema })).optional(),
});

const _activity: z.ZodType<Activity> = activitySchema;
const _studio: z.ZodType<MasterStudio> = masterStudioSchema;
const _patch: z.ZodType<ResearcherPatch> = researcherPatchSchema;
const _pair: z.ZodType<Mentorship> = mentorshipSchema;
const _rule: z.ZodType<ComplianceRule> = complianceRuleSchema;
const _calendar: z.ZodType<TermCalendar> = termCalendarSchema;
