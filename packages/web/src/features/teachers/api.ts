import { apiRequest, exportUrl } from '../../app/api/client';
import type { ListResponse, TeacherRow } from '../../app/api/types';
import type { QueryParams } from '../../shared/query-string';

export const TEACHER_FILTER_KEYS = [
  'countyId',
  'schoolYear',
  'schoolId',
  'stage',
  'subject',
  'title',
  'backboneLevel',
  'education',
  'q',
] as const;
export type TeacherFilterKey = (typeof TEACHER_FILTER_KEYS)[number];

export function fetchTeachers(query: QueryParams, signal?: AbortSignal): Promise<ListResponse<TeacherRow>> {
  return apiRequest('/teachers', { query, signal });
}

export function teachersExportUrl(query: QueryParams): string {
  return exportUrl('/teachers', query);
}
