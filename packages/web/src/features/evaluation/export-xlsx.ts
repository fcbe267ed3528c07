// Client-side Excel export of the evaluation tables: the analysis is already in the page, so the workbook is
// written here rather than asking the server to recompute it. exceljs is loaded only when a user exports.
import type { CellValue } from './columns';

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The same guard as the server's exports (OWASP "CSV injection"; style.md): text a spreadsheet would read as a
 * formula gets a leading apostrophe. Numbers stay numbers.
 */
export function safeCell(value: CellValue): CellValue {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}

/** A file name without characters Windows refuses; Chinese stays. */
export function safeFileName(name: string): string {
  const cleaned = name.replace(/[\\/:*?"<>|\r\n]+/g, '_').trim();
  return cleaned === '' ? 'export' : cleaned;
}

/** Sheet names are at most 31 characters and may not contain []:*?/\ (Excel's rule). */
export function safeSheetName(name: string): string {
  const cleaned = name
    .replace(/[[\]:*?/\\]+/g, ' ')
    .trim()
    .slice(0, 31);
  return cleaned === '' ? 'Sheet1' : cleaned;
}

export async function writeWorkbook(sheetName: string, grid: readonly CellValue[][]): Promise<Blob> {
  const module = await import('exceljs');
  const ExcelJS = (module as unknown as { default?: typeof module }).default ?? module;
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(safeSheetName(sheetName));
  for (const row of grid) sheet.addRow(row.map(safeCell));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.columns.forEach((column, i) => {
    const widest = Math.max(...grid.map((row) => String(row[i] ?? '').length));
    // CJK characters are about twice as wide as Latin ones in Excel's default font.
    column.width = Math.min(48, Math.max(8, widest * 2 + 2));
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return new Blob([buffer], {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
}

export async function downloadWorkbook(
  fileName: string,
  sheetName: string,
  grid: readonly CellValue[][],
): Promise<void> {
  const blob = await writeWorkbook(sheetName, grid);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${safeFileName(fileName)}.xlsx`;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled, so the download has its data.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
