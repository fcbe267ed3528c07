// Requests through app.inject() (no ports): log in, then call the API with the session and CSRF cookies the
// way the web client does (docs/api.md, Auth).
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE } from '../auth/hooks';
import { TEST_PASSWORD } from './world';

export interface Session {
  token: string;
  csrf: string;
  userId: string;
}

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD';

export function cookieOf(res: LightMyRequestResponse, name: string): string | undefined {
  return res.cookies.find((c) => c.name === name)?.value;
}

export async function login(
  app: FastifyInstance,
  username: string,
  password: string = TEST_PASSWORD,
): Promise<Session> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password },
  });
  if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
  const token = cookieOf(res, SESSION_COOKIE);
  const csrf = cookieOf(res, CSRF_COOKIE);
  if (!token || !csrf) throw new Error(`login ${username}: no cookies`);
  return { token, csrf, userId: (res.json() as { user: { id: string } }).user.id };
}

export interface CallOptions {
  payload?: unknown;
  /** false: send no x-csrf-token; a string: send that instead of the session's. */
  csrf?: string | false;
  /** For a raw body (a Buffer), e.g. an .xlsx upload. */
  contentType?: string;
}

export function call(
  app: FastifyInstance,
  session: Session | null,
  method: Method,
  url: string,
  options: CallOptions = {},
): Promise<LightMyRequestResponse> {
  const headers: Record<string, string> = {};
  if (options.contentType) headers['content-type'] = options.contentType;
  if (session) {
    headers.cookie = `${SESSION_COOKIE}=${session.token}; ${CSRF_COOKIE}=${session.csrf}`;
    const csrf = options.csrf === undefined ? session.csrf : options.csrf;
    if (csrf !== false) headers[CSRF_HEADER] = csrf;
  }
  return app.inject({
    method,
    url,
    headers,
    ...(options.payload === undefined ? {} : { payload: options.payload as object | Buffer }),
  });
}

/** The error code of an error answer, for compact assertions. */
export function errorCode(res: LightMyRequestResponse): string | undefined {
  try {
    return (res.json() as { error?: { code?: string } }).error?.code;
  } catch {
    return undefined;
  }
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Sends a workbook as the raw request body, the way the web's upload does (docs/api.md, Import). */
export function uploadXlsx(
  app: FastifyInstance,
  session: Session,
  url: string,
  file: Buffer,
): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url,
    payload: file,
    headers: {
      'content-type': XLSX_TYPE,
      cookie: `${SESSION_COOKIE}=${session.token}; ${CSRF_COOKIE}=${session.csrf}`,
      [CSRF_HEADER]: session.csrf,
    },
  });
}
