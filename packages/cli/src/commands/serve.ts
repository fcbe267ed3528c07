import { buildApp, ensureAdmin, hasSchools, loadDemo, systemClock, type DemoAccount } from '@junheng/server';
import type { Command } from 'commander';
import { fileURLToPath } from 'node:url';
import { openMigrated } from '../database';

const WEB_DIST = fileURLToPath(new URL('../../../web/dist', import.meta.url));

export function printAccounts(accounts: DemoAccount[]): void {
  console.log('示例账号 / demo accounts:');
  for (const a of accounts) console.log(`  ${a.username.padEnd(16)} ${a.role.padEnd(10)} ${a.password}`);
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('启动服务 / start the web server (migrates the database first)')
    .option('--port <port>', 'port / 端口', '8080')
    .option('--host <host>', 'host / 监听地址', '127.0.0.1')
    .option('--data <dir>', 'PGlite data directory / 数据目录 (ignored when DATABASE_URL is set)', './data')
    .option('--demo-if-empty', 'load the demo county when there are no schools / 空库时载入示例县')
    .action(async (options: { port: string; host: string; data: string; demoIfEmpty?: boolean }) => {
      const port = Number(options.port);
      if (!Number.isInteger(port) || port <= 0 || port > 65535) {
        program.error(`invalid port / 端口无效: ${options.port}`, { exitCode: 2 });
      }
      const database = await openMigrated(options);
      const clock = systemClock;
      const adminPassword = await ensureAdmin(database.db, clock);
      let accounts: DemoAccount[] = [];
      if (options.demoIfEmpty && !(await hasSchools(database.db))) {
        console.log('载入示例县 / loading the demo county …');
        accounts = (await loadDemo(database.db, clock)).accounts;
      }
      const app = await buildApp({
        db: database.db,
        clock,
        logger: { level: 'warn' },
        webDist: WEB_DIST,
        readCache: true,
      });
      const close = async () => {
        await app.close();
        await database.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void close());
      process.once('SIGTERM', () => void close());
      await app.listen({ port, host: options.host });
      console.log(`均衡 Junheng: http://${options.host}:${port}`);
      if (adminPassword) {
        console.log(`管理员 / admin: admin  一次性密码 / one-time password: ${adminPassword}`);
        console.log('首次登录须修改密码 / change it at first login.');
      }
      if (accounts.length > 0) printAccounts(accounts);
    });
}
