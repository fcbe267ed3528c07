import { generateDemoCounty } from '@junheng/core';
import { writeCountyWorkbook } from '@junheng/server';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { junheng } from '../testing/run';

let dir: string;
let file: string;
const data = generateDemoCounty({ seed: 7, schoolYears: ['2024-2025'] });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'junheng-import-'));
  file = join(dir, 'county.xlsx');
  await writeFile(file, await writeCountyWorkbook(data));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('junheng import', () => {
  it('--dry-run validates and writes nothing; then the import writes, and a second one replaces the year', async () => {
    const db = join(dir, 'db');
    const dry = await junheng('import', file, '--dry-run', '--data', db);
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('dry run');
    expect(dry.out).toContain(`${data.teachers.length} 条教师`);

    const first = await junheng('import', file, '--data', db);
    expect(first.code).toBe(0);
    expect(first.out).toContain('已导入 / imported');
    expect(first.out).not.toContain('replaced');

    const again = await junheng('import', file, '--data', db);
    expect(again.out).toContain(`replaced: ${data.stats.length} stats, ${data.teachers.length} teachers`);
  }, 60_000);

  it('refuses a workbook of another county than --county', async () => {
    const r = await junheng('import', file, '--county', '110101', '--dry-run');
    expect(r.code).toBe(1);
    expect(r.err).toContain('110101');
  });
});
