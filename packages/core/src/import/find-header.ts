// Step 2b: find the header row in the first rows of a sheet. A title row may sit above it, and a header may be
// spread over two rows (教学及辅助用房面积 merged over 小计 | 其中：室内体育用房面积); the reader has already
// copied each merged cell's value into the whole merged range.
import type { SheetSpec } from './layout';
import { headerIndex, matchHeader, type HeaderIndex } from './match-columns';
import { compactText } from './text';
import type { CellValue, SheetGrid } from './types';
import { splitHeader, type HeaderUnit } from './units';

/** How many of a sheet's first non-empty rows may hold the header. */
export const HEADER_SCAN_ROWS = 10;

export interface HeaderColumn {
  /** 1-based Excel column. */
  column: number;
  /** The header as written (both rows joined with ` / ` when it spans two). */
  header: string;
  /** The template field, null for an extra column. */
  field: string | null;
  unit: HeaderUnit | null;
}

export interface FoundHeader {
  /** Index into grid.rows of the first header row. */
  start: number;
  height: 1 | 2;
  columns: HeaderColumn[];
  /** Index into grid.rows of the first data row. */
  dataStart: number;
}

export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  return String(value)
    .replace(/[\s\u3000]+/g, ' ')
    .trim();
}

function readHeader(index: HeaderIndex, upper: CellValue[], lower: CellValue[] | null): HeaderColumn[] {
  const width = Math.max(upper.length, lower?.length ?? 0);
  const columns: HeaderColumn[] = [];
  for (let c = 0; c < width; c++) {
    const top = cellText(upper[c]);
    const bottom = lower ? cellText(lower[c]) : '';
    const candidates = lower ? [bottom, top, top + bottom, bottom + top] : [top];
    let match = null;
    for (const text of candidates) {
      match = matchHeader(index, text);
      if (match) break;
    }
    const shown = lower && bottom && top && bottom !== top ? `${top} / ${bottom}` : top || bottom;
    if (!shown) continue;
    // A unit on the other header row applies too: 面积（㎡） over 教学及辅助用房 | 其中：室内体育用房.
    const unit = match?.unit ?? splitHeader(top).unit ?? (lower ? splitHeader(bottom).unit : null);
    columns.push({ column: c + 1, header: shown, field: match?.spec.field ?? null, unit });
  }
  return columns;
}

function score(columns: HeaderColumn[]): number {
  return new Set(columns.map((c) => c.field).filter((f) => f !== null)).size;
}

/** A row repeating the header (the second row of a vertically merged header) or holding only units. */
export function repeatsHeader(row: CellValue[], header: CellValue[]): boolean {
  return row.every((cell, c) => {
    if (cell === null || cell === '') return true;
    if (typeof cell !== 'string') return false;
    return compactText(cell) === compactText(cellText(header[c])) || splitHeader(cell).key === '';
  });
}

/**
 * The best-matching header among the first rows (HEADER_SCAN_ROWS + 1 rows are enough to decide), its data
 * starting right under it; null when no row names a single template column.
 */
export function findHeaderRows(grid: SheetGrid, sheet: SheetSpec): FoundHeader | null {
  const index = headerIndex(sheet);
  let best: { found: FoundHeader; score: number } | null = null;
  const scan = Math.min(HEADER_SCAN_ROWS, grid.rows.length);
  for (let start = 0; start < scan; start++) {
    const upper = grid.rows[start] as CellValue[];
    for (const height of [1, 2] as const) {
      const next = grid.rows[start + 1];
      const adjacent =
        next !== undefined && grid.rowNumbers[start + 1] === (grid.rowNumbers[start] as number) + 1;
      if (height === 2 && !adjacent) continue;
      const columns = readHeader(index, upper, height === 2 ? (next as CellValue[]) : null);
      const s = score(columns);
      // On a tie the earlier, shorter header wins — except that a title row above a one-row header adds nothing,
      // so (title + header) gives way to the header alone.
      const titleAbove =
        best !== null && best.found.height === 2 && height === 1 && start === best.found.start + 1;
      if (s > 0 && (best === null || s > best.score || (s === best.score && titleAbove))) {
        best = { found: { start, height, columns, dataStart: start + height }, score: s };
      }
    }
  }
  return best?.found ?? null;
}

/** The header row(s) of a sheet; rows under it that repeat it (or hold only units) are not data either. */
export function findHeader(grid: SheetGrid, sheet: SheetSpec): FoundHeader | null {
  const found = findHeaderRows(grid, sheet);
  if (!found) return null;
  const lastHeader = grid.rows[found.start + found.height - 1] as CellValue[];
  while (
    found.dataStart < grid.rows.length &&
    repeatsHeader(grid.rows[found.dataStart] as CellValue[], lastHeader)
  ) {
    found.dataStart += 1;
  }
  return found;
}
