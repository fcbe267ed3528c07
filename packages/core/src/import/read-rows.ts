// Step 2e: the data rows of a sheet as raw cells keyed by field. Total rows (合计/总计/小计) are skipped with a
// warning: bureaus add them under their tables, and read as a school they would double every sum.
import type { FoundHeader } from './find-header';
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
  return typeof first === 'string' && TOTAL_ROW.test(compactText(first));
}

export interface DataRows {
  rows: RawRow[];
  skipped: number;
}

export function readRows(
  grid: SheetGrid,
  header: FoundHeader,
  columns: ColumnMap,
  issues: IssueList,
): DataRows {
  const rows: RawRow[] = [];
  let skipped = 0;
  for (let i = header.dataStart; i < grid.rows.length; i++) {
    const cells = grid.rows[i] as CellValue[];
    const row = grid.rowNumbers[i] as number;
    if (isTotalRow(cells)) {
      skipped += 1;
      issues.warning({
        code: 'total_row',
        sheet: grid.name,
        row,
        value: cells.find((c) => c !== null && c !== '') ?? null,
        reason: reason('合计行，已跳过', 'a total row; skipped'),
      });
      continue;
    }
    const byField = new Map<string, CellValue>();
    for (const [field, column] of columns) byField.set(field, cells[column.column - 1] ?? null);
    // A row holding values only in ignored columns is as good as empty.
    if ([...byField.values()].every((v) => v === null || (typeof v === 'string' && v.trim() === '')))
      continue;
    rows.push({ row, cells: byField });
  }
  return { rows, skipped };
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
