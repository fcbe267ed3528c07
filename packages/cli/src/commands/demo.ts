import { loadDemo, systemClock } from '@junheng/server';
import type { Command } from 'commander';
import { openMigrated } from '../database';
import { parseSeed } from '../options';
import { printAccounts } from './serve';

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('载入示例县数据与示例账号 / load the demo county and demo accounts')
    .option('--seed <n>', 'random seed / 随机种子', '2025')
    .option('--data <dir>', 'PGlite data directory / 数据目录', './data')
    .action(async (options: { seed: string; data: string }) => {
      const seed = parseSeed(program, options.seed);
      const database = await openMigrated(options);
      try {
        const { load, accounts } = await loadDemo(database.db, systemClock, seed);
        console.log(
          `已载入 / loaded: ${load.schools} 所学校 schools, ${load.stats} 条办学条件 stats, ${load.teachers} 条教师 teachers`,
        );
        printAccounts(accounts);
      } finally {
        await database.close();
      }
    });
}
