import { ApiError, errorMessageId } from '../../app/api/errors';
import type { Translate } from '../../i18n/translate';

/** A failed write as one line: the shared messages for known codes, the server's text for rule conflicts. */
export function errorText(t: Translate, cause: unknown): string {
  const e = cause instanceof ApiError ? cause : new ApiError(0, 'UNKNOWN', String(cause));
  // COMMUNITY_CONFLICT carries the broken rules in both languages ("… / …: …"); more precise than any code.
  if (e.code === 'COMMUNITY_CONFLICT') return e.message;
  return t(errorMessageId(e.code, e.status), { message: e.message });
}
