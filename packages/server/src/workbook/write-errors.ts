// Step 3c: the "download errors" workbook — every sheet as it was read, rows at their own row numbers, plus an
// error column and a 问题清单 sheet listing each issue, so a bureau fixes its own file row by row.
import ExcelJS from 'exceljs';
import type { ImportIssue, SheetGrid } from '@junheng/core';
import { safeCell, safeCellText } from './safe-cell';

export type IssueLocale = 'zh-CN' | 'en-US';

const LABELS = {
  'zh-CN': {
    column: '错误说明',
    list: '问题清单',
    head: ['级别', '工作表', '行', '列', '值', '代码', '说明'],
    error: '错误',
    warning: '警告',
  },
  'en-US': {
    column: 'Problems',
    list: 'Issues',
    head: ['Severity', 'Sheet', 'Row', 'Column', 'Value', 'Code', 'Message'],
    error: 'error',
    warning: 'warning',
  },
} as const;

const ERROR_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFE0E0' } };
const WARNING_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF5D6' } };

function addSheet(
  book: ExcelJS.Workbook,
  grid: SheetGrid,
  issues: readonly ImportIssue[],
  locale: IssueLocale,
): void {
  const sheet = book.addWorksheet(grid.name);
  const width = grid.rows.reduce((w, r) => Math.max(w, r.length), 0);
  const errorColumn = width + 1;
  // Issues about a whole sheet or column have no row to sit on; the 问题清单 sheet lists them.
  const byRow = new Map<number, ImportIssue[]>();
  for (const issue of issues) {
    if (issue.sheet !== grid.name || issue.row === null) continue;
    byRow.set(issue.row, [...(byRow.get(issue.row) ?? []), issue]);
  }
  const firstRow = grid.rowNumbers[0] ?? 1;
  grid.rows.forEach((cells, i) => {
    const number = grid.rowNumbers[i] as number;
    const row = sheet.getRow(number);
    cells.forEach((value, c) => {
      row.getCell(c + 1).value = safeCell(value);
    });
    const rowIssues = byRow.get(number) ?? [];
    if (rowIssues.length > 0) {
      const cell = row.getCell(errorColumn);
      cell.value = safeCellText(rowIssues.map((x) => x.message[locale]).join('\n'));
      cell.alignment = { wrapText: true, vertical: 'top' };
      cell.fill = rowIssues.some((x) => x.severity === 'error') ? ERROR_FILL : WARNING_FILL;
    }
  });
  const header = sheet.getRow(firstRow).getCell(errorColumn);
  if (header.value === null) header.value = LABELS[locale].column;
  sheet.getColumn(errorColumn).width = 60;
}

/** The sheets as read plus an error column (rows keep their numbers) and a list of all issues. */
export async function writeErrorsWorkbook(
  grids: readonly SheetGrid[],
  issues: readonly ImportIssue[],
  locale: IssueLocale = 'zh-CN',
): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const labels = LABELS[locale];
  const list = book.addWorksheet(labels.list);
  list.addRow([...labels.head]).font = { bold: true };
  for (const issue of issues) {
    list.addRow(
      [
        issue.severity === 'error' ? labels.error : labels.warning,
        issue.sheet,
        issue.row,
        issue.column ? `${issue.column.letter ?? ''} ${issue.column.header}`.trim() : null,
        issue.value,
        issue.code,
        issue.message[locale],
      ].map(safeCell),
    );
  }
  list.getColumn(7).width = 80;
  for (const grid of grids) {
    if (grid.rows.length > 0 && grid.name !== labels.list) addSheet(book, grid, issues, locale);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
