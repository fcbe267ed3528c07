// The county itself (code, name, city) and its township list. The template's 说明 sheet carries them, so an
// exported workbook reads back whole; a bureau's own workbook without them gets them from the 学校 sheet.
import type { County, School } from '../org/types';
import { normaliseCode, normaliseText } from './cells';
import { IssueList, reason } from './issues';
import { compactText } from './text';
import type { CellValue, SheetGrid } from './types';

export const COUNTY_INFO_LABELS = {
  divisionCode: '县（区）代码',
  name: '县（区）名称',
  cityDivisionCode: '所属市代码',
  cityName: '所属市名称',
  townships: '乡镇',
} as const;

type InfoKey = keyof typeof COUNTY_INFO_LABELS;

/** Townships are listed in one cell, separated as people type lists. */
export const TOWNSHIP_SEPARATOR = '、';

export interface CountyInfo {
  county: Partial<County>;
  townships: string[] | null;
}

export function readCountyInfo(notes: SheetGrid | undefined): CountyInfo {
  const info: CountyInfo = { county: {}, townships: null };
  if (!notes) return info;
  const keys = Object.entries(COUNTY_INFO_LABELS).map(
    ([k, label]) => [k as InfoKey, compactText(label)] as const,
  );
  for (const row of notes.rows) {
    const label = typeof row[0] === 'string' ? compactText(row[0]) : '';
    const key = keys.find(([, l]) => l === label)?.[0];
    const cell: CellValue = row[1] ?? null;
    if (!key) continue;
    const text =
      key === 'divisionCode' || key === 'cityDivisionCode' ? normaliseCode(cell) : normaliseText(cell);
    if (!text.ok || text.value === undefined) continue;
    if (key === 'townships') {
      info.townships = text.value
        .split(/[、,，;；]/)
        .map((t) => t.trim())
        .filter((t) => t !== '');
    } else {
      info.county[key] = text.value;
    }
  }
  return info;
}

export interface CountySchoolRow {
  school: School;
  countyName: string | null;
}

function mostCommon(values: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  for (const [v, n] of counts) if (best === null || n > (counts.get(best) as number)) best = v;
  return best;
}

/**
 * The county: the 说明 sheet's values where given, otherwise the schools' most common county code (its city
 * is the code's first four digits + 00, GB/T 2260). Schools of another county are warned about.
 */
export function settleCounty(
  info: CountyInfo,
  schools: readonly CountySchoolRow[],
  schoolSheet: string,
  rowOf: (schoolCode: string) => number | null,
  issues: IssueList,
): { county: County; townships: string[] } {
  const divisionCode =
    info.county.divisionCode ?? mostCommon(schools.map((s) => s.school.countyCode)) ?? '000000';
  const name =
    info.county.name ??
    schools.find((s) => s.school.countyCode === divisionCode && s.countyName)?.countyName ??
    '';
  const county: County = {
    divisionCode,
    name,
    cityDivisionCode: info.county.cityDivisionCode ?? `${divisionCode.slice(0, 4)}00`,
    cityName: info.county.cityName ?? '',
  };
  for (const { school } of schools) {
    if (school.countyCode === divisionCode) continue;
    issues.warning({
      code: 'other_county',
      sheet: schoolSheet,
      row: rowOf(school.schoolCode),
      column: { header: '所属县（区）代码', letter: null },
      value: school.countyCode,
      reason: reason(
        `学校不属于本县（区）${divisionCode}，评估时仍按本县计算`,
        `the school is not in county ${divisionCode}; it is still evaluated with this county`,
      ),
    });
  }
  const townships = [...(info.townships ?? [])];
  for (const { school } of schools) {
    if (school.township !== null && !townships.includes(school.township)) townships.push(school.township);
  }
  return { county, townships };
}
