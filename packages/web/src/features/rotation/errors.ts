import { ApiError, errorMessageId } from '../../app/api/errors';
import type { Translate } from '../../i18n/translate';

/** A failed write as one line: the shared messages for known codes, the server's text for rotation conflicts. */
export function errorText(t: Translate, cause: unknown): string {
  const e = cause instanceof ApiError ? cause : new ApiError(0, 'UNKNOWN', String(cause));
  // ROTATION_CONFLICT carries a bilingual message from the server ("… / …"); it is more precise than any code.
  if (e.code === 'ROTATION_CONFLICT') return e.message;
  return t(errorMessageId(e.code, e.status), { message: e.message });
}
