import { apiRequest, exportUrl } from '../../app/api/client';
import type { AuditEntry, ListResponse } from '../../app/api/types';
import type { QueryParams } from '../../shared/query-string';

export const AUDIT_FILTER_KEYS = ['countyId', 'entity', 'action', 'from', 'to'] as const;
export type AuditFilterKey = (typeof AUDIT_FILTER_KEYS)[number];

/** Entities the server audits today; the filter offers them, the table shows any other as it comes. */
export const AUDIT_ENTITIES = [
  'school',
  'schoolYearStats',
  'teacher',
  'user',
  'county',
  'session',
  'import',
] as const;

export function fetchAudit(query: QueryParams, signal?: AbortSignal): Promise<ListResponse<AuditEntry>> {
  return apiRequest('/audit', { query, signal });
}

export function auditExportUrl(query: QueryParams): string {
  return exportUrl('/audit', query);
}
