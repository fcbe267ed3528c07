import { apiRequest, exportUrl } from '../../app/api/client';
import type { ListResponse, SchoolDetail, SchoolRow, SchoolYearStats } from '../../app/api/types';
import type { QueryParams } from '../../shared/query-string';

export const SCHOOL_FILTER_KEYS = [
  'countyId',
  'township',
  'schoolType',
  'urbanRural',
  'weak',
  'ownership',
  'q',
] as const;
export type SchoolFilterKey = (typeof SCHOOL_FILTER_KEYS)[number];

export function fetchSchools(query: QueryParams, signal?: AbortSignal): Promise<ListResponse<SchoolRow>> {
  return apiRequest('/schools', { query, signal });
}

export function schoolsExportUrl(query: QueryParams): string {
  return exportUrl('/schools', query);
}

export function fetchSchool(id: string, signal?: AbortSignal): Promise<{ school: SchoolDetail }> {
  return apiRequest(`/schools/${encodeURIComponent(id)}`, { signal });
}

export function fetchSchoolStats(id: string, signal?: AbortSignal): Promise<{ items: SchoolYearStats[] }> {
  return apiRequest(`/schools/${encodeURIComponent(id)}/stats`, { signal });
}
