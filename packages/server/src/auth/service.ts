// Login, logout and password change. Lockout after repeated failures stops online guessing against one account;
// the per-IP rate limit (app.ts) stops guessing across accounts.
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { users } from '../db/schema';
import { recordAudit } from '../audit/service';
import type { Clock } from '../shared/clock';
import { DomainError } from '../shared/errors';
import { actorOf } from '../users/present';
import { MIN_PASSWORD_LENGTH, dummyPasswordHash, hashPassword, verifyPassword } from './passwords';
import { createSession, deleteSession, deleteUserSessions, type UserRecord } from './sessions';
import type { Actor } from './roles';

export interface LockoutPolicy {
  maxFailures: number;
  lockMs: number;
}

export const DEFAULT_LOCKOUT: LockoutPolicy = { maxFailures: 5, lockMs: 15 * 60 * 1000 };

export async function login(
  db: Db,
  clock: Clock,
  input: { username: string; password: string },
  policy: LockoutPolicy = DEFAULT_LOCKOUT,
): Promise<{ user: UserRecord; token: string }> {
  const [user] = await db.select().from(users).where(eq(users.username, input.username));
  if (!user) {
    await verifyPassword(await dummyPasswordHash(), input.password);
    throw new DomainError('INVALID_CREDENTIALS', 'wrong username or password / 用户名或密码错误');
  }
  const now = clock();
  if (user.lockedUntil && user.lockedUntil > now) {
    throw new DomainError('ACCOUNT_LOCKED', 'account locked, try again later / 账号已锁定，请稍后再试', {
      lockedUntil: user.lockedUntil.toISOString(),
    });
  }
  const ok = await verifyPassword(user.passwordHash, input.password);
  if (!ok || user.disabled) {
    if (!ok) {
      const failures = user.failedLogins + 1;
      const locked = failures >= policy.maxFailures;
      await db
        .update(users)
        .set({
          failedLogins: locked ? 0 : failures,
          lockedUntil: locked ? new Date(now.getTime() + policy.lockMs) : user.lockedUntil,
        })
        .where(eq(users.id, user.id));
      if (locked) throw new DomainError('ACCOUNT_LOCKED', 'account locked / 账号已锁定');
    }
    throw new DomainError('INVALID_CREDENTIALS', 'wrong username or password / 用户名或密码错误');
  }
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(users)
      .set({ failedLogins: 0, lockedUntil: null, lastLoginAt: now })
      .where(eq(users.id, user.id))
      .returning();
    const token = await createSession(tx, clock, user.id);
    await recordAudit(tx, clock, {
      actor: actorOf(user),
      countyId: user.countyId,
      entity: 'session',
      entityId: user.id,
      action: 'login',
    });
    return { user: updated ?? user, token };
  });
}

export async function logout(db: Db, clock: Clock, actor: Actor, token: string): Promise<void> {
  await db.transaction(async (tx) => {
    await deleteSession(tx, token);
    await recordAudit(tx, clock, {
      actor,
      countyId: actor.countyId,
      entity: 'session',
      entityId: actor.id,
      action: 'logout',
    });
  });
}

export function checkNewPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new DomainError(
      'PASSWORD_INVALID',
      `password needs at least ${MIN_PASSWORD_LENGTH} characters / 密码至少 ${MIN_PASSWORD_LENGTH} 位`,
    );
  }
}

export async function changePassword(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: { currentPassword: string; newPassword: string },
  keepSessionToken: string | null,
): Promise<void> {
  const [user] = await db.select().from(users).where(eq(users.id, actor.id));
  if (!user) throw new DomainError('UNAUTHENTICATED', 'not logged in / 未登录');
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new DomainError('PASSWORD_INVALID', 'current password is wrong / 当前密码错误');
  }
  checkNewPassword(input.newPassword);
  if (input.newPassword === input.currentPassword) {
    throw new DomainError('PASSWORD_INVALID', 'new password must differ / 新密码不能与旧密码相同');
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, mustChangePassword: false }).where(eq(users.id, user.id));
    // Other sessions of this user end: a password change is how a user evicts someone who learnt the old one.
    await deleteUserSessions(tx, user.id, keepSessionToken);
    await recordAudit(tx, clock, {
      actor,
      countyId: user.countyId,
      entity: 'user',
      entityId: user.id,
      action: 'update',
      after: { passwordChanged: true },
    });
  });
}
