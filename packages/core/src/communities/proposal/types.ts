// COM-3 proposal planner: plain data in and out. A proposal pairs member schools (成员校) with lead schools
// (牵头校) by road distance and strength, so that strong leads take the weak members (seed 003: 以强带弱).
import type { LocalizedText } from '../../import/types';
import type { UrbanRural } from '../../org/types';
import type { CommunityKind } from '../types';

/** Whether the planner must put a school in a community, may do so, or leaves it out altogether. */
export type CoverNeed = 'must' | 'may' | 'none';

export interface ProposalSchool {
  schoolCode: string;
  name: string;
  urbanRural: UrbanRural;
  /** 薄弱学校 flag; used for the strength when `strength` is absent, and by the weak-lead rule. */
  weak: boolean;
  /** 0 (weakest) … 1 (strongest): a bureau's score, or derived from class and weak flag (see strength.ts). */
  strength?: number;
  students: number;
  /** Degrees (WGS-84), as the demo county and the school list carry them; null when unknown. */
  lng: number | null;
  lat: number | null;
  /** Overrides the class-based cover need (e.g. a town school standing for its rural teaching points). */
  cover?: CoverNeed;
}

/** Cost weights, in cost points; one point is what one road km costs at `perKm` = 1. */
export interface ProposalWeights {
  /** Points per road km between member and lead. */
  perKm: number;
  /** Points for the worst pairing: a member of strength 0 with a lead of strength 0 (scaled by need × lack). */
  strengthGap: number;
  /** Points for leaving out a school that may be covered (a "may" school joins only when cheaper than this). */
  leaveOut: number;
}

export interface ProposalParams {
  kind: CommunityKind;
  /** Schools per community, the lead included: the capacity of a lead is this minus one. */
  maxSchools: number;
  /** Longest road km from a member to its lead; null = no limit. */
  maxRoadKm: number | null;
  /** Road km = great-circle km × this factor (hill counties wind). */
  roadFactor: number;
  weights: ProposalWeights;
  /** Classes the planner must cover and may cover, unless a school says otherwise with `cover`. */
  mustCover: UrbanRural[];
  mayCover: UrbanRural[];
}

/** Why a member went to its lead, for the bureau that edits the proposal (COM-3). */
export type AssignmentReason =
  /** The only lead within the distance limit. */
  | 'onlyLeadInReach'
  /** The nearest lead within reach, and also the cheapest. */
  | 'nearest'
  /** Not the nearest, but a stronger lead for a weaker member: the strength term outweighs the extra km. */
  | 'strongerLead'
  /** Its cheapest lead is full with members for which that lead matters more; this is the next best overall. */
  | 'cheaperLeadFull';

export interface ProposedMember {
  schoolCode: string;
  name: string;
  need: CoverNeed;
  roadKm: number;
  /** Cost points of this pairing: distanceCost + strengthCost (rounded to the cost unit). */
  cost: number;
  distanceCost: number;
  strengthCost: number;
  reason: AssignmentReason;
  /** Points more than the cheapest lead it could reach would cost (0 unless `cheaperLeadFull`). */
  extraCost: number;
  /** The cheapest lead for it on its own, when that is not the lead it got. */
  cheapestLeadCode: string | null;
  message: LocalizedText;
}

export interface ProposedCommunity {
  leadSchoolCode: string;
  leadName: string;
  members: ProposedMember[];
  /** Students of the lead and its members. */
  students: number;
  cost: number;
}

export type ProposalProblem =
  | { code: 'unknownLead'; schoolCode: string; message: LocalizedText }
  | { code: 'noCoordinates'; schoolCode: string; name: string; message: LocalizedText }
  | {
      /** A school that must be covered with no lead within `maxRoadKm`: `overKm` beyond the nearest. */
      code: 'outOfReach';
      schoolCode: string;
      name: string;
      nearestLeadCode: string | null;
      nearestRoadKm: number | null;
      maxRoadKm: number;
      overKm: number | null;
      message: LocalizedText;
    }
  | {
      /** These schools can reach only these leads, whose places are `capacity` for `schools`: `short` short. */
      code: 'capacityShort';
      schoolCodes: string[];
      leadCodes: string[];
      schools: number;
      capacity: number;
      short: number;
      message: LocalizedText;
    };

export interface ProposalTotals {
  communities: number;
  members: number;
  mustCovered: number;
  mustUncovered: number;
  mayCovered: number;
  mayLeftOut: number;
  roadKm: number;
  distanceCost: number;
  strengthCost: number;
  leaveOutCost: number;
}

export interface Proposal {
  status: 'proposed' | 'infeasible';
  kind: CommunityKind;
  communities: ProposedCommunity[];
  /** Schools that may be covered and were left out (their leave-out cost is in the objective). */
  leftOut: string[];
  /** Schools that must be covered and could not be (only when infeasible). */
  uncovered: string[];
  /** Leads that got no member: no community is proposed for them (a lead alone is no "1+N"). */
  idleLeads: string[];
  problems: ProposalProblem[];
  totals: ProposalTotals;
  /** Σ pairing costs + Σ leave-out costs, in points; exact (min-cost flow) when leads are given. */
  objective: number;
  /** The same in integer cost units (COST_UNITS per point): what the solver minimises. */
  objectiveUnits: number;
}
