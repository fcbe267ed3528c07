import { generateDemoCounty } from '@junheng/core';
import { writeCountyWorkbook, writeTemplate } from '@junheng/server';
import type { Command } from 'commander';
import { writeFile } from 'node:fs/promises';
import { parseSeed } from '../options';

/** `junheng workbook template|demo <out.xlsx>`: the county workbook of import-template.md, empty or filled. */
export function registerWorkbook(program: Command): void {
  const workbook = program.command('workbook').description('县域数据工作簿 / the county workbook (Excel)');
  workbook
    .command('template <out>')
    .description('下载空白模板 / write the empty template with dropdowns, an example row and notes')
    .action(async (out: string) => {
      await writeFile(out, await writeTemplate());
      console.log(`已写入模板 / template written: ${out}`);
    });
  workbook
    .command('demo <out>')
    .description('导出示例县工作簿 / write the demo county as a filled workbook')
    .option('--seed <n>', 'random seed / 随机种子', '2025')
    .action(async (out: string, options: { seed: string }) => {
      const data = generateDemoCounty({ seed: parseSeed(program, options.seed) });
      await writeFile(out, await writeCountyWorkbook(data));
      console.log(
        `已写入 / written: ${out}（${data.schools.length} 所学校 schools, ${data.teachers.length} 条教师 teacher rows）`,
      );
    });
}
