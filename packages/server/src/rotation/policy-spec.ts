// A campaign's policy as a bureau states it: a preset (national, Sichuan, seed documents, Gansu) and the few
// numbers it changes. The resolved RotationPolicy is what the campaign stores, so later preset changes never
// rewrite a campaign that was already planned.
import {
  DIRECTION_IDS,
  DIRECTIONS,
  ROTATION_POLICY_PRESETS,
  serviceRecordPolicyOf,
  type DirectionId,
  type RotationPolicy,
  type RotationPolicyPreset,
} from '@junheng/core';
import { z } from 'zod';

export const POLICY_PRESETS = Object.keys(ROTATION_POLICY_PRESETS) as [
  RotationPolicyPreset,
  ...RotationPolicyPreset[],
];

const share = z.number().min(0).max(1);

/** What may change on top of a preset; everything else comes from the preset. */
export const policyOverridesSchema = z
  .object({
    quota: z
      .object({
        shareOfEligible: share,
        maxShareOfEligible: share,
        backboneShareOfRotated: share,
        level: z.enum(['school', 'county', 'both']),
      })
      .partial()
      .optional(),
    scope: z.enum(['township', 'county']).optional(),
    maxRoadKm: z.number().positive().nullable().optional(),
    roadFactor: z.number().min(1).max(3).optional(),
    /** The directions allowed, by id, replacing the preset's (e.g. its own plus `leadMember`). */
    directions: z
      .array(z.enum(DIRECTION_IDS as [DirectionId, ...DirectionId[]]))
      .min(1)
      .optional(),
    /** Months at rural or weak schools a title promotion asks for (the service record's requirement). */
    serviceRecord: z
      .object({ promotionMinMonths: z.number().int().min(0).max(120) })
      .strict()
      .optional(),
  })
  .strict();

export type PolicyOverrides = z.infer<typeof policyOverridesSchema>;

export const policySpecSchema = z.object({
  preset: z.enum(POLICY_PRESETS),
  overrides: policyOverridesSchema.optional(),
});

export type PolicySpec = z.infer<typeof policySpecSchema>;

/** The preset with the overrides applied; the floor never exceeds the cap, so a raised floor lifts the cap. */
export function resolvePolicy(spec: PolicySpec): RotationPolicy {
  const base = ROTATION_POLICY_PRESETS[spec.preset];
  const o = spec.overrides ?? {};
  const quota = { ...base.quota, ...o.quota };
  if (quota.maxShareOfEligible < quota.shareOfEligible) {
    quota.maxShareOfEligible =
      o.quota?.maxShareOfEligible === undefined ? quota.shareOfEligible : quota.maxShareOfEligible;
  }
  if (quota.maxShareOfEligible < quota.shareOfEligible) {
    throw new RangeError('maxShareOfEligible must be at least shareOfEligible / 比例上限不得低于下限');
  }
  return {
    ...base,
    quota,
    ...(o.scope !== undefined ? { scope: o.scope } : {}),
    ...(o.maxRoadKm !== undefined ? { maxRoadKm: o.maxRoadKm } : {}),
    ...(o.roadFactor !== undefined ? { roadFactor: o.roadFactor } : {}),
    ...(o.directions !== undefined
      ? { directions: [...new Set(o.directions)].map((id) => DIRECTIONS[id]) }
      : {}),
    ...(o.serviceRecord !== undefined
      ? { serviceRecord: { ...serviceRecordPolicyOf(base), ...o.serviceRecord } }
      : {}),
  };
}

/** A policy file (CLI --policy file.json): `{ "preset": "seed", "overrides": { "quota": { … } } }`. */
export function policyFromJson(text: string): RotationPolicy {
  const parsed = policySpecSchema.parse(JSON.parse(text));
  return resolvePolicy(parsed);
}
