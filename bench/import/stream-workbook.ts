// The county workbook written with exceljs's streaming WorkbookWriter: same sheets, headers, code columns as
// text and 说明 sheet as packages/server's writeCountyWorkbook, but rows go to disk as they are added, so a
// province-size sheet (~600,000 rows) does not need an in-memory exceljs document of several GB. Bench-only:
// the dropdowns (data validations) of the real export are left out — the importer never reads them.
import { CODE_FIELDS, countyTables, notesRows, NOTES_SHEET_NAME, type CountyData } from '@junheng/core';
import ExcelJS from 'exceljs';

/** Text Excel would read as a formula gets a leading apostrophe, as the server's safe-cell.ts does. */
const FORMULA_START = /^[=+\-@\t\r]/;
type Cell = string | number | boolean | Date | null;
const safe = (v: Cell): Cell => (typeof v === 'string' && FORMULA_START.test(v) ? `'${v}` : v);

export interface WrittenBook {
  rows: Record<string, number>;
}

export async function writeCountyWorkbookStreaming(data: CountyData, filename: string): Promise<WrittenBook> {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename, useSharedStrings: true, useStyles: true });
  book.creator = 'Junheng 均衡 (bench)';
  const rows: Record<string, number> = {};
  for (const table of countyTables(data)) {
    const sheet = book.addWorksheet(table.spec.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    const fields = table.spec.columns.map((c) => c.field);
    sheet.columns = table.headers.map((header, i) => ({
      header,
      width: Math.max(10, header.length * 2 + 2),
      style: CODE_FIELDS.has(fields[i] as string) ? { numFmt: '@' } : {},
    }));
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).commit();
    for (const row of table.rows) sheet.addRow(row.map(safe)).commit();
    sheet.commit();
    rows[table.spec.name] = table.rows.length;
  }
  const notes = book.addWorksheet(NOTES_SHEET_NAME);
  notes.getColumn(1).width = 18;
  notes.getColumn(2).width = 60;
  notes.getColumn(2).numFmt = '@';
  for (const row of notesRows(data)) notes.addRow(row.map(safe)).commit();
  notes.commit();
  await book.commit();
  return { rows };
}
