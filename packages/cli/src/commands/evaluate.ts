import {
  evaluateCounty,
  standardById,
  STANDARDS,
  withOverrides,
  type SchoolYear,
  type Standard,
  type StandardOverrides,
} from '@junheng/core';
import { readCountyWorkbook, writeEvaluationWorkbook } from '@junheng/server';
import type { Command } from 'commander';
import { readFile, writeFile } from 'node:fs/promises';
import { EXIT_USAGE, EXIT_USER } from '../exit-codes';
import { evaluationText } from '../report/evaluation-text';
import { printIssues } from '../report/issues-text';
import { readingProgress } from '../report/progress';

interface EvaluateOptions {
  standard: string;
  year?: string;
  overrides?: string;
  format: string;
  out?: string;
}

const FORMATS = ['table', 'json', 'xlsx'];

/** The standard with a province's overrides from a JSON file; null (after saying why) when they are invalid. */
async function overridden(base: Standard, file: string): Promise<Standard | null> {
  try {
    return withOverrides(base, JSON.parse(await readFile(file, 'utf8')) as StandardOverrides);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    console.error(`调整文件无效 / invalid overrides in ${file}: ${detail}`);
    return null;
  }
}

/** `junheng evaluate <file.xlsx>`: workbook → core → report, with no database. */
export function registerEvaluate(program: Command): void {
  program
    .command('evaluate <file>')
    .description('按督导评估办法计算差异系数（无需数据库） / evaluate a county workbook (no database needed)')
    .option('--standard <id>', `standard / 评估标准: ${Object.keys(STANDARDS).join(' | ')}`, 'quality-2017')
    .option('--year <schoolYear>', 'school year / 学年, e.g. 2024-2025 (default: the latest in the file)')
    .option('--overrides <file.json>', 'provincial overrides of the standard / 省级调整（JSON）')
    .option('--format <format>', 'table | json | xlsx', 'table')
    .option('--out <file>', 'write to a file instead of the terminal / 输出文件 (required for xlsx)')
    .action(async (file: string, options: EvaluateOptions) => {
      const base = standardById(options.standard);
      if (!base) program.error(`unknown standard / 未知标准: ${options.standard}`, { exitCode: EXIT_USAGE });
      if (!FORMATS.includes(options.format)) {
        program.error(`unknown format / 未知格式: ${options.format}`, { exitCode: EXIT_USAGE });
      }
      if (options.year !== undefined && !/^\d{4}-\d{4}$/.test(options.year)) {
        program.error(`school year must look like 2024-2025 / 学年格式应为 2024-2025`, {
          exitCode: EXIT_USAGE,
        });
      }
      if (options.format === 'xlsx' && !options.out) {
        program.error('--format xlsx needs --out <file.xlsx> / xlsx 格式须指定 --out', {
          exitCode: EXIT_USAGE,
        });
      }
      const standard = options.overrides ? await overridden(base, options.overrides) : base;
      if (!standard) {
        process.exitCode = EXIT_USER;
        return;
      }
      process.stderr.write(`读取 / reading ${file} …\n`);
      const { data, issues } = await readCountyWorkbook(file, { onProgress: readingProgress() });
      printIssues(issues);
      if (!data) {
        process.exitCode = EXIT_USER;
        return;
      }
      const schoolYear = options.year as SchoolYear | undefined;
      if (schoolYear && !data.stats.some((s) => s.schoolYear === schoolYear)) {
        console.error(
          `工作簿中没有 ${schoolYear} 学年的办学条件 / the workbook has no statistics for ${schoolYear}`,
        );
        process.exitCode = EXIT_USER;
        return;
      }
      const report = evaluateCounty(data, standard, { schoolYear });
      const body =
        options.format === 'xlsx'
          ? await writeEvaluationWorkbook(report, standard)
          : options.format === 'json'
            ? JSON.stringify(report, null, 2) + '\n'
            : evaluationText(report);
      if (options.out) {
        await writeFile(options.out, body);
        console.error(`已写入 / written: ${options.out}`);
      } else process.stdout.write(body);
    });
}
