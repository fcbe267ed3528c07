// `junheng plan rotation`: the teacher rotation plan (ROT-3) for a county workbook or a stored county, with the
// quota check, the shortfalls and the effect on the teacher indicators (ROT-4) — as a table, JSON or the notice
// workbook. The campaign month defaults to the September after the school year, when stints start.
import {
  planRotation,
  ROTATION_POLICY_PRESETS,
  type CountyData,
  type RotationPolicy,
  type RotationPolicyPreset,
  type SchoolCommunities,
  type SchoolYear,
} from '@junheng/core';
import {
  canonicalOrder,
  communityRolesOf,
  countyIdByCode,
  policyFromJson,
  readCountyData,
  readCountyWorkbook,
  writeRotationNotice,
} from '@junheng/server';
import type { Command } from 'commander';
import { readFile, writeFile } from 'node:fs/promises';
import { openMigrated } from '../database';
import { EXIT_USAGE, EXIT_USER } from '../exit-codes';
import { printIssues } from '../report/issues-text';
import { rotationPlanText } from './plan-rotation-text';

interface PlanOptions {
  file?: string;
  county?: string;
  data: string;
  year: string;
  policy: string;
  month?: string;
  format: string;
  out?: string;
}

const FORMATS = ['table', 'json', 'xlsx'];

async function policyOf(spec: string): Promise<RotationPolicy | null> {
  if (spec in ROTATION_POLICY_PRESETS) return ROTATION_POLICY_PRESETS[spec as RotationPolicyPreset];
  try {
    return policyFromJson(await readFile(spec, 'utf8'));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    console.error(`交流政策无效 / invalid policy ${spec}: ${detail}`);
    return null;
  }
}

interface PlanData {
  data: CountyData;
  /** A stored county's communities as of the campaign month (a workbook has none). */
  communities?: SchoolCommunities;
}

async function countyData(o: PlanOptions, year: SchoolYear, campaignMonth: string): Promise<PlanData | null> {
  if (o.file) {
    process.stderr.write(`读取 / reading ${o.file} …\n`);
    const { data, issues } = await readCountyWorkbook(o.file);
    printIssues(issues);
    return data ? { data } : null;
  }
  const database = await openMigrated(o);
  try {
    const countyId = await countyIdByCode(database.db, o.county ?? '');
    return {
      data: await readCountyData(database.db, countyId, [year]),
      // As a campaign in the server reads them: the lead ↔ member direction needs them.
      communities: await communityRolesOf(database.db, countyId, campaignMonth),
    };
  } finally {
    await database.close();
  }
}

function usage(program: Command, o: PlanOptions): void {
  const fail = (message: string) => program.error(message, { exitCode: EXIT_USAGE });
  if ((o.file === undefined) === (o.county === undefined))
    fail('give --file or --county / 须指定 --file 或 --county');
  if (!/^\d{4}-\d{4}$/.test(o.year)) fail('school year must look like 2024-2025 / 学年格式应为 2024-2025');
  if (o.month !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/.test(o.month))
    fail('month must look like 2025-09 / 月份格式应为 2025-09');
  if (!FORMATS.includes(o.format)) fail(`unknown format / 未知格式: ${o.format}`);
  if (o.format === 'xlsx' && !o.out) fail('--format xlsx needs --out <file.xlsx> / xlsx 格式须指定 --out');
}

async function run(program: Command, o: PlanOptions): Promise<void> {
  usage(program, o);
  const policy = await policyOf(o.policy);
  if (!policy) return void (process.exitCode = EXIT_USER);
  const schoolYear = o.year as SchoolYear;
  const campaignMonth = o.month ?? `${schoolYear.slice(5)}-09`;
  const read = await countyData(o, schoolYear, campaignMonth);
  if (!read) return void (process.exitCode = EXIT_USER);
  const { data, communities } = read;
  if (!data.stats.some((s) => s.schoolYear === schoolYear)) {
    console.error(`没有 ${schoolYear} 学年的办学条件 / no statistics for ${schoolYear}`);
    return void (process.exitCode = EXIT_USER);
  }
  const plan = planRotation({
    ...canonicalOrder(data),
    schoolYear,
    campaignMonth,
    policy,
    ...(communities !== undefined ? { communities } : {}),
  });
  const title = `${data.county.name} ${schoolYear}学年 教师交流轮岗方案（${policy.zh}，${campaignMonth} 起）`;
  const names = new Map(data.schools.map((s) => [s.schoolCode, s.name]));
  const body =
    o.format === 'xlsx'
      ? await writeRotationNotice({ ...plan, title, policyName: policy.zh, schoolNames: names })
      : o.format === 'json'
        ? JSON.stringify({ schoolYear, campaignMonth, policy: policy.id, ...plan }, null, 2) + '\n'
        : rotationPlanText(plan, data, title);
  if (o.out) {
    await writeFile(o.out, body);
    console.error(`已写入 / written: ${o.out}`);
  } else process.stdout.write(body);
}

export function registerPlan(program: Command): void {
  const plan = program.command('plan').description('规划 / planners');
  plan
    .command('rotation')
    .description('教师交流轮岗方案 / plan teacher rotation for a county workbook or a stored county')
    .option('--file <file.xlsx>', 'county workbook / 县域数据工作簿')
    .option(
      '--county <code>',
      'stored county by division code, with its communities / 已入库县区代码（含共同体，供 leadMember 方向）',
    )
    .option('--data <dir>', 'PGlite data directory / 数据目录 (ignored when DATABASE_URL is set)', './data')
    .requiredOption('--year <schoolYear>', 'school year of the roster / 学年, e.g. 2024-2025')
    .option(
      '--policy <preset|file.json>',
      `${Object.keys(ROTATION_POLICY_PRESETS).join(' | ')} | file.json`,
      'national',
    )
    .option('--month <YYYY-MM>', 'month the stints start / 交流起始月份 (default: September after the year)')
    .option('--format <format>', 'table | json | xlsx', 'table')
    .option('--out <file>', 'write to a file instead of the terminal / 输出文件 (required for xlsx)')
    .action((options: PlanOptions) => run(program, options));
}
