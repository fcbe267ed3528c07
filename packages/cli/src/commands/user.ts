import {
  createUser,
  listUsersFor,
  ROLES,
  SYSTEM_ACTOR,
  systemClock,
  updateUser,
  userIdByName,
  type Database,
  type Role,
} from '@junheng/server';
import { Option, type Command } from 'commander';
import { openMigrated } from '../database';

async function withDb<T>(data: string, run: (database: Database) => Promise<T>): Promise<T> {
  const database = await openMigrated({ data });
  try {
    return await run(database);
  } finally {
    await database.close();
  }
}

export function registerUser(program: Command): void {
  const user = program
    .command('user')
    .description('账号管理 / manage accounts (acts as the system administrator)');
  const dataOption = () => new Option('--data <dir>', 'PGlite data directory / 数据目录').default('./data');

  user
    .command('add <username>')
    .description('新建账号 / add an account; prints its one-time password')
    .addOption(new Option('--role <role>', 'role / 角色').choices(ROLES).makeOptionMandatory())
    .option('--name <displayName>', 'display name / 显示名')
    .option('--county <countyId>', 'county id (county-level roles) / 县区 ID')
    .option('--school <schoolId>', 'school id (school, teacher) / 学校 ID')
    .option('--city <cityId>', 'city id (city role) / 地市 ID')
    .addOption(dataOption())
    .action(
      async (
        username: string,
        o: { role: Role; name?: string; county?: string; school?: string; city?: string; data: string },
      ) => {
        await withDb(o.data, async ({ db }) => {
          const { user: created, initialPassword } = await createUser(db, systemClock, SYSTEM_ACTOR, {
            username,
            displayName: o.name ?? username,
            role: o.role,
            countyId: o.county ?? null,
            schoolId: o.school ?? null,
            cityId: o.city ?? null,
          });
          console.log(
            `已创建 / created ${created.username} (${created.role}); 一次性密码 / one-time password: ${initialPassword}`,
          );
        });
      },
    );

  user
    .command('list')
    .description('列出账号 / list accounts')
    .addOption(dataOption())
    .action(async (o: { data: string }) => {
      await withDb(o.data, async ({ db }) => {
        const { items } = await listUsersFor(db, SYSTEM_ACTOR, { page: 1, pageSize: 500 });
        for (const u of items) {
          console.log(
            [
              u.username.padEnd(20),
              u.role.padEnd(11),
              u.disabled ? 'disabled' : 'active',
              u.displayName,
            ].join(' '),
          );
        }
      });
    });

  user
    .command('reset-password <username>')
    .description('重置密码 / reset a password; prints the new one-time password')
    .addOption(dataOption())
    .action(async (username: string, o: { data: string }) => {
      await withDb(o.data, async ({ db }) => {
        const id = await userIdByName(db, username);
        const { initialPassword } = await updateUser(db, systemClock, SYSTEM_ACTOR, id, {
          resetPassword: true,
        });
        console.log(`新的一次性密码 / new one-time password for ${username}: ${initialPassword}`);
      });
    });

  user
    .command('disable <username>')
    .description('停用账号 / disable an account and end its sessions')
    .addOption(dataOption())
    .action(async (username: string, o: { data: string }) => {
      await withDb(o.data, async ({ db }) => {
        const id = await userIdByName(db, username);
        await updateUser(db, systemClock, SYSTEM_ACTOR, id, { disabled: true });
        console.log(`已停用 / disabled ${username}`);
      });
    });
}
