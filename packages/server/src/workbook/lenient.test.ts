import { describe, expect, it } from 'vitest';
import { readCountyWorkbook, writeErrorsWorkbook } from './index';
import ExcelJS from 'exceljs';
import { bookOf, editedCountyBook, HAND_MADE_COUNTY, sheet } from './test-helpers';

describe('a bureau-made workbook', () => {
  it('reads a two-row merged header, units, full-width digits, text numbers and Excel dates', async () => {
    const buf = await editedCountyBook((book) => {
      // Replace the 办学条件 sheet with a hand-laid one: title row, two-row header, 万元, a total row.
      book.removeWorksheet(sheet(book, '办学条件').id);
      const ws = book.addWorksheet(' 办学条件 ');
      ws.addRow(['示例县办学条件统计表']);
      ws.mergeCells('A1:R1');
      const top = [
        '学年',
        '学校代码',
        '在校生数',
        '',
        '',
        '班级数',
        '',
        '教学及辅助用房面积（㎡）',
        '',
        '运动场地面积(m2)',
        '教学仪器设备资产值（万元）',
        '教学用计算机台数',
        '网络多媒体教室间数',
        '图书册数',
        '音乐专用教室间数',
        '美术专用教室间数',
        '备注',
      ];
      const bottom = ['', '', '小学', '初中', '高中', '小学', '初中', '小计', '其中：室内体育用房面积'];
      ws.addRow(top);
      ws.addRow(bottom);
      for (const col of ['A', 'B', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q']) ws.mergeCells(`${col}2:${col}3`);
      ws.mergeCells('C2:E2');
      ws.mergeCells('F2:G2');
      ws.mergeCells('H2:I2');
      for (const s of HAND_MADE_COUNTY.stats) {
        ws.addRow([
          s.schoolYear,
          Number(s.schoolCode),
          String(s.primaryStudents).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))),
          s.juniorStudents,
          s.seniorStudents,
          s.primaryClasses,
          s.juniorClasses,
          s.teachingAuxArea.toLocaleString('en-US'),
          s.indoorSportsArea,
          s.sportsGroundArea,
          s.equipmentValue / 10000,
          s.computers,
          s.multimediaClassrooms,
          s.books,
          s.musicRooms,
          s.artRooms,
          '已核对',
        ]);
      }
      ws.addRow(['合计']);
      const teachers = sheet(book, '教师');
      teachers.getCell('E2').value = new Date(Date.UTC(1985, 4, 1));
      teachers.getCell('E2').numFmt = 'yyyy-mm';
      teachers.getCell('O2').value = '2016年9月';
    });
    const result = await readCountyWorkbook(buf);
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(result.data?.stats).toEqual(HAND_MADE_COUNTY.stats);
    expect(result.data?.teachers).toEqual(HAND_MADE_COUNTY.teachers);
    expect(result.issues.map((i) => [i.code, i.sheet, i.row, i.column?.letter ?? null])).toEqual([
      ['column_extra', ' 办学条件 ', null, 'Q'],
      ['total_row', ' 办学条件 ', 6, null],
      ['other_county', '学校', 5, null],
    ]);
  });
});

describe('merged cells in data rows', () => {
  it('a value merged down several rows fills each of them', async () => {
    const merged = (merge: boolean) =>
      editedCountyBook((book) => {
        const teachers = sheet(book, '教师');
        // Bureaus merge a repeated value (the school year, a school) down the rows it covers.
        teachers.getCell('A3').value = null;
        if (merge) teachers.mergeCells('A2:A3');
      });
    const result = await readCountyWorkbook(await merged(true));
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(result.data?.teachers).toEqual(HAND_MADE_COUNTY.teachers);
    const unmerged = await readCountyWorkbook(await merged(false));
    const errors = unmerged.issues.filter((i) => i.severity === 'error');
    expect(errors.map((i) => [i.code, i.sheet, i.row])).toEqual([['required', '教师', 3]]);
  });
});

describe('writeErrorsWorkbook', () => {
  it('gives the input rows at their row numbers with an error column, and a list of issues', async () => {
    const buf = await editedCountyBook((book) => {
      sheet(book, '办学条件').getCell('N2').value = '=1+1 很多';
    });
    const result = await readCountyWorkbook(buf, { keepGrids: true });
    expect(result.data).toBeNull();
    const out = await writeErrorsWorkbook(result.grids ?? [], result.issues, 'zh-CN');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(out as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual([
      '问题清单',
      '学校',
      '办学条件',
      '教师',
      '班级',
      '说明',
    ]);
    const stats = sheet(book, '办学条件');
    expect(stats.getCell('Q1').value).toBe('错误说明');
    expect(stats.getCell('N2').value).toBe("'=1+1 很多");
    expect(stats.getCell('Q2').value).toContain('第 2 行，N 列（图书册数）');
    expect(stats.getCell('Q3').value).toBeNull();
    const list = sheet(book, '问题清单');
    expect(list.getRow(2).values).toEqual(
      expect.arrayContaining(['错误', '办学条件', 2, 'N 图书册数', 'not_a_number']),
    );
    expect(list.getCell('E2').value).toBe("'=1+1 很多");
  });

  it('writes English messages when asked', async () => {
    const buf = await bookOf((book) => book.addWorksheet('学校').addRow(['学校标识码']));
    const result = await readCountyWorkbook(buf, { keepGrids: true });
    const out = await writeErrorsWorkbook(result.grids ?? [], result.issues, 'en-US');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(out as unknown as ArrayBuffer);
    expect(sheet(book, 'Issues').getCell('G2').value).toContain('the sheet "办学条件" is missing');
  });
});
