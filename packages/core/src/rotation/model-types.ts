// The planner's model: every hard constraint and every integer cost, built once from the plan input and shared
// by the flow network, the greedy baseline, the objective evaluator and the HiGHS cross-check in the tests.
import type { Segment } from '../flow/convex';
import type { Stage, Subject, Teacher } from '../org/types';
import type { EligibilityResult } from './eligibility';
import type { Lock, PlanWeights } from './plan-types';
import type { QuotaPolicy } from './policy';
import type { RotationKind } from './types';

export interface ModelOption {
  slot: number;
  roadKm: number | null;
  /** Integer cost: travel plus the arrival's linear indicator terms. */
  cost: number;
  travel: number;
  /** The direction rule that allows the move; null when a fixed-destination lock placed it. */
  direction: string | null;
}

export interface ModelCandidate {
  teacher: Teacher;
  sender: number;
  backbone: boolean;
  lock: Lock['kind'] | null;
  eligibility: EligibilityResult;
  /** Integer cost of the departure's linear indicator terms. */
  sendCost: number;
  options: ModelOption[];
}

export interface SenderStage {
  stage: Stage;
  /** Backbone departures from this section: convex cost of the backbone indicator. */
  backboneSegments: Segment[];
}

export interface ModelSender {
  schoolCode: string;
  eligible: number;
  backboneEligible: number;
  owesQuota: boolean;
  floor: number;
  cap: number;
  backboneFloor: number;
  stages: SenderStage[];
}

export interface ModelSection {
  schoolCode: string;
  stage: Stage;
  /** Most arrivals: Σ shortages + surplusPerSection. */
  capacity: number;
  /** Arrivals → the teacher–student ratio's convex cost. */
  ratioSegments: Segment[];
  /** PE/arts arrivals → the PE/arts indicator's convex cost. */
  peArtsSegments: Segment[];
}

export interface ModelSlot {
  section: number;
  subject: Subject;
  peArts: boolean;
  /** Shortage + vacancies: places with a reward. */
  shortage: number;
  /** Reward per shortage place filled (positive; the network uses −reward). */
  reward: number;
  surplus: number;
}

export interface RotationModel {
  level: QuotaPolicy['level'];
  kind: RotationKind;
  stintMonths: number;
  weights: PlanWeights;
  candidates: ModelCandidate[];
  senders: ModelSender[];
  sections: ModelSection[];
  slots: ModelSlot[];
  county: { eligible: number; floor: number; cap: number; backboneFloor: number; backboneEligible: number };
}
