// zod schemas at the boundary (style.md): a county's own scheme and the yearly inputs arrive as data.
// Structure is checked here; weights summing to 1 and the rest are validateScheme's job (bilingual issues).
import { z } from 'zod';
import { localizedTextSchema } from '../communities/schema';
import {
  BUNDLED_METRICS,
  type BundledEvaluationInput,
  type BundledScheme,
  type IndicatorNode,
} from './types';

const normalisationSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('score') }),
  z.object({ kind: z.literal('target'), target: z.number().finite() }),
  z.object({ kind: z.literal('minMax'), higherIsBetter: z.boolean(), whenAllEqual: z.number().finite() }),
]);

const leafSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('entered') }),
  z.object({ kind: z.literal('computed'), metric: z.enum(BUNDLED_METRICS) }),
]);

export const indicatorNodeSchema: z.ZodType<IndicatorNode> = z.lazy(() =>
  z.object({
    id: z.string().min(1),
    label: localizedTextSchema,
    weight: z.number().finite(),
    attribution: z.enum(['lead', 'members']).optional(),
    children: z.array(indicatorNodeSchema).optional(),
    source: leafSourceSchema.optional(),
    normalisation: normalisationSchema.optional(),
  }),
);

export const bundledSchemeSchema = z.object({
  id: z.string().min(1),
  name: localizedTextSchema,
  source: z.string(),
  indicators: z.array(indicatorNodeSchema),
  missingScore: z.number().finite(),
});

const maybe = z.number().finite().nullable();

export const bundledEvaluationInputSchema = z.object({
  communityId: z.string().min(1),
  name: z.string(),
  leadSchoolCode: z.string().min(1),
  memberSchoolCodes: z.array(z.string().min(1)),
  rotationsMade: z.number().int().nonnegative(),
  rotationsExpected: z.number().int().nonnegative(),
  activitiesHeld: z.number().int().nonnegative(),
  complianceShare: z.number().min(0).max(1).nullable(),
  valueAdded: z.record(z.string(), maybe),
  cvBefore: maybe,
  cvAfter: maybe,
  entered: z.record(z.string(), maybe),
});

const _scheme: z.ZodType<BundledScheme> = bundledSchemeSchema;
const _input: z.ZodType<BundledEvaluationInput> = bundledEvaluationInputSchema;
