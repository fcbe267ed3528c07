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
): Promise<DemoAccount[]> {
  const specs: { username: string; displayName: string; role: Role; schoolId?: string }[] = [
    { username: 'demo-county', displayName: '示例县教育局', role: 'county' },
    { username: 'demo-school-1', displayName: '示例学校一', role: 'school', schoolId: schoolIds[0] },
    { username: 'demo-school-2', displayName: '示例学校二', role: 'school', schoolId: schoolIds[1] },
    { username: 'demo-inspector', displayName: '督学', role: 'inspector' },
    { username: 'demo-viewer', displayName: '访客', role: 'viewer' },
  ];
  const accounts: DemoAccount[] = [];
  for (const spec of specs) {
    const { user, initialPassword } = await createUser(db, clock, SYSTEM_ACTOR, {
      username: spec.username,
      displayName: spec.displayName,
      role: spec.role,
      countyId,
      schoolId: spec.schoolId ?? null,
    });
    await db.update(users).set({ mustChangePassword: false }).where(eq(users.id, user.id));
    accounts.push({ username: spec.username, role: spec.role, password: initialPassword });
  }
  return accounts;
}
