import { apiRequest } from './client';
import type { County, Township } from './types';

// Org lookups used by several areas (filters, user scope, header).
export function fetchCounties(): Promise<{ items: County[] }> {
  return apiRequest('/counties');
}

export function fetchTownships(countyId: string): Promise<{ items: Township[] }> {
  return apiRequest(`/counties/${encodeURIComponent(countyId)}/townships`);
}

export function fetchSchoolYears(countyId: string): Promise<{ items: string[] }> {
  return apiRequest(`/counties/${encodeURIComponent(countyId)}/school-years`);
}
