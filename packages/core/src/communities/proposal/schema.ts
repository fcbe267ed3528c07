// zod schemas at the boundary (style.md): proposal parameters and schools arrive from the bureau's form and the
// API. Checked here so the planner itself can trust its input (capacity ≥ 1, weights finite and non-negative).
import { z } from 'zod';
import { URBAN_RURALS } from '../../org/types';
import { COMMUNITY_KINDS } from '../types';
import type { ProposalParams, ProposalSchool } from './types';

const urbanRural = z.enum(URBAN_RURALS);
const points = z.number().finite().nonnegative();

export const proposalParamsSchema = z.object({
  kind: z.enum(COMMUNITY_KINDS),
  maxSchools: z.number().int().min(2),
  maxRoadKm: z.number().positive().nullable(),
  roadFactor: z.number().min(1),
  weights: z.object({ perKm: points, strengthGap: points, leaveOut: points }),
  mustCover: z.array(urbanRural),
  mayCover: z.array(urbanRural),
});

export const proposalSchoolSchema = z.object({
  schoolCode: z.string().min(1),
  name: z.string().min(1),
  urbanRural,
  weak: z.boolean(),
  strength: z.number().min(0).max(1).optional(),
  students: z.number().int().nonnegative(),
  lng: z.number().min(-180).max(180).nullable(),
  lat: z.number().min(-90).max(90).nullable(),
  cover: z.enum(['must', 'may', 'none']).optional(),
});

const _params: z.ZodType<ProposalParams> = proposalParamsSchema;
const _school: z.ZodType<ProposalSchool> = proposalSchoolSchema;
