import {
  readCountyWorkbookCompact,
  importCountyData,
  schoolYearsOf,
  systemClock,
  SYSTEM_ACTOR,
  WHOLE_SCOPE,
} from '@junheng/server';
import type { Command } from 'commander';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { openMigrated } from '../database';
import { EXIT_USER } from '../exit-codes';
import { printIssues } from '../report/issues-text';
import { readingProgress } from '../report/progress';

interface ImportOptions {
  county?: string;
  dryRun?: boolean;
  data: string;
}

/** `junheng import <file.xlsx>`: validate, then write in one transaction (or, with --dry-run, only report). */
export function registerImport(program: Command): void {
  program
    .command('import <file>')
    .description('导入县域数据工作簿 / import a county workbook (replaces the school years it contains)')
    .option('--county <code>', 'expected county code / 县区代码 (refuse a workbook of another county)')
    .option('--dry-run', 'validate and report only, write nothing / 仅校验，不写入')
    .option('--data <dir>', 'PGlite data directory / 数据目录 (ignored when DATABASE_URL is set)', './data')
    .action(async (file: string, options: ImportOptions) => {
      process.stderr.write(`读取 / reading ${file} …\n`);
      const bytes = await readFile(file);
      const { data, issues, counts } = await readCountyWorkbookCompact(bytes, {
        onProgress: readingProgress(),
      });
      printIssues(issues);
      if (!data) {
        console.error(`未写入 / nothing written: ${counts.errors} 个错误 errors`);
        process.exitCode = EXIT_USER;
        return;
      }
      if (options.county && options.county !== data.county.divisionCode) {
        console.error(
          `工作簿属于 ${data.county.divisionCode}，不是 ${options.county} / the workbook is county ${data.county.divisionCode}, not ${options.county}`,
        );
        process.exitCode = EXIT_USER;
        return;
      }
      const years = schoolYearsOf(data).join(', ');
      const summary = `${data.county.name}（${data.county.divisionCode}）${years}: ${counts.schools} 所学校 schools, ${counts.stats} 条办学条件 stats, ${counts.teachers} 条教师 teachers, ${counts.classes} 个班级 classes`;
      if (options.dryRun) {
        console.log(`校验通过 / valid (dry run, nothing written): ${summary}`);
        return;
      }
      process.stderr.write('写入 / writing …\n');
      const database = await openMigrated(options);
      try {
        const fingerprint = createHash('sha256').update(bytes).digest('hex');
        const outcome = await importCountyData(database.db, systemClock, SYSTEM_ACTOR, WHOLE_SCOPE, data, {
          fileName: basename(file),
          fingerprint,
        });
        const replaced = outcome.replaced;
        console.log(`已导入 / imported: ${summary}`);
        if (replaced.stats + replaced.teachers + replaced.classes > 0) {
          console.log(
            `替换 / replaced: ${replaced.stats} stats, ${replaced.teachers} teachers, ${replaced.classes} classes（已存入历史 / kept in history）`,
          );
        }
      } finally {
        await database.close();
      }
    });
}
