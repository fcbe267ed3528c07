import { apiRequest, API_BASE } from '../../app/api/client';
import type { ListResponse } from '../../app/api/types';
import type { ImportOutcome, ImportPreview, ImportRun } from './types';
import { uploadWorkbook, type UploadOptions } from './upload';

export const TEMPLATE_URL = `${API_BASE}/imports/template`;

export function countyWorkbookUrl(countyId: string, schoolYear?: string): string {
  const query = schoolYear ? `?schoolYear=${encodeURIComponent(schoolYear)}` : '';
  return `${API_BASE}/counties/${countyId}/workbook${query}`;
}

export const previewImport = (file: Blob, options?: UploadOptions) =>
  uploadWorkbook<ImportPreview>('/imports/preview', file, options);

export const errorsWorkbook = (file: Blob) =>
  uploadWorkbook<Blob>('/imports/errors-workbook', file, { as: 'blob' });

export const commitImport = (file: Blob, fileName: string, options?: UploadOptions) =>
  uploadWorkbook<{ import: ImportOutcome; warnings: unknown[] }>(
    `/imports?fileName=${encodeURIComponent(fileName)}`,
    file,
    options,
  );

export function fetchImports(signal?: AbortSignal): Promise<ListResponse<ImportRun>> {
  return apiRequest('/imports', { query: { pageSize: 100 }, signal });
}
