import { describe, expect, it } from 'vitest';
import { DIRECTIONS } from './policy';
import {
  GANSU_POLICY,
  NATIONAL_POLICY,
  ROTATION_POLICY_PRESETS,
  SEED_POLICY,
  SICHUAN_POLICY,
} from './presets';
import { ceilShare } from './quota-math';
import { greatCircleKm, roadKmBetween } from '../shared/distance';
import { matchesSelector } from './schools';
import { school } from './test-fixtures';

describe('policy presets carry the numbers of standards.md §7 and the seeds', () => {
  it('national: 6 years, principals after two terms, 10% and 20%', () => {
    expect(NATIONAL_POLICY.eligibility.find((r) => r.id === 'yearsAtSchool')).toEqual({
      id: 'yearsAtSchool',
      minYears: 6,
    });
    expect(NATIONAL_POLICY.eligibility.find((r) => r.id === 'principalTerms')).toMatchObject({ minTerms: 2 });
    expect(NATIONAL_POLICY.quota).toMatchObject({
      shareOfEligible: 0.1,
      backboneShareOfRotated: 0.2,
      level: 'school',
    });
  });

  it('Sichuan: 9 years, three terms, stints of at least 3 years', () => {
    expect(SICHUAN_POLICY.eligibility.find((r) => r.id === 'yearsAtSchool')).toEqual({
      id: 'yearsAtSchool',
      minYears: 9,
    });
    expect(SICHUAN_POLICY.eligibility.find((r) => r.id === 'principalTerms')).toMatchObject({ minTerms: 3 });
    expect(SICHUAN_POLICY.kinds.rotation.minStintMonths).toBe(36);
  });

  it('seed documents 000 and 004: 15% and 25%', () => {
    expect(SEED_POLICY.quota).toMatchObject({ shareOfEligible: 0.15, backboneShareOfRotated: 0.25 });
  });

  it('Gansu: age caps men 50, women 45', () => {
    expect(GANSU_POLICY.eligibility.find((r) => r.id === 'ageCap')).toEqual({
      id: 'ageCap',
      maxAge: { male: 50, female: 45 },
    });
    expect(Object.keys(ROTATION_POLICY_PRESETS)).toEqual(['national', 'sichuan', 'seed', 'gansu']);
  });
});

describe('quota rounding', () => {
  it('rounds "at least 10%" up, without floating-point surprises', () => {
    expect(ceilShare(0.1, 30)).toBe(3);
    expect(ceilShare(0.1, 31)).toBe(4);
    expect(ceilShare(0.15, 20)).toBe(3);
    expect(ceilShare(0.2, 0)).toBe(0);
  });
});

describe('directions and distances', () => {
  const urban = school({ urbanRuralCode: '111' });
  const village = school({ urbanRuralCode: '220', weak: true });
  const town = school({ urbanRuralCode: '121' });

  it('matches schools to direction selectors', () => {
    expect(matchesSelector(urban, DIRECTIONS.urbanToRural.from)).toBe(true);
    expect(matchesSelector(village, DIRECTIONS.urbanToRural.to)).toBe(true);
    expect(matchesSelector(town, DIRECTIONS.townToVillage.to)).toBe(false);
    expect(matchesSelector(village, DIRECTIONS.strongToWeak.to)).toBe(true);
    expect(matchesSelector(village, DIRECTIONS.strongToWeak.from)).toBe(false);
    expect(matchesSelector(urban, {})).toBe(true);
  });

  it('measures haversine km and scales it by the road factor', () => {
    const a = school({ lat: 31.8, lng: 104.7 });
    const b = school({ lat: 31.9, lng: 104.7 });
    expect(greatCircleKm(a, b)).toBeCloseTo(11.12, 2); // 0.1° of latitude
    expect(roadKmBetween(a, b, 1.5)).toBeCloseTo(16.68, 2);
    expect(greatCircleKm(a, school({ lat: null, lng: null }))).toBeNull();
  });
});
