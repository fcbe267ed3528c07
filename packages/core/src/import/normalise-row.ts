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
import { zodReason } from './row-reasons';
import type { ColumnMap, SheetColumn } from './sheet-columns';
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

/** Distinct texts remembered per column: enough for every code, label and month a county sheet repeats. */
const CACHE_LIMIT = 20_000;

interface FieldPlan {
  field: string;
  kind: FieldKind;
  column: SheetColumn;
  /** 0-based index of the column in a sheet row. */
  index: number;
  /** Results for text cells seen before (normalising is a pure function of the text). */
  cache: Map<string, Normalised<unknown>>;
}

/**
 * Step 2f (per row) for one sheet: normalise each cell by the kind of its field, then validate the row with its
 * zod schema. Problems become issues naming sheet, row, column and value; a row with an error gives null. A
 * sheet repeats the same texts (codes, labels, months) row after row, so each distinct text of a column is
 * normalised once.
 */
export class RowNormaliser<S extends z.ZodType> {
  private readonly plan: FieldPlan[] = [];

  constructor(
    private readonly kinds: FieldKinds,
    private readonly schema: S,
    private readonly ctx: RowContext,
  ) {
    for (const [field, kind] of Object.entries(kinds)) {
      const column = ctx.columns.get(field);
      if (column) this.plan.push({ field, kind, column, index: column.column - 1, cache: new Map() });
    }
  }

  private columnOf(field: string) {
    const c = this.ctx.columns.get(field);
    return c ? { header: c.header, letter: c.letter } : null;
  }

  /** `cells` is the sheet row (cells[c] is Excel column c + 1), `row` its 1-based Excel row. */
  parse(cells: readonly CellValue[], row: number): z.output<S> | null {
    const { ctx } = this;
    const values: Record<string, unknown> = {};
    let failed: Set<string> | null = null;
    for (const p of this.plan) {
      const cell = cells[p.index] ?? null;
      let result: Normalised<unknown> | undefined;
      if (typeof cell === 'string') {
        result = p.cache.get(cell);
        if (result === undefined) {
          result = normaliseCell(p.kind, cell, p.column.factor);
          if (p.cache.size < CACHE_LIMIT) p.cache.set(cell, result);
        }
      } else {
        result = normaliseCell(p.kind, cell, p.column.factor);
      }
      if (result.ok) {
        if (result.value !== undefined) values[p.field] = result.value;
      } else {
        (failed ??= new Set()).add(p.field);
        ctx.issues.error({
          code: result.code,
          sheet: ctx.sheet,
          row,
          column: this.columnOf(p.field),
          value: cell,
          reason: result.reason,
        });
      }
    }
    const parsed = this.schema.safeParse(values);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? '');
        if (!(field in this.kinds)) continue;
        // A cell that failed to normalise has been reported already, and so has a missing required column.
        if (failed?.has(field)) continue;
        const column = ctx.columns.get(field);
        if (!column && issue.code === 'invalid_type') continue;
        const kind = this.kinds[field];
        const allowed = kind && typeof kind === 'object' ? primaryLabels(kind.labels) : null;
        const { code, reason } = zodReason(issue, values[field], allowed);
        const header = ctx.spec.columns.find((c) => c.field === field)?.header ?? field;
        ctx.issues.error({
          code,
          sheet: ctx.sheet,
          row,
          column: this.columnOf(field) ?? { header, letter: null },
          value: column ? (cells[column.column - 1] ?? null) : null,
          reason,
        });
      }
      return null;
    }
    return failed ? null : parsed.data;
  }
}
