// User management (docs/api.md, Auth and users): only admin, city and county users manage accounts, within
// their scope and never above their own role. New and reset passwords are random and must be changed.
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { users } from '../db/schema';
import { recordAudit } from '../audit/service';
import { hashPassword, randomPassword } from '../auth/passwords';
import { deleteUserSessions, forgetUser } from '../auth/sessions';
import { roleRank, scopeLevelOf, SYSTEM_ACTOR, type Actor, type Role } from '../auth/roles';
import type { Clock } from '../shared/clock';
import { DomainError, isUniqueViolation } from '../shared/errors';
import { auditedUser, presentUser, type UserView } from './present';
import * as repo from './repository';
import type { CreateUserInput, UpdateUserInput, UserListQuery } from './schema';

function assertManager(actor: Actor): void {
  if (actor.role !== 'admin' && actor.role !== 'city' && actor.role !== 'county') {
    throw new DomainError('FORBIDDEN', 'only admin, city and county users manage accounts / 无权管理账号');
  }
}

function managerScope(actor: Actor): repo.UserScopeFilter {
  if (actor.role === 'admin') return { cityId: null, countyId: null };
  if (actor.role === 'city')
    return { cityId: actor.cityId ?? '00000000-0000-0000-0000-000000000000', countyId: null };
  return { cityId: null, countyId: actor.countyId ?? '00000000-0000-0000-0000-000000000000' };
}

function inManagerScope(actor: Actor, target: { cityId: string | null; countyId: string | null }): boolean {
  if (actor.role === 'admin') return true;
  if (actor.role === 'city') return actor.cityId !== null && target.cityId === actor.cityId;
  return actor.countyId !== null && target.countyId === actor.countyId;
}

export async function listUsersFor(db: Db, actor: Actor, query: UserListQuery) {
  assertManager(actor);
  const { items, total } = await repo.listUsers(db, managerScope(actor), query);
  return { items: items.map(presentUser), total };
}

/** Fills in the scope columns a role needs (city from county, county from school) and checks they exist. */
async function resolveUserScope(
  db: Db,
  role: Role,
  input: { cityId?: string | null; countyId?: string | null; schoolId?: string | null },
): Promise<{ cityId: string | null; countyId: string | null; schoolId: string | null }> {
  const level = scopeLevelOf(role);
  if (level === 'all') return { cityId: null, countyId: null, schoolId: null };
  if (level === 'school') {
    if (!input.schoolId) throw new DomainError('VALIDATION_FAILED', `role ${role} needs schoolId / 需要学校`);
    const countyId = await repo.schoolCounty(db, input.schoolId);
    if (!countyId) throw new DomainError('SCHOOL_NOT_FOUND', 'school not found / 学校不存在');
    return { cityId: await repo.countyCity(db, countyId), countyId, schoolId: input.schoolId };
  }
  if (level === 'county') {
    if (!input.countyId) throw new DomainError('VALIDATION_FAILED', `role ${role} needs countyId / 需要县区`);
    const cityId = await repo.countyCity(db, input.countyId);
    if (!cityId) throw new DomainError('COUNTY_NOT_FOUND', 'county not found / 县区不存在');
    return { cityId, countyId: input.countyId, schoolId: null };
  }
  const cityId = input.cityId ?? (input.countyId ? await repo.countyCity(db, input.countyId) : null);
  if (!cityId) throw new DomainError('VALIDATION_FAILED', 'role city needs cityId or countyId / 需要地市');
  return { cityId, countyId: null, schoolId: null };
}

/**
 * The roster link a role keeps: a teacher account must name a code on its school's roster (it is what the
 * teacher may read about people); every other role has none.
 */
async function linkedTeacherCode(
  db: Db,
  role: Role,
  scope: { countyId: string | null; schoolId: string | null },
  teacherCode: string | null | undefined,
): Promise<string | null> {
  if (role !== 'teacher') {
    if (teacherCode) {
      throw new DomainError(
        'VALIDATION_FAILED',
        'only teacher accounts link to the roster / 仅教师账号关联教师编号',
      );
    }
    return null;
  }
  if (!teacherCode) {
    throw new DomainError('VALIDATION_FAILED', 'role teacher needs teacherCode / 教师账号须关联教师编号');
  }
  if (
    !scope.countyId ||
    !scope.schoolId ||
    !(await repo.onSchoolRoster(db, scope.countyId, scope.schoolId, teacherCode))
  ) {
    throw new DomainError(
      'TEACHER_NOT_FOUND',
      `teacher code ${teacherCode} is not on the school's roster / 该校教师名册中没有编号 ${teacherCode}`,
    );
  }
  return teacherCode;
}

export async function createUser(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: CreateUserInput,
): Promise<{ user: UserView; initialPassword: string }> {
  assertManager(actor);
  if (roleRank(input.role) > roleRank(actor.role)) {
    throw new DomainError('FORBIDDEN', 'cannot create a user above your own role / 不能创建高于自身的角色');
  }
  // A county manager's users live in that county, whatever the body says.
  const requested =
    actor.role === 'county' && !input.schoolId ? { ...input, countyId: actor.countyId } : { ...input };
  const scope = await resolveUserScope(db, input.role, requested);
  if (!inManagerScope(actor, scope)) {
    throw new DomainError('FORBIDDEN', 'target scope is outside yours / 超出管理范围');
  }
  const teacherCode = await linkedTeacherCode(db, input.role, scope, input.teacherCode);
  const initialPassword = input.password ?? randomPassword();
  const passwordHash = await hashPassword(initialPassword);
  try {
    const user = await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(users)
        .values({
          username: input.username,
          displayName: input.displayName,
          role: input.role,
          passwordHash,
          ...scope,
          teacherCode,
          mustChangePassword: true,
          createdAt: clock(),
        })
        .returning();
      if (!row) throw new Error('insert returned no row');
      await recordAudit(tx, clock, {
        actor,
        countyId: row.countyId,
        entity: 'user',
        entityId: row.id,
        action: 'create',
        after: auditedUser(row),
      });
      return row;
    });
    return { user: presentUser(user), initialPassword };
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new DomainError('USER_CONFLICT', `username ${input.username} is taken / 用户名已存在`);
    }
    throw error;
  }
}

export async function updateUser(
  db: Db,
  clock: Clock,
  actor: Actor,
  id: string,
  input: UpdateUserInput,
): Promise<{ user: UserView; initialPassword?: string }> {
  assertManager(actor);
  const target = await repo.findUser(db, id);
  if (!target || !inManagerScope(actor, target))
    throw new DomainError('USER_NOT_FOUND', 'user not found / 用户不存在');
  if (roleRank(target.role as Role) > roleRank(actor.role)) {
    throw new DomainError('FORBIDDEN', 'cannot change a user above your own role / 不能修改更高角色');
  }
  if (input.role && roleRank(input.role) > roleRank(actor.role)) {
    throw new DomainError('FORBIDDEN', 'cannot grant a role above your own / 不能授予更高角色');
  }
  if (input.role && scopeLevelOf(input.role) !== scopeLevelOf(target.role as Role)) {
    // Moving between scope levels needs a new scope (county/school); recreate the account instead.
    throw new DomainError(
      'VALIDATION_FAILED',
      'role change must keep the scope level / 角色变更须保持同级范围',
    );
  }
  if (target.id === actor.id && (input.disabled || input.role)) {
    throw new DomainError('FORBIDDEN', 'cannot disable or re-role yourself / 不能停用或修改自己的角色');
  }
  const nextRole = input.role ?? (target.role as Role);
  const teacherCode = await linkedTeacherCode(
    db,
    nextRole,
    target,
    input.teacherCode !== undefined ? input.teacherCode : nextRole === 'teacher' ? target.teacherCode : null,
  );
  const relinked = teacherCode !== target.teacherCode;
  const initialPassword = input.resetPassword ? randomPassword() : undefined;
  const passwordHash = initialPassword ? await hashPassword(initialPassword) : undefined;
  const updated = await db.transaction(async (tx) => {
    const [row] = await tx
      .update(users)
      .set({
        ...(input.displayName !== undefined ? { displayName: input.displayName } : {}),
        ...(input.role !== undefined ? { role: input.role } : {}),
        ...(input.disabled !== undefined ? { disabled: input.disabled } : {}),
        ...(relinked ? { teacherCode } : {}),
        ...(passwordHash
          ? { passwordHash, mustChangePassword: true, failedLogins: 0, lockedUntil: null }
          : {}),
      })
      .where(eq(users.id, id))
      .returning();
    if (!row) throw new DomainError('USER_NOT_FOUND', 'user not found / 用户不存在');
    // What the account may read changes with its role or roster link: its sessions end.
    if (input.disabled || passwordHash || input.role || relinked) await deleteUserSessions(tx, id);
    else forgetUser(id);
    await recordAudit(tx, clock, {
      actor,
      countyId: row.countyId,
      entity: 'user',
      entityId: row.id,
      action: 'update',
      before: auditedUser(target),
      after: { ...auditedUser(row), ...(passwordHash ? { passwordReset: true } : {}) },
    });
    return row;
  });
  return initialPassword ? { user: presentUser(updated), initialPassword } : { user: presentUser(updated) };
}

/** First start: an `admin` with a random password printed once and a forced change. Null when one exists. */
export async function ensureAdmin(db: Db, clock: Clock): Promise<string | null> {
  if (await repo.hasAdmin(db)) return null;
  const { initialPassword } = await createUser(db, clock, SYSTEM_ACTOR, {
    username: 'admin',
    displayName: '系统管理员',
    role: 'admin',
  });
  return initialPassword;
}

export async function userIdByName(db: Db, username: string): Promise<string> {
  const user = await repo.findUserByName(db, username);
  if (!user) throw new DomainError('USER_NOT_FOUND', `no user ${username} / 用户不存在`);
  return user.id;
}
