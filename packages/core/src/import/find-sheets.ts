// Step 2a: find the workbook's sheets by name, leniently — bureaus rename tabs (`学校 `, `学校信息`).
import { IssueList, reason } from './issues';
import { WORKBOOK_SHEETS, type SheetKey } from './layout';
import { compactText } from './text';
import type { SheetGrid } from './types';

export type FoundSheets<T extends { name: string } = SheetGrid> = Partial<Record<SheetKey, T>>;

/**
 * An exact match (after compacting) of the name or a known synonym wins; failing that, the one sheet whose
 * name contains the template name. Missing required sheets are errors listing the sheets that are there.
 */
export function findSheets<T extends { name: string }>(
  grids: readonly T[],
  issues: IssueList,
): FoundSheets<T> {
  const found: FoundSheets<T> = {};
  const taken = new Set<T>();
  const names = grids.map((g) => compactText(g.name).toLowerCase());
  for (const spec of WORKBOOK_SHEETS) {
    const wanted = [spec.name, ...spec.synonyms].map((n) => compactText(n).toLowerCase());
    let index = names.findIndex((n, i) => wanted.includes(n) && !taken.has(grids[i] as T));
    if (index < 0) {
      const containing = names
        .map((n, i) => (n.includes(spec.name) && !taken.has(grids[i] as T) ? i : -1))
        .filter((i) => i >= 0);
      if (containing.length === 1) index = containing[0] as number;
    }
    if (index >= 0) {
      const grid = grids[index] as T;
      found[spec.key] = grid;
      taken.add(grid);
    } else if (spec.required) {
      const present = grids.map((g) => g.name).join('、') || '—';
      issues.error({
        code: 'sheet_missing',
        sheet: spec.name,
        reason: reason(
          `缺少工作表「${spec.name}」（工作簿中有：${present}）`,
          `the sheet "${spec.name}" is missing (the workbook has: ${present})`,
        ),
      });
    }
  }
  return found;
}
