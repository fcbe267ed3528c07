import { DIRECTIONS, NATIONAL_POLICY, SEED_POLICY } from '@junheng/core';
import { describe, expect, it } from 'vitest';
import { policyFromJson, policySpecSchema, resolvePolicy } from './policy-spec';

describe('campaign policy: a preset and its overrides', () => {
  it('a preset alone is the preset', () => {
    expect(resolvePolicy({ preset: 'seed' })).toEqual(SEED_POLICY);
  });

  it('a raised floor lifts the cap with it; an explicit cap below the floor is refused', () => {
    const p = resolvePolicy({ preset: 'national', overrides: { quota: { shareOfEligible: 0.2 } } });
    expect(p.quota).toEqual({ ...NATIONAL_POLICY.quota, shareOfEligible: 0.2, maxShareOfEligible: 0.2 });
    const wide = resolvePolicy({ preset: 'national', overrides: { quota: { maxShareOfEligible: 0.3 } } });
    expect(wide.quota.maxShareOfEligible).toBe(0.3);
    expect(() =>
      resolvePolicy({
        preset: 'national',
        overrides: { quota: { shareOfEligible: 0.3, maxShareOfEligible: 0.2 } },
      }),
    ).toThrow(RangeError);
  });

  it('scope, distance and road factor override; unknown fields and shares above 1 are refused', () => {
    const p = policyFromJson(
      JSON.stringify({ preset: 'gansu', overrides: { scope: 'township', maxRoadKm: 30 } }),
    );
    expect([p.id, p.scope, p.maxRoadKm]).toEqual(['gansu', 'township', 30]);
    expect(policySpecSchema.safeParse({ preset: 'seed', overrides: { colour: 'red' } }).success).toBe(false);
    expect(
      policySpecSchema.safeParse({ preset: 'seed', overrides: { quota: { shareOfEligible: 1.5 } } }).success,
    ).toBe(false);
    expect(policySpecSchema.safeParse({ preset: 'hubei' }).success).toBe(false);
  });

  it('the months a title promotion asks for override; the qualifying schools stay those of the preset', () => {
    const p = resolvePolicy({ preset: 'sichuan', overrides: { serviceRecord: { promotionMinMonths: 36 } } });
    expect(p.serviceRecord).toEqual({ ...NATIONAL_POLICY.serviceRecord, promotionMinMonths: 36 });
    expect(resolvePolicy({ preset: 'sichuan' }).serviceRecord?.promotionMinMonths).toBe(12);
    expect(
      policySpecSchema.safeParse({ preset: 'seed', overrides: { serviceRecord: { promotionMinMonths: -1 } } })
        .success,
    ).toBe(false);
  });

  it('directions override by id: a county running communities adds the lead ↔ member exchange', () => {
    const p = resolvePolicy({
      preset: 'seed',
      overrides: { directions: ['urbanToRural', 'townToVillage', 'strongToWeak', 'leadMember'] },
    });
    expect(p.directions.map((d) => d.id)).toEqual([
      'urbanToRural',
      'townToVillage',
      'strongToWeak',
      'leadMember',
    ]);
    expect(p.directions[3]).toEqual(DIRECTIONS.leadMember);
    expect(resolvePolicy({ preset: 'seed' }).directions.map((d) => d.id)).not.toContain('leadMember');
    expect(policySpecSchema.safeParse({ preset: 'seed', overrides: { directions: [] } }).success).toBe(false);
    expect(
      policySpecSchema.safeParse({ preset: 'seed', overrides: { directions: ['anywhere'] } }).success,
    ).toBe(false);
  });
});
