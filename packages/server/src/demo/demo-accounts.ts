// Accounts to explore the demo county with, one per kind of user (product.md roles). Passwords are random and
// handed back once; the demo accounts skip the forced change so a visitor can look around at once.
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { users } from '../db/schema';
import { SYSTEM_ACTOR, type Role } from '../auth/roles';
import type { Clock } from '../shared/clock';
import { createUser } from '../users/service';

export interface DemoAccount {
  username: string;
  role: Role;
  password: string;
}

export async function createDemoAccounts(
  db: Db,
  clock: Clock,
  countyId: string,
  schoolIds: [string, string],
  /** A teacher of the first school's roster, for the teacher account (it sees its own records only). */
  teacher: { code: string; name: string },
): Promise<DemoAccount[]> {
  const specs: {
    username: string;
    displayName: string;
    role: Role;
    schoolId?: string;
    teacherCode?: string;
  }[] = [
    { username: 'demo-county', displayName: '示例县教育局', role: 'county' },
    { username: 'demo-school-1', displayName: '示例学校一', role: 'school', schoolId: schoolIds[0] },
    { username: 'demo-school-2', displayName: '示例学校二', role: 'school', schoolId: schoolIds[1] },
    { username: 'demo-inspector', displayName: '督学', role: 'inspector' },
    { username: 'demo-viewer', displayName: '访客', role: 'viewer' },
    {
      username: 'demo-teacher',
      displayName: teacher.name,
      role: 'teacher',
      schoolId: schoolIds[0],
      teacherCode: teacher.code,
    },
  ];
  const accounts: DemoAccount[] = [];
  for (const spec of specs) {
    const { user, initialPassword } = await createUser(db, clock, SYSTEM_ACTOR, {
      username: spec.username,
      displayName: spec.displayName,
      role: spec.role,
      countyId,
      schoolId: spec.schoolId ?? null,
      teacherCode: spec.teacherCode ?? null,
    });
    await db.update(users).set({ mustChangePassword: false }).where(eq(users.id, user.id));
    accounts.push({ username: spec.username, role: spec.role, password: initialPassword });
  }
  return accounts;
}
