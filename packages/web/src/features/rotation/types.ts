// The rotation API (docs/api.md, Rotation) as the web sees it.
import type {
  IndicatorEffect,
  QuotaLine,
  Reason,
  ShortageFillLine,
  ShortagesFilled,
  RotationKind,
  RotationPolicy,
  Shortfall,
  Stage,
  Subject,
  UrbanRural,
} from '@junheng/core';

export type CampaignStatus = 'draft' | 'planned' | 'submitted' | 'approved' | 'published' | 'completed';
export const CAMPAIGN_STATUSES: readonly CampaignStatus[] = [
  'draft',
  'planned',
  'submitted',
  'approved',
  'published',
  'completed',
];
export type CampaignAction = 'submit' | 'approve' | 'reject' | 'publish' | 'complete';
export type PolicyPreset = 'national' | 'sichuan' | 'seed' | 'gansu';

export interface PolicyOverrides {
  quota?: Partial<Pick<RotationPolicy['quota'], 'shareOfEligible' | 'backboneShareOfRotated' | 'level'>>;
  scope?: 'township' | 'county';
  maxRoadKm?: number | null;
  /** Direction ids replacing the preset's (the preset's plus `leadMember` to add the community exchange). */
  directions?: string[];
  serviceRecord?: { promotionMinMonths: number };
}

export interface Campaign {
  id: string;
  countyId: string;
  name: string;
  schoolYear: string;
  campaignMonth: string;
  status: CampaignStatus;
  policySpec: { preset: PolicyPreset; overrides?: PolicyOverrides };
  /** The full policy for county-level roles; its names only for school-level roles. */
  policy: Pick<RotationPolicy, 'id' | 'zh' | 'en'> & Partial<RotationPolicy>;
  plan: PlanSummary | null;
  createdAt: string;
  createdByName: string;
  updatedAt: string;
  updatedByName: string;
  assignmentCount?: number;
}

export interface PlanSummary {
  status: 'optimal' | 'shortfall';
  assignments: number;
  eligible: number;
  quotas: QuotaLine[];
  shortfalls: Shortfall[];
  effect: IndicatorEffect[];
  generatedAt: string;
}

export interface SchoolRef {
  id: string;
  code: string;
  name: string;
  urbanRural: UrbanRural;
}

export interface Exemption {
  id: string;
  teacherCode: string;
  rule: ExemptionRule;
  evidence: string;
  lastRotationEnd: string | null;
  createdAt: string;
  createdByName: string;
}
export type ExemptionRule = 'pregnancyOrNursing' | 'certifiedIllness' | 'rotatedRecently' | 'other';
export const EXEMPTION_RULES: readonly ExemptionRule[] = [
  'pregnancyOrNursing',
  'certifiedIllness',
  'rotatedRecently',
  'other',
];

export interface EligibleRow {
  teacherCode: string;
  name: string;
  school: { id: string | null; code: string; name: string; urbanRural: UrbanRural | null };
  stage: Stage;
  subject: Subject;
  post: string;
  backbone: boolean;
  atSchoolSince: string;
  due: boolean;
  eligible: boolean;
  reasons: Reason[];
  exemptions: Exemption[];
}

export interface AssignmentRow {
  id: string;
  campaignId: string;
  teacherCode: string;
  teacherName: string;
  stage: Stage;
  subject: Subject;
  backbone: boolean;
  fromSchool: SchoolRef;
  toSchool: SchoolRef;
  kind: RotationKind;
  stintMonths: number;
  roadKm: number | null;
  fillsShortage: boolean;
  reasons: Reason[];
  locked: boolean;
  status: 'planned' | 'confirmed' | 'arrived';
  arrivedAt: string | null;
}

export interface Violation {
  code: string;
  teacherCode: string | null;
  schoolCode: string | null;
  zh: string;
  en: string;
}

export interface Flow {
  from: UrbanRural;
  to: UrbanRural;
  count: number;
}

export interface PlanCheck {
  assignments: number;
  violations: Violation[];
  quotas: (QuotaLine & { schoolName: string | null })[];
  shortfalls: Shortfall[];
  effect: IndicatorEffect[];
  flows: Flow[];
  /** Per receiving school, stage and subject: the shortage before, filled by the plan and by arrivals. */
  shortages: { totals: ShortagesFilled['totals']; lines: (ShortageFillLine & { schoolName: string })[] };
}

export interface ServiceRecordSchool {
  id: string;
  code: string;
  name: string;
  urbanRural: UrbanRural;
  weak: boolean;
}

/** GET /rotation/teachers/:id/service-record: months at rural or weak schools against the promotion rule. */
export interface ServiceRecord {
  teacher: { id: string; teacherCode: string; name: string; title: string; schoolName: string };
  asOf: string;
  totalMonths: number;
  ruralMonths: number;
  requiredMonths: number;
  meetsPromotion: boolean;
  reasons: Reason[];
  lines: {
    campaignId: string;
    campaignName: string;
    schoolYear: string;
    startMonth: string;
    stintMonths: number;
    kind: RotationKind;
    status: AssignmentRow['status'];
    campaignCompleted: boolean;
    fromSchool: ServiceRecordSchool | null;
    toSchool: ServiceRecordSchool | null;
    months: number;
    qualifying: boolean;
    reasons: Reason[];
  }[];
}
