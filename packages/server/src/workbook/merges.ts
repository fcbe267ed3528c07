// Merged cells. exceljs's streaming reader skips <mergeCell>, so the sheet XML is scanned on its way to the
// parser; once the sheet is read, each merged range takes its top-left value (a header merged over two rows
// or columns then reads the same in every cell it covers).
import type { CellValue, SheetGrid } from '@junheng/core';

export interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const MERGE = /<(?:\w+:)?mergeCell\s+ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/g;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Passes the XML chunks through unchanged, collecting merge ranges and counting bytes. */
export async function* scanMerges(
  source: AsyncIterable<Buffer | string>,
  merges: MergeRange[],
  onBytes: (bytes: number) => void,
): AsyncGenerator<Buffer | string> {
  let tail = '';
  for await (const chunk of source) {
    onBytes(chunk.length);
    const text = tail + (typeof chunk === 'string' ? chunk : chunk.toString('latin1'));
    let end = 0;
    for (const m of text.matchAll(MERGE)) {
      merges.push({
        left: columnNumber(m[1] as string),
        top: Number(m[2]),
        right: columnNumber(m[3] as string),
        bottom: Number(m[4]),
      });
      end = (m.index ?? 0) + m[0].length;
    }
    tail = text.slice(Math.max(end, text.length - 200));
    yield chunk;
  }
}

/** Fill each merged range from its top-left cell, in the rows kept and within maxColumns. */
export function applyMerges(grid: SheetGrid, merges: readonly MergeRange[], maxColumns: number): void {
  if (merges.length === 0) return;
  const indexOf = new Map(grid.rowNumbers.map((r, i) => [r, i]));
  for (const m of merges) {
    const masterRow = indexOf.get(m.top);
    if (masterRow === undefined) continue;
    const value: CellValue = grid.rows[masterRow]?.[m.left - 1] ?? null;
    if (value === null) continue;
    const right = Math.min(m.right, maxColumns);
    for (let r = m.top; r <= m.bottom; r++) {
      const i = indexOf.get(r);
      if (i === undefined) continue;
      const row = grid.rows[i] as CellValue[];
      for (let c = m.left; c <= right; c++) {
        while (row.length < c) row.push(null);
        if (row[c - 1] === null || row[c - 1] === undefined) row[c - 1] = value;
      }
    }
  }
}
