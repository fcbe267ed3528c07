// Small grid builders for the import tests.
import type { CellValue, SheetGrid } from './types';

/** A grid from rows starting at Excel row 1; rows that are all empty are counted, not kept (as the reader does). */
export function gridOf(name: string, rows: CellValue[][]): SheetGrid {
  const grid: SheetGrid = { name, rows: [], rowNumbers: [], emptyRows: 0, formulas: [] };
  rows.forEach((row, i) => {
    if (row.every((c) => c === null || c === '')) {
      grid.emptyRows += 1;
      return;
    }
    grid.rows.push(row);
    grid.rowNumbers.push(i + 1);
  });
  return grid;
}
