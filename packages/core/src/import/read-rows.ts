// Step 2e: a data row of a sheet as raw cells keyed by field (county-import.ts builds them row by row). Total
// rows (合计/总计/小计) are skipped with a warning: bureaus add them under their tables, and read as a school
// they would double every sum.
import { IssueList, reason } from './issues';
import type { ColumnMap } from './sheet-columns';
import { compactText } from './text';
import type { CellValue, SheetGrid } from './types';

export interface RawRow {
  /** 1-based Excel row. */
  row: number;
  cells: ReadonlyMap<string, CellValue>;
}

const TOTAL_ROW = /^(合计|总计|小计|全县合计|总合计|累计)/;

export function isTotalRow(cells: readonly CellValue[]): boolean {
  const first = cells.find((c) => c !== null && c !== '');
  if (typeof first !== 'string') return false;
  // Most rows start with a code or a year: an ASCII character that compacting keeps, and no total word has.
  if (first.trimStart().charCodeAt(0) < 0x80) return false;
  return TOTAL_ROW.test(compactText(first));
}

/** Formula cells are read as their saved result, never run (=HYPERLINK, =WEBSERVICE …): warned, not trusted. */
export function warnFormulas(grid: SheetGrid, columns: ColumnMap, issues: IssueList): void {
  const byColumn = new Map([...columns.values()].map((c) => [c.column, c]));
  for (const f of grid.formulas) {
    const column = byColumn.get(f.column);
    issues.warning({
      code: 'formula',
      sheet: grid.name,
      row: f.row,
      column: column ? { header: column.header, letter: column.letter } : null,
      value: `=${f.formula.replace(/^=/, '')}`,
      reason: reason(
        '单元格是公式：只读取保存的计算结果，公式不会执行，请核对数值',
        'the cell holds a formula: only its saved result is read, the formula is never run; check the value',
      ),
    });
  }
}
