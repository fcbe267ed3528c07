import { withQuery, type QueryParams } from '../../shared/query-string';
import { CSRF_COOKIE, CSRF_HEADER, readCookie } from './csrf';
import { ApiError, NETWORK_ERROR, parseErrorBody } from './errors';

export const API_BASE = '/api/v1';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface RequestOptions {
  method?: Method;
  query?: QueryParams;
  /** Sent as JSON; a FormData (a file upload) as multipart/form-data. */
  body?: unknown;
  signal?: AbortSignal;
}

type Listener = (error: ApiError) => void;
const listeners = new Set<Listener>();

/** The auth context listens here to drop the session on 401 and to force a password change on 403. */
export function onApiError(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  const payload =
    options.body === undefined || options.body instanceof FormData
      ? options.body
      : JSON.stringify(options.body);
  // FormData sets its own multipart content type, boundary included.
  if (typeof payload === 'string') headers['content-type'] = 'application/json';
  if (method !== 'GET') {
    // Every write carries the double-submit token (docs/api.md, Auth).
    const token = readCookie(document.cookie, CSRF_COOKIE);
    if (token) headers[CSRF_HEADER] = token;
  }
  let response: Response;
  try {
    response = await fetch(withQuery(`${API_BASE}${path}`, options.query ?? {}), {
      method,
      headers,
      body: payload,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, NETWORK_ERROR, cause instanceof Error ? cause.message : String(cause));
  }
  const text = await response.text();
  let body: unknown = undefined;
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
  }
  if (!response.ok) {
    const error = parseErrorBody(response.status, body);
    for (const listener of listeners) listener(error);
    throw error;
  }
  return body as T;
}

/** The URL of an Excel export: the list path + `/export` with the same filters and no paging (docs/api.md). */
export function exportUrl(listPath: string, filters: QueryParams): string {
  const { page: _page, pageSize: _pageSize, ...rest } = filters;
  return withQuery(`${API_BASE}${listPath}/export`, rest);
}

/** Starts a download through the browser, which sends the session cookie and honours Content-Disposition. */
export function download(url: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.rel = 'noopener';
  link.download = '';
  document.body.appendChild(link);
  link.click();
  link.remove();
}
