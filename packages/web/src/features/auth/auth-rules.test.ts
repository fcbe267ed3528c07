import { describe, expect, it } from 'vitest';
import { newPasswordProblem } from './password-rules';
import { safeNext } from './safe-next';

describe('newPasswordProblem', () => {
  it('asks for at least 10 characters that differ from the current password (docs/api.md)', () => {
    expect(newPasswordProblem('old-password', 'short')).toBe('auth.changePassword.tooShort');
    expect(newPasswordProblem('same-password', 'same-password')).toBe('auth.changePassword.sameAsOld');
    expect(newPasswordProblem('old-password', '均衡发展城乡一体化教育')).toBeUndefined();
    expect(newPasswordProblem('old', '123456789')).toBe('auth.changePassword.tooShort');
  });
});

describe('safeNext', () => {
  it('returns only same-site paths', () => {
    expect(safeNext('/schools?weak=true')).toBe('/schools?weak=true');
    expect(safeNext('https://evil.example')).toBe('/');
    expect(safeNext('//evil.example')).toBe('/');
    expect(safeNext('/\\evil.example')).toBe('/');
    expect(safeNext('/login?next=/x')).toBe('/');
    expect(safeNext(null)).toBe('/');
  });
});
