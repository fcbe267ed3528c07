import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportIssue } from '@junheng/core';
import { readCountyWorkbook, writeCountyWorkbook } from './index';
import { bookOf, editedCountyBook, HAND_MADE_COUNTY, sheet } from './test-helpers';
import { zipEntries } from './zip-guard';

const errors = (issues: ImportIssue[]) => issues.filter((i) => i.severity === 'error');
const brief = (i: ImportIssue) => [i.code, i.sheet, i.row, i.column?.letter ?? null, i.value];

let valid: Buffer;
let dir: string;
beforeAll(async () => {
  valid = await writeCountyWorkbook(HAND_MADE_COUNTY);
  dir = await mkdtemp(join(tmpdir(), 'junheng-workbook-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('hostile workbooks: sheets and columns', () => {
  it('wrong sheet names: an error per missing sheet, no data', async () => {
    const buf = await bookOf((book) => {
      book.addWorksheet('Sheet1').addRow(['学校标识码', '学校名称']);
      book.addWorksheet('Sheet2');
    });
    const result = await readCountyWorkbook(buf);
    expect(result.data).toBeNull();
    expect(result.issues.map((i) => [i.code, i.sheet])).toEqual([
      ['sheet_missing', '学校'],
      ['sheet_missing', '办学条件'],
      ['sheet_missing', '教师'],
    ]);
    expect(result.issues[0]?.message['zh-CN']).toContain('缺少工作表「学校」（工作簿中有：Sheet1、Sheet2）');
    expect(result.issues[0]?.message['en-US']).toContain(
      'the sheet "学校" is missing (the workbook has: Sheet1, Sheet2)'.replace(', ', '、'),
    );
  });

  it('a missing required column is an error naming sheet and column', async () => {
    const buf = await editedCountyBook((book) => sheet(book, '学校').spliceColumns(2, 1));
    const result = await readCountyWorkbook(buf);
    expect(result.data).toBeNull();
    expect(errors(result.issues).map(brief)).toEqual([['column_missing', '学校', null, null, null]]);
    expect(result.issues[0]?.message).toEqual({
      'zh-CN': '工作表「学校」，列「学校名称」：缺少必填列「学校名称」',
      'en-US': 'Sheet "学校", column "学校名称": the required column "学校名称" is missing',
    });
  });
});

describe('hostile workbooks: cells', () => {
  it('text in number cells and negative values', async () => {
    const buf = await editedCountyBook((book) => {
      const stats = sheet(book, '办学条件');
      stats.getCell('N2').value = '很多';
      stats.getCell('J3').value = -120;
    });
    const result = await readCountyWorkbook(buf);
    expect(result.data).toBeNull();
    expect(errors(result.issues).map(brief)).toEqual([
      ['not_a_number', '办学条件', 2, 'N', '很多'],
      ['negative', '办学条件', 3, 'J', -120],
    ]);
    const [text, negative] = errors(result.issues);
    expect(text?.message['zh-CN']).toBe(
      '工作表「办学条件」，第 2 行，N 列（图书册数），值「很多」：应为数字',
    );
    expect(text?.message['en-US']).toBe(
      'Sheet "办学条件", row 2, column N (图书册数), value "很多": should be a number',
    );
    expect(negative?.message['en-US']).toBe(
      'Sheet "办学条件", row 3, column J (运动场地面积), value "-120": cannot be negative',
    );
  });

  it('duplicate codes and dangling parent codes', async () => {
    const buf = await editedCountyBook((book) => {
      const schools = sheet(book, '学校');
      schools.getCell('A5').value = '2151072201';
      schools.getCell('J4').value = '2151079999';
    });
    const result = await readCountyWorkbook(buf);
    expect(result.data).toBeNull();
    expect(errors(result.issues).map(brief)).toEqual([
      ['duplicate', '学校', 5, 'A', '2151072201'],
      ['unknown_reference', '学校', 4, 'J', '2151079999'],
    ]);
    expect(errors(result.issues)[0]?.message['en-US']).toContain('the school code repeats row 2');
    expect(errors(result.issues)[1]?.message['zh-CN']).toContain('「学校」工作表中没有这个学校标识码');
  });

  it('indoor sports area larger than the whole teaching area', async () => {
    const buf = await editedCountyBook((book) => {
      sheet(book, '办学条件').getCell('I2').value = 7000;
    });
    const result = await readCountyWorkbook(buf);
    expect(errors(result.issues).map(brief)).toEqual([['impossible_value', '办学条件', 2, 'I', 7000]]);
  });

  it('formula and =HYPERLINK cells: the saved result is read, the formula is warned about, never run', async () => {
    const buf = await editedCountyBook((book) => {
      const schools = sheet(book, '学校');
      schools.getCell('B2').value = {
        formula: 'HYPERLINK("http://evil.example/x","城关小学")',
        result: '城关小学',
      };
      sheet(book, '办学条件').getCell('N2').value = {
        formula: 'WEBSERVICE("http://evil.example")*0+36000',
        result: 36000,
      };
    });
    const result = await readCountyWorkbook(buf);
    expect(result.data?.schools[0]?.name).toBe('城关小学');
    expect(result.data?.stats[0]?.books).toBe(36000);
    const formulas = result.issues.filter((i) => i.code === 'formula');
    expect(formulas.map(brief)).toEqual([
      ['formula', '学校', 2, 'B', '=HYPERLINK("http://evil.example/x","城关小学")'],
      ['formula', '办学条件', 2, 'N', '=WEBSERVICE("http://evil.example")*0+36000'],
    ]);
    expect(formulas.every((i) => i.severity === 'warning')).toBe(true);
    expect(formulas[0]?.message['en-US']).toContain('the formula is never run');
  });

  it('10,000 empty styled rows are counted, not kept, and read fast', async () => {
    const buf = await editedCountyBook((book) => {
      const teachers = sheet(book, '教师');
      for (let r = 10; r < 10010; r++) {
        for (const c of [1, 2, 3])
          teachers.getCell(r, c).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
      }
    });
    const started = performance.now();
    const result = await readCountyWorkbook(buf, { keepGrids: true });
    expect(performance.now() - started).toBeLessThan(5000);
    expect(result.data?.teachers).toHaveLength(HAND_MADE_COUNTY.teachers.length);
    expect(result.counts.emptyRows).toBeGreaterThanOrEqual(10000);
    expect(result.grids?.find((g) => g.name === '教师')?.rows).toHaveLength(3);
  });

  it('a trailing total row is skipped with a warning', async () => {
    const buf = await editedCountyBook((book) => {
      sheet(book, '办学条件').addRow(['合计', null, 2400]);
    });
    const result = await readCountyWorkbook(buf);
    expect(result.data).not.toBeNull();
    expect(result.issues.filter((i) => i.code === 'total_row').map(brief)).toEqual([
      ['total_row', '办学条件', 4, null, '合计'],
    ]);
  });
});

describe('hostile files', () => {
  it('a text file renamed .xlsx: a clear error, no crash', async () => {
    const path = join(dir, 'county.xlsx');
    await writeFile(path, 'schoolCode,name\n2151072201,城关小学\n');
    const result = await readCountyWorkbook(path);
    expect(result.data).toBeNull();
    expect(result.issues.map((i) => i.code)).toEqual(['not_a_workbook']);
    expect(result.issues[0]?.message['zh-CN']).toContain('不是有效的 Excel 工作簿');
    expect(result.issues[0]?.message['en-US']).toContain('not a valid Excel workbook (.xlsx)');
  });

  it('an old .xls, a truncated file and a damaged sheet: clear errors', async () => {
    const xls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Array(600).fill(0)]);
    const truncated = valid.subarray(0, Math.floor(valid.length / 2));
    const damaged = Buffer.from(valid);
    const sheet1 = zipEntries(valid).find((e) => e.name === 'xl/worksheets/sheet1.xml')!;
    damaged.fill(0x55, sheet1.offset + 60, sheet1.offset + 60 + Math.min(200, sheet1.compressedSize - 40));
    for (const buf of [xls, truncated, damaged]) {
      const result = await readCountyWorkbook(buf);
      expect(result.data).toBeNull();
      expect(errors(result.issues).map((i) => i.code)).toEqual(['not_a_workbook']);
    }
    const damagedResult = await readCountyWorkbook(damaged);
    expect(damagedResult.issues[0]?.message['en-US']).toContain('"xl/worksheets/sheet1.xml" is damaged');
  });

  it('a zip that is not a workbook', async () => {
    const renamed = Buffer.from(valid);
    // Rename xl/workbook.xml in the central directory: the zip stays valid, the workbook part is gone.
    const at = renamed.lastIndexOf('xl/workbook.xml');
    renamed.write('xl/workbook.xm_', at);
    const result = await readCountyWorkbook(renamed);
    expect(result.issues.map((i) => i.code)).toEqual(['not_a_workbook']);
    expect(result.issues[0]?.message['en-US']).toContain('no workbook');
  });

  it('a zip entry claiming a huge unpacked size: refused before unpacking', async () => {
    const bomb = Buffer.from(valid);
    const entry = zipEntries(valid).find((e) => e.name === 'xl/worksheets/sheet1.xml')!;
    const central = bomb.lastIndexOf('xl/worksheets/sheet1.xml') - 46;
    expect(bomb.readUInt32LE(central + 24)).toBe(entry.size);
    bomb.writeUInt32LE(0xfffffff0, central + 24);
    const result = await readCountyWorkbook(bomb);
    expect(result.data).toBeNull();
    expect(result.issues.map((i) => i.code)).toEqual(['zip_entry_too_large']);
    expect(result.issues[0]?.message['zh-CN']).toContain('xl/worksheets/sheet1.xml');
    expect(result.issues[0]?.message['en-US']).toContain('a likely zip bomb');
  });

  it('more unpacked data than allowed, even when declared honestly', async () => {
    const result = await readCountyWorkbook(valid, { maxUnpackedBytes: 2000 });
    expect(result.issues.map((i) => i.code)).toEqual(['zip_entry_too_large']);
  });

  it('a zip whose entry lies about its size is caught while unpacking', async () => {
    const liar = Buffer.from(valid);
    const entry = zipEntries(valid).find((e) => e.name === 'xl/worksheets/sheet3.xml')!;
    liar.writeUInt32LE(10, liar.lastIndexOf('xl/worksheets/sheet3.xml') - 46 + 24);
    const declared = zipEntries(liar).reduce((n, e) => n + e.size, 0);
    const result = await readCountyWorkbook(liar, { maxUnpackedBytes: declared + entry.size / 2 });
    expect(result.issues.map((i) => i.code)).toEqual(['zip_entry_too_large']);
    expect(result.issues[0]?.message['en-US']).toContain('a likely zip bomb');
  });

  it('a file over the size limit, as a buffer, a path or a stream', async () => {
    const path = join(dir, 'big.xlsx');
    await writeFile(path, valid);
    for (const input of [valid, path, Readable.from([valid.subarray(0, 4000), valid.subarray(4000)])]) {
      const result = await readCountyWorkbook(input, { maxBytes: 5000 });
      expect(result.data).toBeNull();
      expect(result.issues.map((i) => i.code)).toEqual(['file_too_large']);
      expect(result.issues[0]?.message['en-US']).toMatch(/the limit is 0\.005 MB/);
    }
  });

  it('stops reading a sheet past the row limit', async () => {
    const result = await readCountyWorkbook(valid, { maxRows: 3 });
    expect(result.data).toBeNull();
    expect(result.issues.map((i) => [i.code, i.sheet])).toEqual([['too_many_rows', '学校']]);
    expect(result.issues[0]?.message['zh-CN']).toContain('超过 3 行数据');
  });
});
