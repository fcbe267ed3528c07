import type { MessageId } from '../../i18n/zh-CN';

// docs/api.md: the new password has at least 10 characters and differs from the old one.
export const MIN_PASSWORD_LENGTH = 10;

export function newPasswordProblem(currentPassword: string, newPassword: string): MessageId | undefined {
  if ([...newPassword].length < MIN_PASSWORD_LENGTH) return 'auth.changePassword.tooShort';
  if (newPassword === currentPassword) return 'auth.changePassword.sameAsOld';
  return undefined;
}
