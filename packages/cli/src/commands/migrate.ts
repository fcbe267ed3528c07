import type { Command } from 'commander';
import { openMigrated } from '../database';

export function registerMigrate(program: Command): void {
  program
    .command('migrate')
    .description('应用数据库迁移 / apply database migrations')
    .option('--data <dir>', 'PGlite data directory / 数据目录', './data')
    .action(async (options: { data: string }) => {
      const database = await openMigrated(options);
      await database.close();
      console.log(`数据库已是最新 / database is up to date (${database.kind})`);
    });
}
