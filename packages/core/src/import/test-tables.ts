// Test helper: the export's tables as reader grids (header on row 1), plus the 说明 sheet.
import type { CountyData } from '../org/types';
import { NOTES_SHEET_NAME } from './layout';
import { gridOf } from './test-grids';
import type { SheetGrid } from './types';
import { countyTables, notesRows } from './workbook-tables';

export function countyGrids(data: CountyData): SheetGrid[] {
  return [
    ...countyTables(data).map((t) => gridOf(t.spec.name, [t.headers, ...t.rows])),
    gridOf(NOTES_SHEET_NAME, notesRows(data)),
  ];
}
