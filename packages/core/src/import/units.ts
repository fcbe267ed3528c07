// A unit in brackets at the end of a header (import-template.md: `（㎡）`, `(m2)`, `（元）`, `（万元）`) is
// stripped for matching and remembered: 万元 converts to 元 (×10000), since the platform keeps money in yuan.
import type { UnitKind } from './layout';
import { compactText } from './text';

export interface HeaderUnit {
  /** The unit as written, e.g. `万元`. */
  label: string;
  kind: UnitKind;
  /** Multiply a cell by this to get the platform's unit (m², 元, count, degree). */
  factor: number;
}

const UNITS: Readonly<Record<string, { kind: UnitKind; factor: number }>> = {
  m2: { kind: 'area', factor: 1 },
  平方米: { kind: 'area', factor: 1 },
  平米: { kind: 'area', factor: 1 },
  元: { kind: 'money', factor: 1 },
  千元: { kind: 'money', factor: 1000 },
  万元: { kind: 'money', factor: 10000 },
  人: { kind: 'count', factor: 1 },
  个: { kind: 'count', factor: 1 },
  台: { kind: 'count', factor: 1 },
  间: { kind: 'count', factor: 1 },
  册: { kind: 'count', factor: 1 },
  万册: { kind: 'count', factor: 10000 },
  班: { kind: 'count', factor: 1 },
  '°': { kind: 'degree', factor: 1 },
  度: { kind: 'degree', factor: 1 },
};

export interface SplitHeader {
  /** The header without unit, compacted (half-width, no spaces) for matching. */
  key: string;
  unit: HeaderUnit | null;
}

/** Split `教学仪器设备资产值（万元）` into its matching key and unit; `(区)` and other non-units stay. */
export function splitHeader(header: string): SplitHeader {
  let key = compactText(header);
  let unit: HeaderUnit | null = null;
  const match = /\(([^()]*)\)$/.exec(key);
  if (match) {
    const label = (match[1] as string).replace(/^单位:/, '');
    const known = UNITS[label.toLowerCase()];
    if (known) {
      unit = { label, ...known };
      key = key.slice(0, match.index);
    }
  }
  // 其中：室内体育用房面积 — the 其中 only says the figure is part of the column before.
  key = key.replace(/^其中[:,]?/, '');
  return { key, unit };
}
