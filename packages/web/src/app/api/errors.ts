import type { MessageId } from '../../i18n/zh-CN';

/** An error the API returned (`{ error: { code, message, details } }`, docs/api.md) or a network failure. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;

  constructor(status: number, code: string, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

export const NETWORK_ERROR = 'NETWORK_ERROR';

/** The error body of a failed response, tolerating a proxy's HTML page or an empty body. */
export function parseErrorBody(status: number, body: unknown): ApiError {
  if (typeof body === 'object' && body !== null && 'error' in body) {
    const error = (body as { error: unknown }).error;
    if (typeof error === 'object' && error !== null) {
      const { code, message, details } = error as { code?: unknown; message?: unknown; details?: unknown };
      if (typeof code === 'string') {
        return new ApiError(status, code, typeof message === 'string' ? message : code, details);
      }
    }
  }
  return new ApiError(status, status >= 500 ? 'INTERNAL' : `HTTP_${status}`, `HTTP ${status}`);
}

/**
 * The message shown for an error code. Codes are stable (docs/api.md); the server's own message text is only
 * the last resort because it is not localized.
 */
export function errorMessageId(
  code: string,
  status: number,
  context: 'login' | 'other' = 'other',
): MessageId {
  switch (code) {
    case 'INVALID_CREDENTIALS':
    case 'WRONG_PASSWORD':
      return 'errors.wrongPassword';
    case 'ACCOUNT_LOCKED':
      return 'errors.accountLocked';
    case 'RATE_LIMITED':
      return 'errors.rateLimited';
    case 'UNAUTHENTICATED':
      // A failed sign-in is reported as 401 by some servers; at the login form it means a wrong password.
      return context === 'login' ? 'errors.wrongPassword' : 'errors.unauthenticated';
    case 'FORBIDDEN':
      return 'errors.forbidden';
    case 'CSRF_INVALID':
      return 'errors.csrfInvalid';
    case 'PASSWORD_CHANGE_REQUIRED':
      return 'errors.passwordChangeRequired';
    case 'VALIDATION_FAILED':
      return 'errors.validationFailed';
    case NETWORK_ERROR:
      return 'errors.network';
  }
  if (code.endsWith('_NOT_FOUND') || status === 404) return 'errors.notFound';
  if (code.endsWith('_CONFLICT') || status === 409) return 'errors.conflict';
  if (status === 401) return context === 'login' ? 'errors.wrongPassword' : 'errors.unauthenticated';
  if (status === 423) return 'errors.accountLocked';
  if (status === 429) return 'errors.rateLimited';
  if (status === 403) return 'errors.forbidden';
  if (status >= 500) return 'errors.server';
  return 'errors.unknown';
}
