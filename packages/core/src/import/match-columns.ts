// Step 2c: match one header text to a template column — trimmed, half-width, unit stripped (units.ts), with
// the synonyms bureaus use (学校代码 → 学校标识码).
import type { ColumnSpec, SheetSpec } from './layout';
import { splitHeader, type HeaderUnit } from './units';

export interface HeaderMatch {
  spec: ColumnSpec;
  unit: HeaderUnit | null;
}

export type HeaderIndex = ReadonlyMap<string, ColumnSpec>;

export function headerIndex(sheet: SheetSpec): HeaderIndex {
  const index = new Map<string, ColumnSpec>();
  for (const column of sheet.columns) {
    for (const text of [column.header, ...(column.synonyms ?? [])]) {
      const { key } = splitHeader(text);
      if (!index.has(key)) index.set(key, column);
    }
  }
  return index;
}

export function matchHeader(index: HeaderIndex, text: string): HeaderMatch | null {
  if (text.trim() === '') return null;
  const { key, unit } = splitHeader(text);
  const spec = index.get(key);
  return spec ? { spec, unit } : null;
}
