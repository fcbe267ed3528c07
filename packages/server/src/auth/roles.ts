import { z } from 'zod';

import { ROLES, type Role } from '@junheng/core';

export { ROLES, roleRank, scopeLevelOf, canWriteOrg, type Role, type ScopeLevel } from '@junheng/core';
export const roleSchema = z.enum(ROLES);

/** The acting user as every service sees it (docs/api.md: a role with a scope). */
export interface Actor {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  cityId: string | null;
  countyId: string | null;
  schoolId: string | null;
  /** A teacher account's own roster code; null for every other role. */
  teacherCode: string | null;
}

/** The system itself (first start, demo load from the CLI): audited under this name, not a user. */
export const SYSTEM_ACTOR: Actor = {
  id: '00000000-0000-0000-0000-000000000000',
  username: 'system',
  displayName: 'system',
  role: 'admin',
  cityId: null,
  countyId: null,
  schoolId: null,
  teacherCode: null,
};
