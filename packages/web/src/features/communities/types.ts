// The communities API (packages/server/src/communities/routes.ts: COM-1/2/3, ACT-1..3, EVA-1/2) as the web
// reads it. Enumerations, rules and results are the core's types (one definition).
import type { StoredFile } from './types-files';
import type {
  ActivityKind,
  BundledEvaluationInput,
  BundledEvaluationResult,
  BundledScheme,
  CommunityKind,
  CommunityRules,
  ComplianceRule,
  ComplianceRow,
  ComplianceSummary,
  LeafSource,
  MembershipHistoryEntry,
  ParticipantRole,
  Proposal,
  ProposalParams,
  Subject,
  Term,
  TermCalendar,
} from '@junheng/core';

export type LocalizedText = { 'zh-CN': string; 'en-US': string };

export interface SchoolRef {
  id: string;
  code: string;
  name: string;
}
/** A school named by code that may not be in the roster any more (id null). */
export interface LooseSchoolRef {
  id: string | null;
  code: string;
  name: string;
}

export interface Membership {
  id: string;
  school: SchoolRef | null;
  joinedOn: string;
  leftOn: string | null;
  current: boolean;
}

export interface CommunityItem {
  id: string;
  countyId: string;
  kind: CommunityKind;
  kindLabel: LocalizedText;
  name: string;
  leadSchool: SchoolRef | null;
  startOn: string;
  endOn: string | null;
  charterText: string | null;
  charterFile: string | null;
  /** The uploaded charter file, if any. */
  charter: StoredFile | null;
  origin: string;
  active: boolean;
  currentMembers: number;
  members: Membership[];
  createdAt: string;
  createdByName: string;
  updatedAt: string;
  updatedByName: string;
}

export type ViolationSeverity = 'error' | 'warning';
export interface ViolationItem {
  code: string;
  severity: ViolationSeverity;
  community: { id: string; name: string } | null;
  school: LooseSchoolRef | null;
  message: LocalizedText;
}

export interface CommunityWrite {
  community: CommunityItem;
  warnings: { code: string; severity: ViolationSeverity; message: LocalizedText }[];
}

export interface NewCommunity {
  countyId?: string;
  kind: CommunityKind;
  name: string;
  leadSchoolId: string;
  memberSchoolIds: string[];
  startOn: string;
  endOn?: string | null;
  charterText?: string | null;
  charterFile?: string | null;
}

export type CommunityPatch = Partial<Omit<NewCommunity, 'countyId' | 'memberSchoolIds'>>;

export interface SchoolHistory {
  school: SchoolRef | null;
  items: MembershipHistoryEntry[];
}

export interface Participant {
  personId: string;
  role: ParticipantRole;
  name?: string;
}

export interface ActivityItem {
  id: string;
  countyId: string;
  kind: ActivityKind;
  kindLabel: LocalizedText;
  date: string;
  termId: string;
  schoolYear: string;
  title: string | null;
  community: { id: string; name: string } | null;
  hostSchool: SchoolRef | null;
  participantSchools: SchoolRef[];
  peopleCount: number | null;
  participants: Participant[];
  researcherPatch: { id: string; name: string } | null;
  masterStudio: { id: string; name: string } | null;
  lessonsObserved: number | null;
  ruralQuality: boolean;
  files: string[];
  /** Uploaded files (minutes, photos, slides). */
  attachments: StoredFile[];
  createdAt: string;
  createdByName: string;
  updatedAt: string;
  updatedByName: string;
}

export interface ActivityBody {
  countyId?: string;
  kind: ActivityKind;
  date: string;
  title?: string | null;
  communityId?: string | null;
  hostSchoolId: string;
  participantSchoolIds?: string[];
  peopleCount?: number | null;
  participants?: Participant[];
  lessonsObserved?: number | null;
  ruralQuality?: boolean;
  files?: string[];
}

export interface ActivityQuery {
  countyId?: string;
  communityId?: string;
  schoolId?: string;
  termId?: string;
  kind?: ActivityKind;
  page?: number;
  pageSize?: number;
}

export type ComplianceItem = ComplianceRow & { behindBy: number };

export interface ComplianceAnswer {
  countyId: string;
  term: Term;
  asOf: string;
  scope:
    { kind: 'county' } | { kind: 'community'; communityId: string } | { kind: 'school'; schoolCode: string };
  summary: ComplianceSummary;
  items: ComplianceItem[];
}

export interface ComplianceQuery {
  countyId?: string;
  termId?: string;
  communityId?: string;
  schoolId?: string;
}

export interface MentorshipItem {
  id: string;
  countyId: string;
  mentorId: string;
  mentorName: string | null;
  mentorSchool: SchoolRef | null;
  menteeId: string;
  menteeName: string | null;
  menteeSchool: SchoolRef | null;
  community: { id: string; name: string } | null;
  subject: Subject | null;
  startOn: string;
  endOn: string | null;
  active: boolean;
  crossSchool: boolean;
}

export interface SchemeAnswer {
  countyId: string;
  schoolYear: string;
  isDefault: boolean;
  scheme: BundledScheme;
  leaves: { id: string; label: LocalizedText; source?: LeafSource; entered: boolean }[];
  issues: unknown[];
}

export interface InputsItem {
  community: { id: string; name: string };
  leadSchool: LooseSchoolRef;
  memberSchools: LooseSchoolRef[];
  rotationsExpectedEntered: number | null;
  input: BundledEvaluationInput;
}

export interface InputsAnswer {
  countyId: string;
  schoolYear: string;
  enteredLeaves: { id: string; label: LocalizedText }[];
  items: InputsItem[];
}

export type ResultItem = Omit<BundledEvaluationResult, 'contributions'> & {
  contributions: (BundledEvaluationResult['contributions'][number] & { school: LooseSchoolRef })[];
};

export interface ResultsAnswer {
  countyId: string;
  schoolYear: string;
  computedAt: string;
  computedByName: string;
  scheme: BundledScheme;
  inputs: BundledEvaluationInput[];
  items: ResultItem[];
}

export interface ProposalRecord {
  id: string;
  countyId: string;
  params: {
    schoolYear: string;
    leadSchoolIds: string[] | null;
    leadCount: number | 'fewest' | null;
    params: ProposalParams;
  };
  proposal: Proposal & {
    leadChoice?: { leads: string[]; lowerBound: number | null; gap: number | null } | null;
  };
  createdAt: string;
  createdByName: string;
  acceptedAt: string | null;
  acceptedByName: string | null;
}

export interface NewProposal {
  countyId?: string;
  schoolYear: string;
  leadSchoolIds?: string[];
  leadCount?: number | 'fewest';
  params?: Partial<Omit<ProposalParams, 'weights'>> & { weights?: Partial<ProposalParams['weights']> };
}

export interface MentorshipBody {
  countyId?: string;
  mentorId: string;
  mentorName?: string | null;
  menteeId: string;
  menteeName?: string | null;
  mentorSchoolId: string;
  menteeSchoolId: string;
  communityId?: string | null;
  subject?: Subject | null;
  startOn: string;
  endOn?: string | null;
}

export interface MentorshipQuery {
  countyId?: string;
  communityId?: string;
  schoolId?: string;
}

// ---- master studios and researcher patches (ACT-2's subjects) ----

export interface StudioItem {
  id: string;
  countyId: string;
  name: string;
  leaderId: string;
  leaderName: string | null;
  school: SchoolRef | null;
  community: { id: string; name: string } | null;
  subject: Subject | null;
  startOn: string;
  endOn: string | null;
}

export interface StudioBody {
  countyId?: string;
  name: string;
  leaderId: string;
  leaderName?: string | null;
  schoolId: string;
  communityId?: string | null;
  subject?: Subject | null;
  startOn: string;
  endOn?: string | null;
}

export interface PatchItem {
  id: string;
  countyId: string;
  /** The researcher's name (the patch is named after its researcher). */
  name: string;
  /** The researcher's platform account, when there is one. */
  userId: string | null;
  schools: SchoolRef[];
}

export interface PatchBody {
  countyId?: string;
  name: string;
  userId?: string | null;
  schoolIds: string[];
}

// ---- the county's settings (COM-2 rules, ACT-2 quotas, terms, reminders) ----

export interface CountySettingsValues {
  rules: CommunityRules;
  complianceRules: ComplianceRule[];
  calendar: TermCalendar;
  reminderDays: number;
}

export interface SettingsAnswer extends CountySettingsValues {
  countyId: string;
  /** What the county stored: null fields follow the defaults. */
  stored: {
    rules: Partial<CommunityRules> | null;
    complianceRules: ComplianceRule[] | null;
    calendar: TermCalendar | null;
    reminderDays: number | null;
  };
  defaults: CountySettingsValues;
}

/** A settings write: each part absent = unchanged, null = back to the default. */
export interface SettingsBody {
  countyId?: string;
  rules?: Partial<CommunityRules> | null;
  complianceRules?: ComplianceRule[] | null;
  calendar?: TermCalendar | null;
  reminderDays?: number | null;
}

export interface RemindersAnswer {
  countyId: string;
  term: Term;
  asOf: string;
  withinDays: number;
  items: ComplianceItem[];
}

export type RemindersQuery = ComplianceQuery & { withinDays?: number };
