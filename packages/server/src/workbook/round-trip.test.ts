import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_COUNTY, generateDemoCounty } from '@junheng/core';
import { readCountyWorkbook, writeCountyWorkbook, writeTemplate } from './index';
import { HAND_MADE_COUNTY, sheet } from './test-helpers';

async function load(buf: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(buf as unknown as ArrayBuffer);
  return book;
}

describe('writeTemplate', () => {
  it('has the five sheets, the template headers, dropdowns and an example row that imports cleanly', async () => {
    const buf = await writeTemplate();
    const book = await load(buf);
    expect(book.worksheets.map((w) => w.name)).toEqual(['学校', '办学条件', '教师', '班级', '说明']);
    expect(sheet(book, '办学条件').getRow(1).values).toContain('其中：室内体育用房面积');
    expect(sheet(book, '教师').getCell('D1').value).toBe('性别');
    expect(sheet(book, '教师').getCell('D2').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"男,女"'],
    });
    expect(sheet(book, '学校').getCell('F900').dataValidation?.formulae[0]).toContain('九年一贯制学校');
    expect(sheet(book, '说明').getCell('A1').value).toBe('说明');
    const result = await readCountyWorkbook(buf);
    expect(result.issues).toEqual([]);
    expect(result.data).toEqual(EXAMPLE_COUNTY);
  });
});

describe('writeCountyWorkbook → readCountyWorkbook', () => {
  it('gives back a hand-made county, formula-like text included', async () => {
    const result = await readCountyWorkbook(await writeCountyWorkbook(HAND_MADE_COUNTY));
    expect(result.data).toEqual(HAND_MADE_COUNTY);
    // The one school of the neighbouring county is kept and warned about.
    expect(result.issues.map((i) => [i.code, i.row])).toEqual([['other_county', 5]]);
  });

  it('gives back the demo county', async () => {
    const demo = generateDemoCounty();
    const result = await readCountyWorkbook(await writeCountyWorkbook(demo));
    expect(result.issues).toEqual([]);
    expect(result.data).toEqual(demo);
    expect(result.counts).toMatchObject({ schools: demo.schools.length, teachers: demo.teachers.length });
  });

  it('writes codes as text and formula-like text as plain strings Excel will not evaluate', async () => {
    const book = await load(await writeCountyWorkbook(HAND_MADE_COUNTY));
    const schools = sheet(book, '学校');
    expect(schools.getCell('A2').value).toBe('2151072201');
    expect(schools.getCell('B2').value).toBe(`'=HYPERLINK("http://evil","城关小学")`);
    expect(schools.getCell('B4').value).toBe("'+红岩教学点");
    expect(sheet(book, '教师').getCell('C3').value).toBe("'@李老师");
    expect(sheet(book, '班级').getCell('E3').value).toBe("'-七年级(1)班");
    for (const ws of book.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
          if (typeof cell.value === 'string') expect(cell.value).not.toMatch(/^[=+\-@\t\r]/);
        }),
      );
    }
  });
});
