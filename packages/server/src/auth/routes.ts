import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../http/context';
import { requireActor } from '../http/context';
import { DomainError } from '../shared/errors';
import { findUser } from '../users/repository';
import { presentUser } from '../users/present';
import { CSRF_COOKIE, SESSION_COOKIE, csrfTokenFor } from './hooks';
import { SESSION_TTL_MS } from './sessions';
import { changePassword, login, logout, type LockoutPolicy } from './service';

export interface AuthRouteOptions {
  ctx: AppContext;
  lockout: LockoutPolicy;
  loginRateLimit: { max: number; timeWindow: number };
  secureCookies: boolean;
}

export const authRoutes: FastifyPluginAsyncZod<AuthRouteOptions> = async (
  app,
  { ctx, lockout, loginRateLimit, secureCookies },
) => {
  const cookieBase = {
    path: '/',
    sameSite: 'strict' as const,
    secure: secureCookies,
    maxAge: SESSION_TTL_MS / 1000,
  };

  app.post(
    '/auth/login',
    {
      config: { access: 'public', rateLimit: loginRateLimit },
      schema: {
        tags: ['auth'],
        body: z.object({ username: z.string().min(1).max(64), password: z.string().min(1).max(200) }),
      },
    },
    async (request, reply) => {
      const { user, token } = await login(ctx.db, ctx.clock, request.body, lockout);
      reply.setCookie(SESSION_COOKIE, token, { ...cookieBase, httpOnly: true });
      // Readable by the web client, which echoes it in x-csrf-token; bound to this session (hooks.ts).
      reply.setCookie(CSRF_COOKIE, csrfTokenFor(token), { ...cookieBase, httpOnly: false });
      return { user: presentUser(user) };
    },
  );

  app.post(
    '/auth/logout',
    { config: { access: 'passwordChange' }, schema: { tags: ['auth'] } },
    async (request, reply) => {
      await logout(ctx.db, ctx.clock, requireActor(request), request.sessionToken ?? '');
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      reply.clearCookie(CSRF_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  );

  app.get(
    '/auth/me',
    { config: { access: 'passwordChange' }, schema: { tags: ['auth'] } },
    async (request) => {
      const user = await findUser(ctx.db, requireActor(request).id);
      if (!user) throw new DomainError('UNAUTHENTICATED', 'not logged in / 未登录');
      return { user: presentUser(user) };
    },
  );

  app.post(
    '/auth/change-password',
    {
      config: { access: 'passwordChange' },
      schema: {
        tags: ['auth'],
        body: z.object({
          currentPassword: z.string().min(1).max(200),
          newPassword: z.string().min(1).max(200),
        }),
      },
    },
    async (request) => {
      await changePassword(ctx.db, ctx.clock, requireActor(request), request.body, request.sessionToken);
      return { ok: true as const };
    },
  );
};
