import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportGrid, compareCells, type EvalColumn } from './columns';
import { safeCell, safeFileName, safeSheetName, writeWorkbook } from './export-xlsx';

interface Row {
  name: string;
  cv: number | null;
}
const columns: EvalColumn<Row>[] = [
  { key: 'name', title: '指标', value: (r) => r.name },
  {
    key: 'cv',
    title: '差异系数',
    value: (r) => r.cv,
    exportValue: (r) => (r.cv === null ? '—' : r.cv.toFixed(3)),
  },
];

describe('Excel export of an evaluation table', () => {
  it('neutralises text a spreadsheet would run as a formula, and keeps numbers', () => {
    expect(safeCell('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(safeCell('-1')).toBe("'-1");
    expect(safeCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(safeCell('示例县实验小学')).toBe('示例县实验小学');
    expect(safeCell(-1)).toBe(-1);
    expect(safeCell(null)).toBeNull();
  });

  it('builds the header and rows from the one column declaration, as printed', () => {
    expect(
      exportGrid(columns, [
        { name: '生均图书', cv: 0.515257 },
        { name: 'x', cv: null },
      ]),
    ).toEqual([
      ['指标', '差异系数'],
      ['生均图书', '0.515'],
      ['x', '—'],
    ]);
    const withLink: EvalColumn<Row>[] = [
      ...columns,
      { key: 'l', title: '操作', value: () => null, screenOnly: true },
    ];
    expect(exportGrid(withLink, [{ name: 'a', cv: 0.1 }])).toEqual([
      ['指标', '差异系数'],
      ['a', '0.100'],
    ]);
  });

  it('sorts numbers numerically and empty values first', () => {
    expect([3, null, 10, 2].sort((a, b) => compareCells(a, b))).toEqual([null, 2, 3, 10]);
    expect(compareCells('b', 'a')).toBeGreaterThan(0);
  });

  it('cleans file and sheet names', () => {
    expect(safeFileName('差异系数/2024-2025:quality')).toBe('差异系数_2024-2025_quality');
    expect(safeSheetName('a[b]c')).toBe('a b c');
    expect(safeSheetName('x'.repeat(40))).toHaveLength(31);
    expect(safeFileName('  ')).toBe('export');
  });

  it('writes a workbook that reads back with the same cells', async () => {
    const blob = await writeWorkbook('指标', [
      ['指标', '差异系数'],
      ['=1+1', 0.515],
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await blob.arrayBuffer());
    const sheet = workbook.getWorksheet('指标');
    expect(sheet?.getRow(1).getCell(2).value).toBe('差异系数');
    expect(sheet?.getRow(2).getCell(1).value).toBe("'=1+1");
    expect(sheet?.getRow(2).getCell(2).value).toBe(0.515);
  });
});
