import type { FastifyRequest } from 'fastify';
import type { Db } from '../db/client';
import type { Actor } from '../auth/roles';
import { resolveScope, type Scope } from '../auth/scope';
import type { Clock } from '../shared/clock';
import type { ReadCache } from './read-cache';
import { DomainError } from '../shared/errors';

/** What route modules need from the app: the database and the clock. */
export interface AppContext {
  db: Db;
  clock: Clock;
  /** Remembered list answers (read-cache.ts); null when the app runs without it. */
  readCache: ReadCache | null;
}

/** Through the read cache when there is one. */
export function cachedRead<T>(ctx: AppContext, key: unknown, compute: () => Promise<T>): Promise<T> {
  return ctx.readCache ? ctx.readCache.read(JSON.stringify(key), compute) : compute();
}

/** How a route is guarded: most need a session; login is public; me/logout/change-password stay open to a
 *  user who must change the password first. */
export type RouteAccess = 'public' | 'passwordChange' | 'session';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    sessionToken: string | null;
    mustChangePassword: boolean;
  }
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
}

export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new DomainError('UNAUTHENTICATED', 'not logged in / 未登录');
  return request.actor;
}

export async function actorAndScope(
  ctx: AppContext,
  request: FastifyRequest,
): Promise<{ actor: Actor; scope: Scope }> {
  const actor = requireActor(request);
  return { actor, scope: await resolveScope(ctx.db, actor) };
}
