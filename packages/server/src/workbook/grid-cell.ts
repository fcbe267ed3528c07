// exceljs cell values → the plain CellValue of the import pipeline. Formulas give their saved result and are
// reported; nothing is ever evaluated (a =HYPERLINK or =WEBSERVICE cell is just its cached text).
import type { CellValue } from '@junheng/core';

export interface PlainCell {
  value: CellValue;
  formula: string | null;
}

function plain(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText))
      return v.richText.map((r: { text?: unknown }) => String(r.text ?? '')).join('');
    if (typeof v.error === 'string') return v.error;
    if ('text' in v) return plain(v.text);
  }
  return null;
}

export function plainCell(value: unknown): PlainCell {
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    const v = value as Record<string, unknown>;
    if ('formula' in v || 'sharedFormula' in v) {
      const formula = String(v.formula ?? v.sharedFormula ?? '');
      return { value: plain(v.result), formula: formula || '(shared formula)' };
    }
  }
  return { value: plain(value), formula: null };
}
