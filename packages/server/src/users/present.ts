import type { users } from '../db/schema';
import type { Actor, Role } from '../auth/roles';

type UserRecord = typeof users.$inferSelect;

/** `User` of docs/api.md: never the hash, lockout counters or anything else internal. */
export interface UserView {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  cityId: string | null;
  countyId: string | null;
  schoolId: string | null;
  /** The roster code a teacher account is linked to (null for other roles). */
  teacherCode: string | null;
  mustChangePassword: boolean;
  disabled: boolean;
  lastLoginAt: string | null;
}

export function presentUser(u: UserRecord): UserView {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role as Role,
    cityId: u.cityId,
    countyId: u.countyId,
    schoolId: u.schoolId,
    teacherCode: u.teacherCode,
    mustChangePassword: u.mustChangePassword,
    disabled: u.disabled,
    lastLoginAt: u.lastLoginAt ? u.lastLoginAt.toISOString() : null,
  };
}

export function actorOf(u: UserRecord): Actor {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role as Role,
    cityId: u.cityId,
    countyId: u.countyId,
    schoolId: u.schoolId,
    teacherCode: u.teacherCode,
  };
}

/** What an audit entry keeps of a user: no password hash. */
export function auditedUser(u: UserRecord): Record<string, unknown> {
  const { passwordHash: _hash, failedLogins: _f, lockedUntil: _l, ...rest } = u;
  return rest;
}
