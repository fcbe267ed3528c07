// Step 2, whole: sheet grids → CountyData or issues. Any error gives data null — a county's workbook is taken
// whole or not at all, so an evaluation never runs on half a county. The grids are fed row by row through the
// same pipeline the file reader uses (county-import.ts).
import { CountyImport, expandCountyData } from './county-import';
import type { ImportIssue, ImportResult, SheetGrid } from './types';

/** Feeds whole grids into a CountyImport; `keepGrids` as there. */
export function feedGrids(run: CountyImport, grids: readonly SheetGrid[]): void {
  for (const grid of grids) {
    const feed = run.sheet(grid.name);
    for (const formula of grid.formulas) feed.formula(formula);
    for (let i = 0; i < grid.rows.length; i++) {
      feed.row(grid.rows[i] as SheetGrid['rows'][number], grid.rowNumbers[i] as number);
    }
    feed.end(grid.emptyRows);
  }
}

/** Turn the sheets of a county workbook into CountyData. `earlier` holds the file reader's own issues. */
export function importCountyGrids(
  grids: readonly SheetGrid[],
  earlier: readonly ImportIssue[] = [],
): ImportResult {
  const run = new CountyImport(
    grids.map((g) => g.name),
    { earlier },
  );
  feedGrids(run, grids);
  const result = run.finish();
  return { ...result, data: result.data && expandCountyData(result.data) };
}
