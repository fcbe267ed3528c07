// zod schemas at the boundary (style.md): communities arrive from forms, the API and files.
import { z } from 'zod';
import { isIsoDate } from './dates';
import { COMMUNITY_KINDS, type Community } from './types';

export const isoDateSchema = z.string().refine(isIsoDate, { error: 'expected a date YYYY-MM-DD' });
export const localizedTextSchema = z.object({ 'zh-CN': z.string().min(1), 'en-US': z.string().min(1) });

export const communityMembershipSchema = z
  .object({ schoolCode: z.string().min(1), joinedOn: isoDateSchema, leftOn: isoDateSchema.nullable() })
  .refine((m) => m.leftOn === null || m.leftOn >= m.joinedOn, { error: 'leftOn is before joinedOn' });

export const communitySchema = z
  .object({
    id: z.string().min(1),
    kind: z.enum(COMMUNITY_KINDS),
    name: z.string().min(1),
    leadSchoolCode: z.string().min(1),
    members: z.array(communityMembershipSchema),
    startOn: isoDateSchema,
    endOn: isoDateSchema.nullable(),
    charter: z.string().nullable().optional(),
  })
  .refine((c) => c.endOn === null || c.endOn >= c.startOn, { error: 'endOn is before startOn' });

const _community: z.ZodType<Community> = communitySchema;
