import { describe, expect, it } from 'vitest';
import { readCookie } from './csrf';
import { errorMessageId, parseErrorBody } from './errors';

describe('errorMessageId', () => {
  it('maps the login failures named in docs/api.md', () => {
    expect(errorMessageId('ACCOUNT_LOCKED', 423, 'login')).toBe('errors.accountLocked');
    expect(errorMessageId('RATE_LIMITED', 429, 'login')).toBe('errors.rateLimited');
    expect(errorMessageId('INVALID_CREDENTIALS', 401, 'login')).toBe('errors.wrongPassword');
    expect(errorMessageId('UNAUTHENTICATED', 401, 'login')).toBe('errors.wrongPassword');
  });
  it('treats 401 outside the login form as an ended session', () => {
    expect(errorMessageId('UNAUTHENTICATED', 401)).toBe('errors.unauthenticated');
  });
  it('maps code families and falls back on the status', () => {
    expect(errorMessageId('SCHOOL_NOT_FOUND', 404)).toBe('errors.notFound');
    expect(errorMessageId('USER_CONFLICT', 409)).toBe('errors.conflict');
    expect(errorMessageId('CSRF_INVALID', 403)).toBe('errors.csrfInvalid');
    expect(errorMessageId('VALIDATION_FAILED', 400)).toBe('errors.validationFailed');
    expect(errorMessageId('INTERNAL', 500)).toBe('errors.server');
    expect(errorMessageId('SOMETHING_NEW', 400)).toBe('errors.unknown');
    expect(errorMessageId('NETWORK_ERROR', 0)).toBe('errors.network');
  });
});

describe('parseErrorBody', () => {
  it('reads the documented error shape', () => {
    const error = parseErrorBody(404, {
      error: { code: 'SCHOOL_NOT_FOUND', message: 'no', details: { id: 1 } },
    });
    expect([error.status, error.code, error.message, error.details]).toEqual([
      404,
      'SCHOOL_NOT_FOUND',
      'no',
      { id: 1 },
    ]);
  });
  it('survives a body that is not the API shape', () => {
    expect(parseErrorBody(502, '<html>Bad gateway</html>').code).toBe('INTERNAL');
    expect(parseErrorBody(418, undefined).code).toBe('HTTP_418');
    expect(parseErrorBody(400, { error: 'x' }).code).toBe('HTTP_400');
  });
});

describe('readCookie', () => {
  it('finds the CSRF cookie among others and decodes it', () => {
    expect(readCookie('a=1; jh_csrf=abc%3D%3D; b=2', 'jh_csrf')).toBe('abc==');
    expect(readCookie('xjh_csrf=no; jh_csrf=yes', 'jh_csrf')).toBe('yes');
    expect(readCookie('a=1', 'jh_csrf')).toBeUndefined();
    expect(readCookie('', 'jh_csrf')).toBeUndefined();
    expect(readCookie('jh_csrf=%E0%A4%A', 'jh_csrf')).toBe('%E0%A4%A');
  });
});
