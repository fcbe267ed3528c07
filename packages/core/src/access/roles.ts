// Roles and their scopes (architecture.md, Accounts): one definition for the server's checks and the web's menu.

export const ROLES = [
  'admin',
  'city',
  'county',
  'school',
  'inspector',
  'researcher',
  'teacher',
  'viewer',
] as const;
export type Role = (typeof ROLES)[number];

/** What a role's user is attached to; every query is narrowed to it. */
export type ScopeLevel = 'all' | 'city' | 'county' | 'school';

export function scopeLevelOf(role: Role): ScopeLevel {
  switch (role) {
    case 'admin':
      return 'all';
    case 'city':
      return 'city';
    case 'county':
    case 'inspector':
    case 'researcher':
    case 'viewer':
      return 'county';
    case 'school':
    case 'teacher':
      return 'school';
  }
}

// Rank for "never above their own role": county staff roles all sit below county.
const RANK: Readonly<Record<Role, number>> = {
  admin: 4,
  city: 3,
  county: 2,
  school: 1,
  inspector: 1,
  researcher: 1,
  teacher: 0,
  viewer: 0,
};

export function roleRank(role: Role): number {
  return RANK[role];
}

/** Roles that manage accounts and read the audit log. */
export function canManageUsers(role: Role): boolean {
  return role === 'admin' || role === 'city' || role === 'county';
}

/** Roles a manager may give: none above its own. */
export function assignableRoles(role: Role): Role[] {
  if (!canManageUsers(role)) return [];
  return ROLES.filter((candidate) => roleRank(candidate) <= roleRank(role));
}

/** Roles allowed to change org and roster data (viewers, inspectors and researchers only read). */
export function canWriteOrg(role: Role): boolean {
  return role === 'admin' || role === 'city' || role === 'county' || role === 'school';
}
