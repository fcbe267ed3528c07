import type { BundledScheme, CommunityKind } from '@junheng/core';
import { apiRequest, exportUrl } from '../../app/api/client';
import type { ListResponse } from '../../app/api/types';
import type {
  ActivityBody,
  ActivityItem,
  ActivityQuery,
  CommunityItem,
  CommunityPatch,
  CommunityWrite,
  ComplianceAnswer,
  ComplianceQuery,
  InputsAnswer,
  MentorshipBody,
  MentorshipItem,
  MentorshipQuery,
  NewCommunity,
  PatchBody,
  PatchItem,
  NewProposal,
  ProposalRecord,
  RemindersAnswer,
  RemindersQuery,
  ResultsAnswer,
  SchemeAnswer,
  SchoolHistory,
  SettingsAnswer,
  SettingsBody,
  StudioBody,
  StudioItem,
  ViolationItem,
} from './types';

const BASE = '/communities';
const one = (id: string, rest = '') => `${BASE}/${encodeURIComponent(id)}${rest}`;

// ---- communities (COM-1/2) ----
export function fetchCommunities(
  query: { countyId?: string; kind?: CommunityKind },
  signal?: AbortSignal,
): Promise<{ items: CommunityItem[] }> {
  return apiRequest(BASE, { query: { ...query }, signal });
}
export const communitiesExportUrl = (query: { countyId?: string; kind?: string }) => exportUrl(BASE, query);

export function fetchCommunity(id: string, signal?: AbortSignal): Promise<{ community: CommunityItem }> {
  return apiRequest(one(id), { signal });
}
export function createCommunity(body: NewCommunity): Promise<CommunityWrite> {
  return apiRequest(BASE, { method: 'POST', body });
}
export function updateCommunity(id: string, body: CommunityPatch): Promise<CommunityWrite> {
  return apiRequest(one(id), { method: 'PATCH', body });
}
export function deleteCommunity(id: string): Promise<{ ok: true }> {
  return apiRequest(one(id), { method: 'DELETE' });
}
export function addMember(
  id: string,
  body: { schoolId: string; joinedOn: string; leftOn?: string | null },
): Promise<CommunityWrite> {
  return apiRequest(one(id, '/members'), { method: 'POST', body });
}
export function endMembership(id: string, membershipId: string, leftOn: string): Promise<CommunityWrite> {
  return apiRequest(one(id, `/members/${encodeURIComponent(membershipId)}/leave`), {
    method: 'POST',
    body: { leftOn },
  });
}
export function fetchViolations(
  countyId: string | undefined,
  signal?: AbortSignal,
): Promise<{ countyId: string; onDate: string; items: ViolationItem[] }> {
  return apiRequest(`${BASE}/violations`, { query: { countyId }, signal });
}
export const violationsExportUrl = (countyId?: string) => exportUrl(`${BASE}/violations`, { countyId });
export const studiosExportUrl = (countyId?: string) => exportUrl(`${BASE}/studios`, { countyId });
export const patchesExportUrl = (countyId?: string) => exportUrl(`${BASE}/researcher-patches`, { countyId });

export function fetchSchoolHistory(schoolId: string, signal?: AbortSignal): Promise<SchoolHistory> {
  return apiRequest(`${BASE}/schools/${encodeURIComponent(schoolId)}/history`, { signal });
}

// ---- activities (ACT-1) ----
export function fetchActivities(
  query: ActivityQuery,
  signal?: AbortSignal,
): Promise<ListResponse<ActivityItem>> {
  return apiRequest(`${BASE}/activities`, { query: { ...query }, signal });
}
export const activitiesExportUrl = (query: ActivityQuery) => exportUrl(`${BASE}/activities`, { ...query });

export function createActivity(body: ActivityBody): Promise<{ activity: ActivityItem }> {
  return apiRequest(`${BASE}/activities`, { method: 'POST', body });
}
export function updateActivity(id: string, body: Partial<ActivityBody>): Promise<{ activity: ActivityItem }> {
  return apiRequest(`${BASE}/activities/${encodeURIComponent(id)}`, { method: 'PATCH', body });
}
export function deleteActivity(id: string): Promise<{ ok: true }> {
  return apiRequest(`${BASE}/activities/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

// ---- compliance (ACT-2) ----
export function fetchCompliance(query: ComplianceQuery, signal?: AbortSignal): Promise<ComplianceAnswer> {
  return apiRequest(`${BASE}/compliance`, { query: { ...query }, signal });
}
export const complianceExportUrl = (query: ComplianceQuery) => exportUrl(`${BASE}/compliance`, { ...query });

export function fetchReminders(query: RemindersQuery, signal?: AbortSignal): Promise<RemindersAnswer> {
  return apiRequest(`${BASE}/compliance/reminders`, { query: { ...query }, signal });
}
export const remindersExportUrl = (query: RemindersQuery) =>
  exportUrl(`${BASE}/compliance/reminders`, { ...query });

// ---- the county's rules, quotas, calendar and reminder window (COM-2, ACT-2) ----
export function fetchSettings(countyId: string | undefined, signal?: AbortSignal): Promise<SettingsAnswer> {
  return apiRequest(`${BASE}/settings`, { query: { countyId }, signal });
}
export function putSettings(body: SettingsBody): Promise<SettingsAnswer> {
  return apiRequest(`${BASE}/settings`, { method: 'PUT', body });
}

// ---- master studios and researcher patches ----
const studio = (id: string) => `${BASE}/studios/${encodeURIComponent(id)}`;
export function fetchStudios(
  countyId: string | undefined,
  signal?: AbortSignal,
): Promise<{ items: StudioItem[] }> {
  return apiRequest(`${BASE}/studios`, { query: { countyId }, signal });
}
export function createStudio(body: StudioBody): Promise<{ studio: StudioItem }> {
  return apiRequest(`${BASE}/studios`, { method: 'POST', body });
}
export function updateStudio(id: string, body: Partial<StudioBody>): Promise<{ studio: StudioItem }> {
  return apiRequest(studio(id), { method: 'PATCH', body });
}
export function deleteStudio(id: string): Promise<{ ok: true }> {
  return apiRequest(studio(id), { method: 'DELETE' });
}

const patch = (id: string) => `${BASE}/researcher-patches/${encodeURIComponent(id)}`;
export function fetchPatches(
  countyId: string | undefined,
  signal?: AbortSignal,
): Promise<{ items: PatchItem[] }> {
  return apiRequest(`${BASE}/researcher-patches`, { query: { countyId }, signal });
}
export function createPatch(body: PatchBody): Promise<{ patch: PatchItem }> {
  return apiRequest(`${BASE}/researcher-patches`, { method: 'POST', body });
}
export function replacePatch(id: string, body: Omit<PatchBody, 'countyId'>): Promise<{ patch: PatchItem }> {
  return apiRequest(patch(id), { method: 'PUT', body });
}
export function deletePatch(id: string): Promise<{ ok: true }> {
  return apiRequest(patch(id), { method: 'DELETE' });
}

// ---- mentorship (ACT-3) ----
const pair = (id: string) => `${BASE}/mentorships/${encodeURIComponent(id)}`;
export function fetchMentorships(
  query: MentorshipQuery,
  signal?: AbortSignal,
): Promise<{ items: MentorshipItem[] }> {
  return apiRequest(`${BASE}/mentorships`, { query: { ...query }, signal });
}
export const mentorshipsExportUrl = (query: MentorshipQuery) =>
  exportUrl(`${BASE}/mentorships`, { ...query });
export function createMentorship(body: MentorshipBody): Promise<{ mentorship: MentorshipItem }> {
  return apiRequest(`${BASE}/mentorships`, { method: 'POST', body });
}
export function updateMentorship(
  id: string,
  body: Partial<Omit<MentorshipBody, 'countyId'>>,
): Promise<{ mentorship: MentorshipItem }> {
  return apiRequest(pair(id), { method: 'PATCH', body });
}
export function deleteMentorship(id: string): Promise<{ ok: true }> {
  return apiRequest(pair(id), { method: 'DELETE' });
}

// ---- bundled evaluation (EVA-1/2) ----
type YearQuery = { countyId?: string; schoolYear: string };
export function fetchScheme(query: YearQuery, signal?: AbortSignal): Promise<SchemeAnswer> {
  return apiRequest(`${BASE}/evaluation/scheme`, { query: { ...query }, signal });
}
export function putScheme(body: YearQuery & { scheme: BundledScheme | null }): Promise<SchemeAnswer> {
  return apiRequest(`${BASE}/evaluation/scheme`, { method: 'PUT', body });
}
export function fetchInputs(query: YearQuery, signal?: AbortSignal): Promise<InputsAnswer> {
  return apiRequest(`${BASE}/evaluation/inputs`, { query: { ...query }, signal });
}
export function putInputs(
  communityId: string,
  body: { schoolYear: string; entered: Record<string, number | null>; rotationsExpected?: number | null },
): Promise<unknown> {
  return apiRequest(`${BASE}/evaluation/inputs/${encodeURIComponent(communityId)}`, { method: 'PUT', body });
}
export function computeResults(body: YearQuery): Promise<ResultsAnswer> {
  return apiRequest(`${BASE}/evaluation/results`, { method: 'POST', body });
}
export function fetchResults(query: YearQuery, signal?: AbortSignal): Promise<ResultsAnswer> {
  return apiRequest(`${BASE}/evaluation/results`, { query: { ...query }, signal });
}
export const resultsExportUrl = (query: YearQuery) => exportUrl(`${BASE}/evaluation/results`, query);

// ---- proposals (COM-3) ----
export function fetchProposals(countyId: string, signal?: AbortSignal): Promise<{ items: ProposalRecord[] }> {
  return apiRequest(`${BASE}/proposals`, { query: { countyId }, signal });
}
export function createProposal(body: NewProposal): Promise<{ proposal: ProposalRecord }> {
  return apiRequest(`${BASE}/proposals`, { method: 'POST', body });
}
export function acceptProposal(
  id: string,
  body: { startOn: string; charterText?: string | null },
): Promise<{ proposal: ProposalRecord; communities: CommunityItem[]; warnings: CommunityWrite['warnings'] }> {
  return apiRequest(`${BASE}/proposals/${encodeURIComponent(id)}/accept`, { method: 'POST', body });
}
