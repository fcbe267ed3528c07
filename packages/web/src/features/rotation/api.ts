import type { RotationPolicy } from '@junheng/core';
import { API_BASE, apiRequest } from '../../app/api/client';
import type {
  AssignmentRow,
  Campaign,
  CampaignAction,
  EligibleRow,
  Exemption,
  ExemptionRule,
  PlanCheck,
  PolicyOverrides,
  PolicyPreset,
  ServiceRecord,
} from './types';

const path = (id: string, rest = '') => `/rotation/campaigns/${encodeURIComponent(id)}${rest}`;

export function fetchPolicies(signal?: AbortSignal): Promise<{ items: RotationPolicy[] }> {
  return apiRequest('/rotation/policies', { signal });
}

export function fetchCampaigns(countyId: string, signal?: AbortSignal): Promise<{ items: Campaign[] }> {
  return apiRequest('/rotation/campaigns', { query: { countyId }, signal });
}

export interface NewCampaign {
  countyId: string;
  schoolYear: string;
  name?: string;
  campaignMonth?: string;
  policy: { preset: PolicyPreset; overrides?: PolicyOverrides };
}

export function createCampaign(body: NewCampaign): Promise<{ campaign: Campaign }> {
  return apiRequest('/rotation/campaigns', { method: 'POST', body });
}

export function fetchCampaign(id: string, signal?: AbortSignal): Promise<{ campaign: Campaign }> {
  return apiRequest(path(id), { signal });
}

export function fetchEligible(
  id: string,
  signal?: AbortSignal,
): Promise<{ items: EligibleRow[]; totals: { due: number; eligible: number } }> {
  return apiRequest(path(id, '/eligible'), { signal });
}

export function markExemption(
  id: string,
  body: { teacherCode: string; rule: ExemptionRule; evidence: string; lastRotationEnd?: string },
): Promise<{ exemption: Exemption }> {
  return apiRequest(path(id, '/exemptions'), { method: 'POST', body });
}

export function deleteExemption(exemptionId: string): Promise<{ ok: true }> {
  return apiRequest(`/rotation/exemptions/${encodeURIComponent(exemptionId)}`, { method: 'DELETE' });
}

export function generatePlan(id: string): Promise<{ campaign: Campaign; assignments: number }> {
  return apiRequest(path(id, '/plan'), { method: 'POST' });
}

export function fetchAssignments(id: string, signal?: AbortSignal): Promise<{ items: AssignmentRow[] }> {
  return apiRequest(path(id, '/assignments'), { signal });
}

export function editAssignment(
  assignmentId: string,
  body: { locked?: boolean; toSchoolId?: string },
): Promise<{ assignment: AssignmentRow; check: PlanCheck }> {
  return apiRequest(`/rotation/assignments/${encodeURIComponent(assignmentId)}`, { method: 'PATCH', body });
}

export function confirmArrival(assignmentId: string): Promise<{ assignment: AssignmentRow }> {
  return apiRequest(`/rotation/assignments/${encodeURIComponent(assignmentId)}/arrival`, { method: 'POST' });
}

export function fetchCheck(id: string, signal?: AbortSignal): Promise<{ check: PlanCheck }> {
  return apiRequest(path(id, '/check'), { signal });
}

export function moveCampaign(id: string, action: CampaignAction): Promise<{ campaign: Campaign }> {
  return apiRequest(path(id, '/status'), { method: 'POST', body: { action } });
}

export function noticeUrl(id: string): string {
  return `${API_BASE}${path(id, '/export')}`;
}

export function fetchServiceRecord(
  teacherId: string,
  signal?: AbortSignal,
): Promise<{ record: ServiceRecord }> {
  return apiRequest(`/rotation/teachers/${encodeURIComponent(teacherId)}/service-record`, { signal });
}
