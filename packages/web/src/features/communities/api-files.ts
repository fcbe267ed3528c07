// API calls for uploaded files (charters, activity attachments), accepting an edited proposal, a school's own
// bundled result and a community's school map (docs/api.md, Communities). Uploads go as multipart/form-data in
// the field `file` with the CSRF header, like every other write.
import { apiRequest, API_BASE } from '../../app/api/client';
import { CSRF_COOKIE, CSRF_HEADER, readCookie } from '../../app/api/csrf';
import { ApiError, NETWORK_ERROR, parseErrorBody } from '../../app/api/errors';
import type { Locale } from '../../i18n/translate';
import type { ProposalRecord, CommunityItem } from './types';
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

async function upload(path: string, file: File): Promise<{ file: StoredFile }> {
  const form = new FormData();
  form.append('file', file, file.name);
  const headers: Record<string, string> = { accept: 'application/json' };
  const token = readCookie(document.cookie, CSRF_COOKIE);
  if (token) headers[CSRF_HEADER] = token;
  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}`, {
      method: 'POST',
      headers,
      body: form,
      credentials: 'same-origin',
    });
  } catch (cause) {
    throw new ApiError(0, NETWORK_ERROR, cause instanceof Error ? cause.message : String(cause));
  }
  const text = await response.text();
  let body: unknown = undefined;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = text;
  }
  if (!response.ok) throw parseErrorBody(response.status, body);
  return body as { file: StoredFile };
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

// ---- words for the controls added with these calls (the community messages belong to the pages) ----
const TEXT = {
  'zh-CN': {
    attachments: '附件',
    charterUpload: '章程文件',
    choose: '选择文件',
    pending: '保存后上传',
    remove: '删除',
    confirmRemove: '删除该文件？',
    download: '下载',
    tooLarge: '文件超过 {mb} MB 上限：{name}',
    wrongType: '不支持的文件类型：{name}（仅支持 PDF、Word、Excel、PowerPoint、JPG、PNG、ZIP）',
    tooLargeAny: '文件超过 {mb} MB 上限',
    wrongTypeAny: '不支持的文件类型（仅支持 PDF、Word、Excel、PowerPoint、JPG、PNG、ZIP）',
    hint: '支持 PDF、Word、Excel、PowerPoint、JPG、PNG、ZIP，单个文件不超过 {mb} MB',
    uploadFailed: '活动已保存，但文件上传失败：{message}',
    charterFailed: '共同体已保存，但章程文件上传失败：{message}',
    ownPart: '本校在共同体考核中的得分',
    contribution: '本校贡献分',
    assessment: '计入本校年度考核',
    researcherPatch: '教研员包片',
    researcherPatchHint: '教研员只能登记本人包片学校的教研指导和听评课',
  },
  'en-US': {
    attachments: 'Attachments',
    charterUpload: 'Charter file',
    choose: 'Choose files',
    pending: 'uploaded on save',
    remove: 'Delete',
    confirmRemove: 'Delete this file?',
    download: 'Download',
    tooLarge: 'Larger than {mb} MB: {name}',
    wrongType: 'Type not accepted: {name} (PDF, Word, Excel, PowerPoint, JPG, PNG, ZIP only)',
    tooLargeAny: 'The file is larger than {mb} MB',
    wrongTypeAny: 'Type not accepted (PDF, Word, Excel, PowerPoint, JPG, PNG, ZIP only)',
    hint: 'PDF, Word, Excel, PowerPoint, JPG, PNG or ZIP, up to {mb} MB each',
    uploadFailed: 'The activity was saved, but a file failed to upload: {message}',
    charterFailed: 'The community was saved, but the charter file failed to upload: {message}',
    ownPart: "Our school's part of the community evaluation",
    contribution: 'Our contribution',
    assessment: 'Counts in our annual assessment',
    researcherPatch: 'Researcher patch',
    researcherPatchHint:
      "A researcher logs guidance visits and lesson observations at his own patch's schools",
  },
} as const;
export type FileTextId = keyof (typeof TEXT)['zh-CN'];

export function fileText(locale: Locale, id: FileTextId, vars: Record<string, string | number> = {}): string {
  return TEXT[locale][id].replace(/\{(\w+)\}/g, (whole, k: string) => String(vars[k] ?? whole));
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
