export const CSRF_COOKIE = 'jh_csrf';
export const CSRF_HEADER = 'x-csrf-token';

/** The value of one cookie in a `document.cookie` string (the CSRF token is the readable `jh_csrf`, docs/api.md). */
export function readCookie(cookieString: string, name: string): string | undefined {
  for (const part of cookieString.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() !== name) continue;
    const raw = part.slice(eq + 1).trim();
    try {
      return decodeURIComponent(raw);
    } catch {
      return raw;
    }
  }
  return undefined;
}
