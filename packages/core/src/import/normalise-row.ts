// Step 2f (per row): normalise each cell by the kind of its field, then validate the row with its zod schema.
// Problems become issues naming sheet, row, column and value; a row with an error gives null.
import type { z } from 'zod';
import {
  normaliseBoolean,
  normaliseCode,
  normaliseMonth,
  normaliseNumber,
  normaliseSchoolYear,
  normaliseText,
  type Normalised,
} from './cells';
import { codeOf, primaryLabels, type EnumLabels } from './enums';
import type { IssueList } from './issues';
import type { SheetSpec } from './layout';
import type { RawRow } from './read-rows';
import { zodReason } from './row-reasons';
import type { ColumnMap } from './sheet-columns';
import type { CellValue } from './types';

export type FieldKind =
  | 'text'
  | 'code'
  | 'number'
  | 'boolean'
  | 'month'
  | 'schoolYear'
  | { labels: EnumLabels<string>; none?: RegExp };

export type FieldKinds = Readonly<Record<string, FieldKind>>;

function normaliseCell(kind: FieldKind, value: CellValue, factor: number): Normalised<unknown> {
  switch (kind) {
    case 'text':
      return normaliseText(value);
    case 'code':
      return normaliseCode(value);
    case 'boolean':
      return normaliseBoolean(value);
    case 'month':
      return normaliseMonth(value);
    case 'schoolYear':
      return normaliseSchoolYear(value);
    case 'number': {
      const n = normaliseNumber(value);
      // 万元 → 元 may leave binary noise (12.34 × 10000); six decimals is far below any figure's precision.
      if (n.ok && n.value !== undefined && factor !== 1)
        return { ok: true, value: Number((n.value * factor).toFixed(6)) };
      return n;
    }
    default: {
      const text = normaliseText(value);
      if (!text.ok || text.value === undefined) return text;
      if (kind.none?.test(text.value.replace(/\s+/g, ''))) return { ok: true, value: null };
      return { ok: true, value: codeOf(kind.labels, text.value) };
    }
  }
}

export interface RowContext {
  sheet: string;
  spec: SheetSpec;
  columns: ColumnMap;
  issues: IssueList;
}

export function normaliseRow<S extends z.ZodType>(
  raw: RawRow,
  kinds: FieldKinds,
  schema: S,
  ctx: RowContext,
): z.output<S> | null {
  const values: Record<string, unknown> = {};
  const failed = new Set<string>();
  const columnOf = (field: string) => {
    const c = ctx.columns.get(field);
    return c ? { header: c.header, letter: c.letter } : null;
  };
  for (const [field, kind] of Object.entries(kinds)) {
    const column = ctx.columns.get(field);
    if (!column) continue;
    const cell = raw.cells.get(field) ?? null;
    const result = normaliseCell(kind, cell, column.factor);
    if (result.ok) {
      if (result.value !== undefined) values[field] = result.value;
    } else {
      failed.add(field);
      ctx.issues.error({
        code: result.code,
        sheet: ctx.sheet,
        row: raw.row,
        column: columnOf(field),
        value: cell,
        reason: result.reason,
      });
    }
  }
  const parsed = schema.safeParse(values);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '');
      if (!(field in kinds)) continue;
      // A cell that failed to normalise has been reported already, and so has a missing required column.
      if (failed.has(field)) continue;
      if (!ctx.columns.has(field) && issue.code === 'invalid_type') continue;
      const kind = kinds[field];
      const allowed = kind && typeof kind === 'object' ? primaryLabels(kind.labels) : null;
      const { code, reason } = zodReason(issue, values[field], allowed);
      const header = ctx.spec.columns.find((c) => c.field === field)?.header ?? field;
      const column = columnOf(field) ?? { header, letter: null };
      ctx.issues.error({
        code,
        sheet: ctx.sheet,
        row: raw.row,
        column,
        value: raw.cells.get(field) ?? null,
        reason,
      });
    }
    return null;
  }
  return failed.size > 0 ? null : parsed.data;
}
