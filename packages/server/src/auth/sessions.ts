// Server-side sessions: the cookie holds a random token, the table holds its SHA-256, so reading the table does
// not let anyone log in.
import { and, eq, gt, ne } from 'drizzle-orm';
import { createHash, randomBytes } from 'node:crypto';
import type { Executor } from '../db/client';
import { sessions, users } from '../db/schema';
import type { Clock } from '../shared/clock';

export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function createSession(db: Executor, clock: Clock, userId: string): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const now = clock();
  await db.insert(sessions).values({
    tokenHash: tokenHash(token),
    userId,
    createdAt: now,
    expiresAt: new Date(now.getTime() + SESSION_TTL_MS),
  });
  return token;
}

export type UserRecord = typeof users.$inferSelect;

// Every request checks its session; remembering the answer for a few seconds saves a query per request. Whatever
// ends or changes a session or its user in this process forgets the entries at once; a change made by another
// process (a second server, the CLI) shows within CACHE_TTL_MS. Keys are SHA-256 hashes of random tokens, so one
// process-wide map serves every database.
const CACHE_TTL_MS = 5_000;
const CACHE_MAX = 10_000;
const cache = new Map<string, { user: UserRecord; userId: string; until: number; expiresAt: number }>();

/** Drops the cached sessions of a user (after any change to the user or its sessions). */
export function forgetUser(userId: string): void {
  for (const [hash, entry] of cache) if (entry.userId === userId) cache.delete(hash);
}

export async function findSessionUser(db: Executor, clock: Clock, token: string): Promise<UserRecord | null> {
  const hash = tokenHash(token);
  const now = clock().getTime();
  const hit = cache.get(hash);
  if (hit && hit.until > now && hit.expiresAt > now) return hit.user;
  cache.delete(hash);
  const user = await loadSessionUser(db, clock, hash);
  if (user) {
    if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value as string);
    cache.set(hash, {
      user: user.user,
      userId: user.user.id,
      until: now + CACHE_TTL_MS,
      expiresAt: user.expiresAt,
    });
  }
  return user?.user ?? null;
}

async function loadSessionUser(
  db: Executor,
  clock: Clock,
  hash: string,
): Promise<{ user: UserRecord; expiresAt: number } | null> {
  const [row] = await db
    .select({ user: users, expiresAt: sessions.expiresAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, hash), gt(sessions.expiresAt, clock())));
  if (!row || row.user.disabled) return null;
  return { user: row.user, expiresAt: row.expiresAt.getTime() };
}

export async function deleteSession(db: Executor, token: string): Promise<void> {
  cache.delete(tokenHash(token));
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash(token)));
}

/** Ends every session of a user, except the one whose token is given (the caller's own). */
export async function deleteUserSessions(
  db: Executor,
  userId: string,
  keepToken: string | null = null,
): Promise<void> {
  forgetUser(userId);
  const keep = keepToken ? ne(sessions.tokenHash, tokenHash(keepToken)) : undefined;
  await db.delete(sessions).where(and(eq(sessions.userId, userId), keep));
}
