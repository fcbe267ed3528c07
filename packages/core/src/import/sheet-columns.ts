// Step 2d: turn a found header into the column map a sheet is read with, reporting extra columns (warnings),
// repeated columns (warnings; the first is used), missing required columns and units that do not fit (errors).
import type { FoundHeader, HeaderColumn } from './find-header';
import { IssueList, reason } from './issues';
import type { SheetSpec } from './layout';
import { columnLetter } from './text';

export interface SheetColumn extends HeaderColumn {
  field: string;
  letter: string;
  /** Multiply a number in this column by this (万元 → 元). */
  factor: number;
}

export type ColumnMap = ReadonlyMap<string, SheetColumn>;

const UNIT_KIND_ZH = { area: '面积', money: '金额', count: '数量', degree: '度数' } as const;

export function sheetColumns(
  header: FoundHeader,
  sheet: SheetSpec,
  sheetName: string,
  issues: IssueList,
): ColumnMap {
  const map = new Map<string, SheetColumn>();
  for (const col of header.columns) {
    const letter = columnLetter(col.column);
    const column = { header: col.header, letter };
    if (col.field === null) {
      issues.warning({
        code: 'column_extra',
        sheet: sheetName,
        column,
        reason: reason('不是模板中的列，已忽略', 'not a column of the template; ignored'),
      });
      continue;
    }
    const spec = sheet.columns.find((c) => c.field === col.field);
    if (!spec) continue;
    if (map.has(col.field)) {
      const first = map.get(col.field) as SheetColumn;
      issues.warning({
        code: 'column_duplicate',
        sheet: sheetName,
        column,
        reason: reason(
          `与 ${first.letter} 列重复（都对应「${spec.header}」），已忽略本列`,
          `repeats column ${first.letter} (both are "${spec.header}"); this one is ignored`,
        ),
      });
      continue;
    }
    let factor = 1;
    if (col.unit) {
      if (spec.unit !== col.unit.kind) {
        issues.error({
          code: 'unit_mismatch',
          sheet: sheetName,
          column,
          reason: reason(
            `单位「${col.unit.label}」不适用于本列${spec.unit ? `（应为${UNIT_KIND_ZH[spec.unit]}单位）` : ''}`,
            `the unit "${col.unit.label}" does not fit this column${spec.unit ? ` (expects a ${spec.unit} unit)` : ''}`,
          ),
        });
        continue;
      }
      factor = col.unit.factor;
    }
    map.set(col.field, { ...col, field: col.field, letter, factor });
  }
  for (const spec of sheet.columns) {
    if (spec.required && !map.has(spec.field)) {
      issues.error({
        code: 'column_missing',
        sheet: sheetName,
        column: { header: spec.header, letter: null },
        reason: reason(`缺少必填列「${spec.header}」`, `the required column "${spec.header}" is missing`),
      });
    }
  }
  return map;
}
