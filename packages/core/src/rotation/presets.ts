// Policy presets. National: the 2014 opinion on county rotation (≥ 10% of due teachers, backbone ≥ 20% of those
// rotated) with the 6-year rule several provinces use; Sichuan: 9 years, principals after three terms, stints
// ≥ 3 years; seed: seeds 000 (Mianyang) and 004 (Luojiang) raise the shares to 15% and 25%. Gansu adds age caps.
// The lead ↔ member direction of seed 002 (DIRECTIONS.leadMember) is in no preset: a county that runs communities
// turns it on (campaign overrides `directions`), since it also lets member schools send teachers to the lead.
import {
  DEFAULT_SERVICE_RECORD_POLICY,
  DIRECTIONS,
  type EligibilityRule,
  type KindPolicy,
  type RotationPolicy,
} from './policy';
import type { RotationKind } from './types';

const RETIREMENT = { male: 60, female: 55, femaleSeniorTitle: 60 };

/** Exemptions most local rules share; the numbers are common local choices, kept as parameters. */
const EXEMPTIONS: readonly EligibilityRule[] = [
  { id: 'fullTimeOnly' },
  { id: 'pregnancyOrNursing' },
  { id: 'certifiedIllness' },
  { id: 'nearRetirement', withinYears: 5, retirementAges: RETIREMENT },
  { id: 'rotatedRecently', withinYears: 3 },
];

function kinds(rotationMonths: number): Record<RotationKind, KindPolicy> {
  return {
    rotation: { enabled: true, minStintMonths: rotationMonths },
    itinerantTeaching: { enabled: true, minStintMonths: 12 },
    teachingVisit: { enabled: true, minStintMonths: 1 },
    postCover: { enabled: true, minStintMonths: 6 },
    shadowing: { enabled: true, minStintMonths: 3 },
  };
}

const URBAN_AND_STRONG = [{ urbanRural: ['urban', 'town'] as const, weak: false }];

export const NATIONAL_POLICY: RotationPolicy = {
  id: 'national',
  zh: '国家基准（2014）',
  en: 'national baseline (2014)',
  eligibility: [
    { id: 'yearsAtSchool', minYears: 6 },
    { id: 'principalTerms', posts: ['principal'], termYears: 3, minTerms: 2 },
    ...EXEMPTIONS,
  ],
  quota: {
    shareOfEligible: 0.1,
    maxShareOfEligible: 0.1,
    backboneShareOfRotated: 0.2,
    level: 'school',
    sendingSchools: URBAN_AND_STRONG,
  },
  directions: [DIRECTIONS.urbanToRural, DIRECTIONS.townToVillage, DIRECTIONS.strongToWeak],
  scope: 'county',
  maxRoadKm: null,
  roadFactor: 1.4,
  kinds: kinds(12),
  excludedSchoolTypes: ['specialEducation'],
  publicOnly: true,
  serviceRecord: DEFAULT_SERVICE_RECORD_POLICY,
};

export const SICHUAN_POLICY: RotationPolicy = {
  ...NATIONAL_POLICY,
  id: 'sichuan',
  zh: '四川（任教满 9 年，校长三届，轮岗不少于 3 年）',
  en: 'Sichuan (9 years, principals after three terms, stints ≥ 3 years)',
  eligibility: [
    { id: 'yearsAtSchool', minYears: 9 },
    { id: 'principalTerms', posts: ['principal'], termYears: 3, minTerms: 3 },
    ...EXEMPTIONS,
  ],
  roadFactor: 1.6,
  kinds: kinds(36),
};

export const SEED_POLICY: RotationPolicy = {
  ...SICHUAN_POLICY,
  id: 'seed',
  zh: '种子文件（绵阳、罗江：比例 15%，骨干 25%）',
  en: 'seed documents (Mianyang, Luojiang: 15%, backbone 25%)',
  quota: {
    ...SICHUAN_POLICY.quota,
    shareOfEligible: 0.15,
    maxShareOfEligible: 0.15,
    backboneShareOfRotated: 0.25,
  },
};

export const GANSU_POLICY: RotationPolicy = {
  ...NATIONAL_POLICY,
  id: 'gansu',
  zh: '甘肃（任教满 6 年，男 50 岁、女 45 岁以下）',
  en: 'Gansu (6 years, men up to 50, women up to 45)',
  eligibility: [...NATIONAL_POLICY.eligibility, { id: 'ageCap', maxAge: { male: 50, female: 45 } }],
};

export const ROTATION_POLICY_PRESETS = {
  national: NATIONAL_POLICY,
  sichuan: SICHUAN_POLICY,
  seed: SEED_POLICY,
  gansu: GANSU_POLICY,
} as const;

export type RotationPolicyPreset = keyof typeof ROTATION_POLICY_PRESETS;
