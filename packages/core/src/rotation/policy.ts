// A rotation policy (交流轮岗办法) as data: who is due, who is exempt, how many must go, where they may go, and
// for how long. Every number is a parameter; the presets carry the values of standards.md §7 and the seeds.
import type { Gender, Post, SchoolType } from '../org/types';
import type { RotationKind, RotationScope, SchoolSelector } from './types';

export interface RetirementAges {
  male: number;
  female: number;
  /** Women with a senior title retire at this age (national rule: 60). */
  femaleSeniorTitle: number;
}

export type EligibilityRule =
  /** Due after this many whole years at the school of service. */
  | { id: 'yearsAtSchool'; minYears: number }
  /** Principals are due after this many terms at one school (Anhui two, Sichuan three). */
  | { id: 'principalTerms'; posts: readonly Post[]; termYears: number; minTerms: number }
  /** 孕期、哺乳期 exempt. */
  | { id: 'pregnancyOrNursing' }
  /** 经认定的重大疾病 exempt. */
  | { id: 'certifiedIllness' }
  /** Exempt within this many years of the statutory retirement age. */
  | { id: 'nearRetirement'; withinYears: number; retirementAges: RetirementAges }
  /** Exempt above an age cap by gender (Gansu: men 50, women 45). */
  | { id: 'ageCap'; maxAge: Record<Gender, number> }
  /** Exempt when the last rotation ended fewer than this many years ago. */
  | { id: 'rotatedRecently'; withinYears: number }
  /** Only full-time teachers (专任教师) rotate. */
  | { id: 'fullTimeOnly' };

export type EligibilityRuleId = EligibilityRule['id'];

export interface QuotaPolicy {
  /** Share of the eligible teachers a sending school must rotate each year (national 10%, seeds 000/004 15%). */
  shareOfEligible: number;
  /** The most a sending school may rotate, as a share of its eligible teachers (≥ shareOfEligible). */
  maxShareOfEligible: number;
  /** Backbone teachers (县级以上骨干) as a share of those rotated (national 20%, seeds 25%). */
  backboneShareOfRotated: number;
  /** Where the floor is counted: per sending school, for the county as a whole, or both. */
  level: 'school' | 'county' | 'both';
  /** Schools that owe the quota (national: 城镇学校、优质学校); a school matching any selector owes it. */
  sendingSchools: readonly SchoolSelector[];
}

/** A direction a teacher may move in, e.g. 城区 → 乡村. A move is allowed when any enabled direction matches. */
export interface DirectionRule {
  id: string;
  from: SchoolSelector;
  to: SchoolSelector;
  /**
   * 'leadMember': the two schools must also share a community, one as its lead school (牵头校) and the other as
   * a member (成员校), either way round (seed 002: the lead sends cadres and backbone teachers to its members,
   * the members send reserve cadres and good teachers to the lead). Memberships come in with the plan input.
   */
  community?: 'leadMember';
  zh: string;
  en: string;
}

/**
 * How rotation service counts for a teacher's record (ROT-2). National title rules (人社部发〔2015〕79号) ask town
 * and city teachers applying for a senior title to have served at least one year in a rural or weak school;
 * standards.md §7 (Sichuan) asks ≥ 1 year of rotation for provincial awards. Both numbers are parameters.
 */
export interface ServiceRecordPolicy {
  /** Months of qualifying service a title promotion asks for. */
  promotionMinMonths: number;
  /** Receiving schools whose service qualifies (a school matching any selector): rural or weak schools. */
  qualifyingSchools: readonly SchoolSelector[];
  /** Kinds that are service at the receiving school (a teaching visit, 送教, is not). */
  countedKinds: readonly RotationKind[];
}

export const DEFAULT_SERVICE_RECORD_POLICY: ServiceRecordPolicy = {
  promotionMinMonths: 12,
  qualifyingSchools: [{ urbanRural: ['rural'] }, { weak: true }],
  countedKinds: ['rotation', 'itinerantTeaching', 'postCover'],
};

export interface KindPolicy {
  enabled: boolean;
  /** Minimum length of one stint in months. */
  minStintMonths: number;
}

export interface RotationPolicy {
  id: string;
  zh: string;
  en: string;
  eligibility: readonly EligibilityRule[];
  quota: QuotaPolicy;
  directions: readonly DirectionRule[];
  scope: RotationScope;
  /** Longest road distance (straight line × roadFactor) a teacher is sent; null = no limit. */
  maxRoadKm: number | null;
  roadFactor: number;
  kinds: Record<RotationKind, KindPolicy>;
  /** Schools outside the rotation on both sides (special-education schools follow their own staffing). */
  excludedSchoolTypes: readonly SchoolType[];
  /** Only public schools send and receive (民办 schools hire their own staff). */
  publicOnly: boolean;
  /** How service counts toward title promotion; campaigns stored before it existed read the default. */
  serviceRecord?: ServiceRecordPolicy;
}

export const DIRECTIONS = {
  urbanToRural: {
    id: 'urbanToRural',
    from: { urbanRural: ['urban'] },
    to: { urbanRural: ['town', 'rural'] },
    zh: '城区学校到镇区、乡村学校',
    en: 'urban school to town or rural school',
  },
  townToVillage: {
    id: 'townToVillage',
    from: { urbanRural: ['town'] },
    to: { urbanRuralCodes: ['210', '220'] },
    zh: '镇区学校到乡村学校、村小和教学点',
    en: 'town school to rural school, village school or teaching point',
  },
  strongToWeak: {
    id: 'strongToWeak',
    from: { weak: false, urbanRural: ['urban', 'town'] },
    to: { weak: true },
    zh: '城镇优质学校到薄弱学校',
    en: 'strong urban or town school to weak school',
  },
  leadMember: {
    id: 'leadMember',
    from: {},
    to: {},
    community: 'leadMember',
    zh: '共同体牵头校与成员校之间（双向）',
    en: "between a community's lead school and a member school (both ways)",
  },
} as const satisfies Record<string, DirectionRule>;

export type DirectionId = keyof typeof DIRECTIONS;
export const DIRECTION_IDS = Object.keys(DIRECTIONS) as DirectionId[];
