// Inputs and outputs of the rotation planner, and the weights of its objective.
import type { School, SchoolYear, SchoolYearStats, Stage, Subject, Teacher } from '../org/types';
import type { IndicatorEffect } from './effect';
import type { EligibilityResult } from './eligibility';
import type { TeacherIndicator } from './indicators';
import type { SectionNeeds, Vacancy } from './needs';
import type { NeedsParams } from './needs-params';
import type { SchoolCommunities } from './directions';
import type { RotationPolicy } from './policy';
import type { Reason, RotationKind, TeacherFacts } from './types';

/** A bureau's choice the planner must keep (锁定): send this teacher, never send them, or send them there. */
export type Lock =
  | { teacherCode: string; kind: 'mustGo' }
  | { teacherCode: string; kind: 'mustNotGo' }
  | { teacherCode: string; kind: 'fixedDestination'; schoolCode: string };

/**
 * The objective, in integer cost units, is a weighted sum whose weights make it lexicographic at county scale:
 * locks, then quota floors, then shortages by subject priority, then the indicators' squared CVs, then travel.
 */
export interface PlanWeights {
  /** Cost of breaking a lock. */
  lockPenalty: number;
  /** Cost per teacher missing from a quota floor (school, county or backbone). */
  quotaPenalty: number;
  /** Reward per shortage filled, times the subject's priority. */
  shortageReward: number;
  /** Multiplies Σ indicators (weight × squared weighted CV); 1e6 makes a 0.001 change in CV² worth 1,000. */
  indicatorWeight: number;
  indicators: Record<TeacherIndicator, number>;
  /** Cost per road km from the home school to the receiving school. */
  travelPerKm: number;
  /** Places a receiving section offers per subject beyond its shortage (no reward, indicator cost only). */
  surplusPerSubject: number;
  /** And in all, per receiving section. */
  surplusPerSection: number;
}

export const DEFAULT_PLAN_WEIGHTS: PlanWeights = {
  lockPenalty: 10_000_000_000,
  quotaPenalty: 1_000_000_000,
  shortageReward: 1_000_000,
  indicatorWeight: 1_000_000,
  indicators: { fullTime: 1, aboveRequiredEducation: 1, backbone: 1, peArts: 1 },
  travelPerKm: 10,
  surplusPerSubject: 1,
  surplusPerSection: 2,
};

export interface PlanInput {
  schools: readonly School[];
  stats: readonly SchoolYearStats[];
  /** The roster; only rows of `schoolYear` are used. */
  teachers: readonly Teacher[];
  schoolYear: SchoolYear;
  /** The month the stints start (YYYY-MM): all dates are measured to it. */
  campaignMonth: string;
  policy: RotationPolicy;
  kind?: RotationKind;
  facts?: readonly TeacherFacts[];
  vacancies?: readonly Vacancy[];
  locks?: readonly Lock[];
  /** School → its communities (lead or member), for a policy with the lead ↔ member direction. */
  communities?: SchoolCommunities;
  needsParams?: NeedsParams;
  weights?: Partial<PlanWeights>;
}

export interface Assignment {
  teacherCode: string;
  name: string;
  fromSchool: string;
  toSchool: string;
  stage: Stage;
  subject: Subject;
  backbone: boolean;
  kind: RotationKind;
  stintMonths: number;
  /** Road km (straight line × road factor), null when a school has no coordinates. */
  roadKm: number | null;
  /** Fills a counted shortage (or vacancy) rather than a surplus place. */
  fillsShortage: boolean;
  reasons: Reason[];
}

/** A floor or lock the plan could not meet, and by how much. */
export interface Shortfall {
  ruleId: 'schoolQuota' | 'schoolBackbone' | 'countyQuota' | 'countyBackbone' | 'lock';
  schoolCode: string | null;
  teacherCode: string | null;
  required: number;
  planned: number;
  missing: number;
  zh: string;
  en: string;
}

export interface QuotaLine {
  schoolCode: string | null;
  eligible: number;
  backboneEligible: number;
  floor: number;
  cap: number;
  backboneFloor: number;
  planned: number;
  plannedBackbone: number;
}

export interface ObjectiveBreakdown {
  total: number;
  locks: number;
  quotas: number;
  shortages: number;
  indicators: number;
  travel: number;
}

export interface RotationPlan {
  status: 'optimal' | 'shortfall';
  assignments: Assignment[];
  shortfalls: Shortfall[];
  quotas: QuotaLine[];
  objective: ObjectiveBreakdown;
  /** The teacher indicators' weighted CVs before and after the plan (ROT-4). */
  effect: IndicatorEffect[];
  eligibility: EligibilityResult[];
  needs: SectionNeeds[];
}
