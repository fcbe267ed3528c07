// The values one stage's sections have under a standard, computed once into columns: the stage's CVs and each
// school's verdict read the same numbers, instead of every indicator and every school recomputing them from the
// section objects. A province is ≈ 8,100 sections × 2 standards (bench/balance.ts); this is what keeps its
// evaluation fast.
import type { Stage } from '../org/types';
import { numeratorOf, scaleOf } from './indicator-values';
import type { Section } from './input';
import type { IndicatorDefinition, Standard } from './standards/types';

type ValueDefinition = Pick<IndicatorDefinition, 'numerator' | 'per'>;

/** Which column holds each indicator, each school-rule item and each key of a school's values. */
export interface ValuePlan {
  /** Distinct (resource, scale) pairs: an item with the same definition as an indicator shares its column. */
  columns: ValueDefinition[];
  indicatorColumns: number[];
  itemColumns: number[];
  /** The keys of SchoolResult.values in the order evaluateSchool writes them, and the column of each. */
  valueKeys: string[];
  valueColumns: number[];
}

export function valuePlan(standard: Standard): ValuePlan {
  const columns: ValueDefinition[] = [];
  const columnOf = (d: ValueDefinition): number => {
    const found = columns.findIndex((c) => c.numerator === d.numerator && scaleOf(c) === scaleOf(d));
    if (found >= 0) return found;
    columns.push({ numerator: d.numerator, per: d.per });
    return columns.length - 1;
  };
  const indicatorColumns = standard.indicators.map(columnOf);
  const itemColumns = (standard.schoolRule?.items ?? []).map(columnOf);
  // A school's values: the indicators, then the rule items; an item whose key is an indicator's overwrites it in
  // place (the key keeps its first position), as assigning into a record does.
  const valueKeys: string[] = [];
  const valueColumns: number[] = [];
  const place = (key: string, column: number) => {
    const at = valueKeys.indexOf(key);
    if (at >= 0) {
      valueColumns[at] = column;
    } else {
      valueKeys.push(key);
      valueColumns.push(column);
    }
  };
  standard.indicators.forEach((ind, i) => place(ind.key, indicatorColumns[i] as number));
  (standard.schoolRule?.items ?? []).forEach((item, i) => place(item.key, itemColumns[i] as number));
  return { columns, indicatorColumns, itemColumns, valueKeys, valueColumns };
}

/** One stage's sections with their students and every column's value, column after column. */
export interface StageTable {
  sections: Section[];
  /** Position of each of `sections` in the list the table was built from. */
  positions: number[];
  weights: Float64Array;
  values: Float64Array;
}

export function stageTable(sections: readonly Section[], stage: Stage, plan: ValuePlan): StageTable {
  const own: Section[] = [];
  const positions: number[] = [];
  sections.forEach((s, i) => {
    if (s.stage !== stage) return;
    own.push(s);
    positions.push(i);
  });
  const m = own.length;
  const weights = new Float64Array(m);
  const values = new Float64Array(plan.columns.length * m);
  for (let j = 0; j < m; j++) {
    const s = own[j] as Section;
    weights[j] = s.students;
    // Same arithmetic as indicatorValue(): a section without students has value 0.
    if (!(s.students > 0)) continue;
    for (let k = 0; k < plan.columns.length; k++) {
      const c = plan.columns[k] as ValueDefinition;
      values[k * m + j] = (numeratorOf(s, c.numerator) / s.students) * scaleOf(c);
    }
  }
  return { sections: own, positions, weights, values };
}

/** The values of one column, as a view (no copy). */
export function columnOf(table: StageTable, column: number): Float64Array {
  const m = table.sections.length;
  return table.values.subarray(column * m, column * m + m);
}

/** The value in a column of the table's j-th section. */
export const valueAt = (table: StageTable, column: number, j: number): number =>
  table.values[column * table.sections.length + j] as number;
