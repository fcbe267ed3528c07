// API calls for uploaded files (charters, activity attachments), accepting an edited proposal, a school's own
// bundled result and a community's school map (docs/api.md, Communities). Uploads go as multipart/form-data in
// the field `file` through apiRequest, with the CSRF header like every other write.
import { apiRequest, API_BASE } from '../../app/api/client';
import { ApiError } from '../../app/api/errors';
import type { Locale } from '../../i18n/translate';
import type { ProposalRecord, CommunityItem } from './types';
import type { FilesMessageId } from './messages-files';
import { communityTranslate } from './use-community-t';
import type {
  AcceptGroup,
  CommunitySchoolsAnswer,
  ProposalEdits,
  SchoolResultAnswer,
  StoredFile,
} from './types-files';

const BASE = '/communities';
const enc = encodeURIComponent;

/** What the server accepts (files/file-types.ts): for the picker's `accept` and a check before sending. */
export const UPLOAD_EXTENSIONS = [
  'pdf',
  'doc',
  'docx',
  'xls',
  'xlsx',
  'ppt',
  'pptx',
  'jpg',
  'jpeg',
  'png',
  'zip',
] as const;
export const UPLOAD_ACCEPT = UPLOAD_EXTENSIONS.map((e) => `.${e}`).join(',');
/** The server's default limit (JUNHENG_FILE_MAX_MB); the server's answer is what counts. */
export const UPLOAD_MAX_MB = 20;

function upload(path: string, file: File): Promise<{ file: StoredFile }> {
  const form = new FormData();
  form.append('file', file, file.name);
  return apiRequest(path, { method: 'POST', body: form });
}

// ---- charters ----
export const uploadCharter = (communityId: string, file: File) =>
  upload(`${BASE}/${enc(communityId)}/charter`, file);
export const charterUrl = (communityId: string) => `${API_BASE}${BASE}/${enc(communityId)}/charter`;
export const deleteCharter = (communityId: string): Promise<{ ok: true }> =>
  apiRequest(`${BASE}/${enc(communityId)}/charter`, { method: 'DELETE' });

// ---- activity files ----
export const uploadActivityFile = (activityId: string, file: File) =>
  upload(`${BASE}/activities/${enc(activityId)}/files`, file);
export const activityFileUrl = (activityId: string, fileId: string) =>
  `${API_BASE}${BASE}/activities/${enc(activityId)}/files/${enc(fileId)}`;
export const deleteActivityFile = (activityId: string, fileId: string): Promise<{ ok: true }> =>
  apiRequest(`${BASE}/activities/${enc(activityId)}/files/${enc(fileId)}`, { method: 'DELETE' });

// ---- an edited proposal (COM-3) ----
export function acceptEditedProposal(
  id: string,
  body: { startOn: string; charterText?: string | null; groups: AcceptGroup[] },
): Promise<{
  proposal: ProposalRecord;
  communities: CommunityItem[];
  warnings: unknown[];
  edits: ProposalEdits | null;
}> {
  return apiRequest(`${BASE}/proposals/${enc(id)}/accept`, { method: 'POST', body });
}

// ---- a school's own bundled result (EVA-2) and a community's map ----
export function fetchSchoolResult(
  query: { countyId?: string; schoolYear: string; schoolId?: string },
  signal?: AbortSignal,
): Promise<SchoolResultAnswer> {
  return apiRequest(`${BASE}/evaluation/results/school`, { query: { ...query }, signal });
}

export function fetchCommunitySchools(id: string, signal?: AbortSignal): Promise<CommunitySchoolsAnswer> {
  return apiRequest(`${BASE}/${enc(id)}/schools`, { signal });
}

/** The file controls' words (messages-files.ts), by their id without the `file.` prefix. */
export type FileTextId = FilesMessageId extends `file.${infer K}` ? K : never;

export function fileText(locale: Locale, id: FileTextId, vars: Record<string, string | number> = {}): string {
  return communityTranslate(locale)(`file.${id}`, vars);
}

/** Why a picked file would be refused, checked before sending (null: send it). */
export function pickProblem(locale: Locale, file: { name: string; size: number }): string | null {
  const ext = file.name.includes('.') ? (file.name.split('.').pop() ?? '').toLowerCase() : '';
  if (!(UPLOAD_EXTENSIONS as readonly string[]).includes(ext))
    return fileText(locale, 'wrongType', { name: file.name });
  if (file.size > UPLOAD_MAX_MB * 1024 * 1024)
    return fileText(locale, 'tooLarge', { name: file.name, mb: UPLOAD_MAX_MB });
  return null;
}

/** A refused upload in the user's language; other errors as the server worded them. */
export function uploadErrorText(locale: Locale, cause: unknown): string {
  if (cause instanceof ApiError) {
    if (cause.code === 'FILE_TOO_LARGE') {
      const max = (cause.details as { maxBytes?: number } | undefined)?.maxBytes;
      return fileText(locale, 'tooLargeAny', { mb: max ? Math.round(max / 1024 / 1024) : UPLOAD_MAX_MB });
    }
    if (cause.code === 'FILE_TYPE_NOT_ALLOWED') return fileText(locale, 'wrongTypeAny');
    return cause.message;
  }
  return String(cause);
}

/** Size for people: 12 KB, 3.4 MB. */
export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
