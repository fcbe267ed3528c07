// Merged cells. exceljs's streaming reader skips <mergeCell>, and a sheet lists its merges only after all its
// rows, so the ranges are collected while the zip is verified (zip-guard.ts unpacks every part once anyway),
// before any row is read. Each merged range then takes its top-left value as the rows go by (a header merged
// over two rows or columns reads the same in every cell it covers).
import type { CellValue, SheetGrid } from '@junheng/core';

export interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const MERGE = /<(?:\w+:)?mergeCell\s+ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/g;
const WORD = 'mergeCell';
/** Long enough for any one <mergeCell ref="…"> tag split between two chunks. */
const TAIL = 200;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Collects the merge ranges of one sheet's XML, given chunk by chunk; chunks without a merge cost one search. */
export class MergeScanner {
  readonly merges: MergeRange[] = [];
  private tail = '';

  push(chunk: Buffer | string): void {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'latin1') : chunk;
    const edge = this.tail + buf.toString('latin1', 0, Math.min(TAIL, buf.length));
    if (buf.indexOf(WORD, 0, 'latin1') < 0 && !edge.includes(WORD)) {
      this.tail = (this.tail + buf.toString('latin1', Math.max(0, buf.length - TAIL))).slice(-TAIL);
      return;
    }
    const text = this.tail + buf.toString('latin1');
    let end = 0;
    for (const m of text.matchAll(MERGE)) {
      this.merges.push({
        left: columnNumber(m[1] as string),
        top: Number(m[2]),
        right: columnNumber(m[3] as string),
        bottom: Number(m[4]),
      });
      end = (m.index ?? 0) + m[0].length;
    }
    this.tail = text.slice(Math.max(end, text.length - TAIL));
  }
}

/**
 * Fills merged ranges row by row, rows coming in ascending order: a range's value is its top-left cell, taken
 * when its top row comes (a range whose top row is empty fills nothing), and it fills the empty cells of the
 * rows it covers, within maxColumns.
 */
export class RowMerger {
  private readonly pending: MergeRange[];
  private next = 0;
  private active: { range: MergeRange; value: CellValue }[] = [];

  constructor(
    merges: readonly MergeRange[],
    private readonly maxColumns: number,
  ) {
    this.pending = [...merges].sort((a, b) => a.top - b.top);
  }

  apply(row: CellValue[], rowNumber: number): void {
    while (this.next < this.pending.length && (this.pending[this.next] as MergeRange).top <= rowNumber) {
      const range = this.pending[this.next++] as MergeRange;
      if (range.top !== rowNumber) continue; // its top row held nothing
      const value = row[range.left - 1] ?? null;
      if (value !== null) this.active.push({ range, value });
    }
    if (this.active.length === 0) return;
    this.active = this.active.filter((a) => a.range.bottom >= rowNumber);
    for (const { range, value } of this.active) {
      const right = Math.min(range.right, this.maxColumns);
      for (let c = range.left; c <= right; c++) {
        while (row.length < c) row.push(null);
        if (row[c - 1] === null || row[c - 1] === undefined) row[c - 1] = value;
      }
    }
  }
}

/** Fill each merged range from its top-left cell, in the rows kept and within maxColumns. */
export function applyMerges(grid: SheetGrid, merges: readonly MergeRange[], maxColumns: number): void {
  if (merges.length === 0) return;
  const merger = new RowMerger(merges, maxColumns);
  grid.rows.forEach((row, i) => merger.apply(row, grid.rowNumbers[i] as number));
}
