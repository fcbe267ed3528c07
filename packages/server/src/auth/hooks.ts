// Authentication, CSRF and the forced password change, in that order, for every /api/v1 route: an anonymous
// caller always gets 401 (the authorisation sweep relies on it), a write without the CSRF token 403.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { createHash, timingSafeEqual } from 'node:crypto';
import type { AppContext } from '../http/context';
import { DomainError } from '../shared/errors';
import { actorOf } from '../users/present';
import { findSessionUser } from './sessions';

export const SESSION_COOKIE = 'jh_session';
export const CSRF_COOKIE = 'jh_csrf';
export const CSRF_HEADER = 'x-csrf-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The CSRF token is derived from the session token, not merely echoed from a cookie: a plain double-submit
 * cookie can be planted by a sibling subdomain ("cookie tossing"), a token bound to the session cannot. The
 * hash is one-way, so the readable jh_csrf cookie reveals nothing about the httpOnly session cookie.
 */
export function csrfTokenFor(sessionToken: string): string {
  return createHash('sha256').update(`csrf:${sessionToken}`).digest('base64url');
}

function csrfMatches(request: FastifyRequest): boolean {
  const header = request.headers[CSRF_HEADER];
  if (!request.sessionToken || typeof header !== 'string') return false;
  const expected = Buffer.from(csrfTokenFor(request.sessionToken));
  const given = Buffer.from(header);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Guard by the matched route as well as the raw URL, so no spelling of a path slips past (e.g. %2F tricks). */
function isApiRequest(request: FastifyRequest): boolean {
  return request.url.startsWith('/api/v1/') || (request.routeOptions.url ?? '').startsWith('/api/v1/');
}

export function registerAuthHooks(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionToken', null);
  app.decorateRequest('mustChangePassword', false);
  app.addHook('onRequest', async (request) => {
    if (!isApiRequest(request)) return;
    const access = request.routeOptions.config?.access ?? 'session';
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      const user = await findSessionUser(ctx.db, ctx.clock, token);
      if (user) {
        request.actor = actorOf(user);
        request.sessionToken = token;
        request.mustChangePassword = user.mustChangePassword;
      }
    }
    if (access === 'public') return;
    if (!request.actor) throw new DomainError('UNAUTHENTICATED', 'not logged in / 未登录');
    if (!SAFE_METHODS.has(request.method) && !csrfMatches(request)) {
      throw new DomainError('CSRF_INVALID', 'missing or wrong CSRF token / CSRF 校验失败');
    }
    if (request.mustChangePassword && access !== 'passwordChange') {
      throw new DomainError('PASSWORD_CHANGE_REQUIRED', 'change your password first / 请先修改密码');
    }
  });
}
