import {
  BASIC_2012,
  evaluateCounty,
  generateDemoCounty,
  QUALITY_2017,
  type EvaluationReport,
} from '@junheng/core';
import { writeCountyWorkbook } from '@junheng/server';
import ExcelJS from 'exceljs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { junheng } from '../testing/run';

let dir: string;
let demoFile: string;
const demo = generateDemoCounty();

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'junheng-cli-'));
  demoFile = join(dir, 'demo.xlsx');
  await writeFile(demoFile, await writeCountyWorkbook(demo));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('junheng evaluate', () => {
  it('prints a readable table of the demo county: every indicator with mean and CV to 3 decimals', async () => {
    const { out, code } = await junheng('evaluate', demoFile, '--standard', 'quality-2017');
    expect(code).toBe(0);
    const expected = evaluateCounty(demo, QUALITY_2017).counties[0];
    const books = expected?.stages.primary.indicators.find((i) => i.key === 'sportsAreaPerStudent');
    expect(out).toContain('生均体育运动场馆面积');
    expect(out).toContain(books?.cv?.toFixed(3));
    expect(out).toContain(`${expected?.stages.primary.schoolCount} 所学校`);
  });

  it('--format json has the documented keys and equals the engine on the same data (file round trip)', async () => {
    const { out, code } = await junheng('evaluate', demoFile, '--standard', 'basic-2012', '--format', 'json');
    expect(code).toBe(0);
    const report = JSON.parse(out) as EvaluationReport;
    expect(Object.keys(report)).toEqual(expect.arrayContaining(['standard', 'schoolYear', 'counties']));
    const county = report.counties[0];
    expect(Object.keys(county ?? {})).toEqual(
      expect.arrayContaining(['countyCode', 'stages', 'schools', 'excluded']),
    );
    expect(Object.keys(county?.stages.primary.indicators[0] ?? {})).toEqual(
      expect.arrayContaining(['key', 'mean', 'cv', 'threshold', 'pass']),
    );
    expect(county?.stages.primary.compositeCv).toBeTypeOf('number');
    const direct = JSON.parse(JSON.stringify(evaluateCounty(demo, BASIC_2012)));
    expect(report).toEqual(direct);
  });

  it('--format xlsx writes the self-assessment workbook with CVs to 3 decimals', async () => {
    const out = join(dir, 'report.xlsx');
    const { code } = await junheng('evaluate', demoFile, '--format', 'xlsx', '--out', out);
    expect(code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await readFile(out)) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('差异系数');
    const cells: ExcelJS.Cell[] = [];
    sheet?.eachRow((row) => row.eachCell((cell) => void cells.push(cell)));
    const cvHead = cells.find((c) => c.value === '差异系数');
    expect(cvHead).toBeDefined();
    const sports = cells.find((c) => c.value === '生均体育运动场馆面积');
    const cvCell = sports ? sheet?.getRow(Number(sports.row)).getCell(5) : undefined;
    expect(cvCell?.numFmt).toBe('0.000');
    expect(typeof cvCell?.value).toBe('number');
    expect(book.getWorksheet('学校达标情况')?.rowCount).toBeGreaterThan(40);
    expect(book.getWorksheet('不参与计算的学校')?.rowCount).toBeGreaterThan(1);
  });

  it('a workbook with errors prints them (sheet, row, reason) and exits 1 without a report', async () => {
    const broken = join(dir, 'broken.xlsx');
    await writeFile(broken, Buffer.from('not a workbook'));
    const { out, err, code } = await junheng('evaluate', broken);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toMatch(/错误 error/);
  });

  it('an unknown school year is a clear error', async () => {
    const { err, code } = await junheng('evaluate', demoFile, '--year', '2030-2031');
    expect(code).toBe(1);
    expect(err).toContain('2030-2031');
  });
});
