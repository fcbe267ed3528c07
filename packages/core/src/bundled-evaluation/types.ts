// 捆绑式考核、一体化评价 (seed 002 §三(六)): a community is scored as one bundle — the lead school's effort
// (努力值) and the member schools' improvement (提升值) — on an indicator tree whose weights and inputs are data.
import type { LocalizedText } from '../import/types';

/** Metrics the platform computes from its own data (see metrics.ts for each formula). */
export const BUNDLED_METRICS = [
  'rotationShare', // teachers the lead sent to members ÷ the number expected of it
  'activitiesHeld', // joint activities logged for the community in the year
  'complianceShare', // share of the joint-work quotas met (ACT-2)
  'valueAdded', // per member school: year-over-year gain of its quality indicator
  'cvNarrowing', // within-community CV last year − this year
] as const;
export type BundledMetric = (typeof BUNDLED_METRICS)[number];

export type LeafSource = { kind: 'entered' } | { kind: 'computed'; metric: BundledMetric };

/** How a raw value becomes a 0–100 score. */
export type Normalisation =
  /** Already a 0–100 score (an expert panel's or a survey's); clamped to [0, 100]. */
  | { kind: 'score' }
  /** 100 × value ÷ target, capped at 100 and floored at 0. */
  | { kind: 'target'; target: number }
  /** 100 × (value − min) ÷ (max − min) across the communities evaluated (reversed when lower is better). */
  | { kind: 'minMax'; higherIsBetter: boolean; whenAllEqual: number };

/** Whose work a leaf measures: the lead school's effort, or the member schools' improvement. */
export type Attribution = 'lead' | 'members';

export interface IndicatorNode {
  id: string;
  label: LocalizedText;
  /** Weight among its siblings; siblings sum to 1. */
  weight: number;
  /** Set on a node, inherited by every leaf below it. */
  attribution?: Attribution;
  children?: IndicatorNode[];
  /** Leaves only. */
  source?: LeafSource;
  normalisation?: Normalisation;
}

export interface BundledScheme {
  id: string;
  name: LocalizedText;
  source: string;
  indicators: IndicatorNode[];
  /** Score given to a leaf whose input is missing (choice: 0 — a missing report earns nothing). */
  missingScore: number;
}

/** One community's inputs for one year, all plain data gathered by the caller. */
export interface BundledEvaluationInput {
  communityId: string;
  name: string;
  leadSchoolCode: string;
  /** Member schools other than the lead. */
  memberSchoolCodes: string[];
  rotationsMade: number;
  rotationsExpected: number;
  activitiesHeld: number;
  /** 0–1, or null when no quota applied. */
  complianceShare: number | null;
  /** Value-added per member school, on one scale for all communities; null when not measured. */
  valueAdded: Record<string, number | null>;
  cvBefore: number | null;
  cvAfter: number | null;
  /** Entered 0–100 scores by leaf id. */
  entered: Record<string, number | null>;
}

export interface SchoolContribution {
  schoolCode: string;
  role: 'lead' | 'member';
  /** Points of the community score this school earned; the contributions add up to the score. */
  points: number;
}

export interface BundledEvaluationResult {
  communityId: string;
  name: string;
  /** 0–100. */
  communityScore: number;
  /** 努力值: the lead-attributed leaves' weighted mean score, 0–100 (null when the scheme has none). */
  effortScore: number | null;
  /** 提升值: the member-attributed leaves' weighted mean score, 0–100. */
  improvementScore: number | null;
  /** Score of every node (leaves and branches), 0–100. */
  nodeScores: Record<string, number>;
  /** Leaves whose input was missing and got the scheme's missing score. */
  missing: string[];
  contributions: SchoolContribution[];
  /** 1 = best; equal scores share a rank (1, 2, 2, 4). */
  rank: number;
}
