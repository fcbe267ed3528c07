import type { Standard } from '@junheng/core';
import { API_BASE, apiRequest } from '../../app/api/client';
import type { ListResponse } from '../../app/api/types';
import type { CompareRow, CurrentEvaluation, EvaluationQuery, RunSummary, TrendItem } from './types';

export function fetchStandards(signal?: AbortSignal): Promise<{ items: Standard[] }> {
  return apiRequest('/evaluation/standards', { signal });
}

export function fetchCurrentEvaluation(
  query: EvaluationQuery,
  signal?: AbortSignal,
): Promise<{ evaluation: CurrentEvaluation }> {
  return apiRequest('/evaluation/current', { query: { ...query }, signal });
}

export function saveRun(query: EvaluationQuery): Promise<{ run: RunSummary }> {
  return apiRequest('/evaluation/runs', { method: 'POST', body: query });
}

export function fetchRuns(
  query: Partial<EvaluationQuery> & { page: number; pageSize: number },
  signal?: AbortSignal,
): Promise<ListResponse<RunSummary>> {
  return apiRequest('/evaluation/runs', { query: { ...query }, signal });
}

/** The stored run's self-assessment workbook (the official tables), downloaded through the browser. */
export function runExportUrl(runId: string): string {
  return `${API_BASE}/evaluation/runs/${encodeURIComponent(runId)}/export`;
}

export function fetchTrend(
  query: { countyId: string; standard: string },
  signal?: AbortSignal,
): Promise<{ items: TrendItem[] }> {
  return apiRequest('/evaluation/trend', { query, signal });
}

export function fetchCompare(
  query: { schoolYear: string; standard: string },
  signal?: AbortSignal,
): Promise<{ items: CompareRow[] }> {
  return apiRequest('/evaluation/compare', { query, signal });
}
