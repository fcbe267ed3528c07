// Each evaluation table declares its columns once: the value (what sorts and what goes into Excel) and,
// optionally, how the cell looks on screen. The table and the Excel export both read this one declaration.
import type { ColumnType } from 'antd/es/table';
import type { CSSProperties, ReactNode } from 'react';

export type CellValue = string | number | boolean | null;

export interface EvalColumn<T> {
  key: string;
  title: string;
  value: (row: T) => CellValue;
  /** What the screen shows; the value as text when absent. */
  render?: (row: T) => ReactNode;
  /** Exported as this text instead of the raw value (e.g. a CV rounded to 3 decimals as printed). */
  exportValue?: (row: T) => CellValue;
  sortable?: boolean;
  align?: 'left' | 'right' | 'center';
  fixed?: 'left';
  /** A cell style from the row (the red cell of a failing indicator). */
  cellStyle?: (row: T) => CSSProperties | undefined;
  width?: number;
  /** A screen-only column (links, buttons): left out of the workbook. */
  screenOnly?: boolean;
  /** In the workbook only (the screen shows the same fact another way, e.g. a tag). */
  exportOnly?: boolean;
}

/** Ascending order of two cells: empty (undefined CV) first, numbers by value, text in Chinese collation. */
export function compareCells(a: CellValue, b: CellValue): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), 'zh-CN');
}

export function toTableColumns<T>(columns: readonly EvalColumn<T>[]): ColumnType<T>[] {
  return columns
    .filter((c) => !c.exportOnly)
    .map((c) => ({
      key: c.key,
      title: c.title,
      align: c.align,
      fixed: c.fixed,
      width: c.width,
      sorter: c.sortable ? (a: T, b: T) => compareCells(c.value(a), c.value(b)) : undefined,
      onCell: c.cellStyle ? (row: T) => ({ style: c.cellStyle?.(row) }) : undefined,
      render: (_: unknown, row: T) => (c.render ? c.render(row) : displayText(c.value(row))),
    }));
}

export function displayText(value: CellValue): string {
  if (value === null) return '';
  return String(value);
}

/** Header row + one row per record, as the workbook gets them. */
export function exportGrid<T>(columns: readonly EvalColumn<T>[], rows: readonly T[]): CellValue[][] {
  const exported = columns.filter((c) => !c.screenOnly);
  return [
    exported.map((c) => c.title),
    ...rows.map((row) => exported.map((c) => (c.exportValue ?? c.value)(row))),
  ];
}
