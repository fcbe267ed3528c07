// One error type with typed codes (style.md §7); one mapper to HTTP here and one to CLI exit codes in the CLI.
export type DomainErrorCode =
  | 'VALIDATION_FAILED'
  | 'UNAUTHENTICATED'
  | 'INVALID_CREDENTIALS'
  | 'FORBIDDEN'
  | 'CSRF_INVALID'
  | 'PASSWORD_CHANGE_REQUIRED'
  | 'PASSWORD_INVALID'
  | 'ACCOUNT_LOCKED'
  | 'RATE_LIMITED'
  | 'NOT_FOUND'
  | 'USER_NOT_FOUND'
  | 'COUNTY_NOT_FOUND'
  | 'SCHOOL_NOT_FOUND'
  | 'TEACHER_NOT_FOUND'
  | 'STATS_NOT_FOUND'
  | 'EVALUATION_NOT_FOUND'
  | 'IMPORT_INVALID'
  | 'FILE_TOO_LARGE'
  | 'FILE_TYPE_NOT_ALLOWED'
  | 'USER_CONFLICT'
  | 'SCHOOL_CONFLICT'
  | 'TEACHER_CONFLICT'
  | 'COUNTY_CONFLICT';

export class DomainError extends Error {
  override name = 'DomainError';
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export function httpStatusOf(code: DomainErrorCode): number {
  switch (code) {
    case 'VALIDATION_FAILED':
    case 'PASSWORD_INVALID':
    case 'IMPORT_INVALID':
      return 400;
    case 'UNAUTHENTICATED':
    case 'INVALID_CREDENTIALS':
      return 401;
    case 'FORBIDDEN':
    case 'CSRF_INVALID':
    case 'PASSWORD_CHANGE_REQUIRED':
      return 403;
    case 'NOT_FOUND':
    case 'USER_NOT_FOUND':
    case 'COUNTY_NOT_FOUND':
    case 'SCHOOL_NOT_FOUND':
    case 'TEACHER_NOT_FOUND':
    case 'STATS_NOT_FOUND':
    case 'EVALUATION_NOT_FOUND':
      return 404;
    case 'USER_CONFLICT':
    case 'SCHOOL_CONFLICT':
    case 'TEACHER_CONFLICT':
    case 'COUNTY_CONFLICT':
      return 409;
    case 'FILE_TOO_LARGE':
      return 413;
    case 'FILE_TYPE_NOT_ALLOWED':
      return 415;
    case 'ACCOUNT_LOCKED':
      return 423;
    case 'RATE_LIMITED':
      return 429;
  }
}

/** PostgreSQL unique violation (23505), as raised by both PGlite and node-postgres (possibly wrapped by Drizzle). */
export function isUniqueViolation(error: unknown): boolean {
  let e: unknown = error;
  for (let depth = 0; depth < 4 && e && typeof e === 'object'; depth++) {
    if ((e as { code?: unknown }).code === '23505') return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

/** PostgreSQL foreign-key violation (23503). */
export function isForeignKeyViolation(error: unknown): boolean {
  let e: unknown = error;
  for (let depth = 0; depth < 4 && e && typeof e === 'object'; depth++) {
    if ((e as { code?: unknown }).code === '23503') return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}
