// The whole generated province for one school year folded into ONE county's CountyData: every school re-labelled
// to a single county code (school and teacher codes already carry their own county's code, so they stay unique),
// so a single county workbook holds a province-size teacher sheet (~600,000 rows).
import { generateProvince, type County, type CountyData, type SchoolYear } from '@junheng/core';

export interface ProvinceCountyOptions {
  schoolYear?: SchoolYear;
  /** How many of the province's counties to fold in (183 = the whole province; fewer for a quick run). */
  counties?: number;
  /** The county the province is filed under; its code must not clash with a generated county (51CC21–29). */
  county?: County;
}

export const BENCH_COUNTY: County = {
  divisionCode: '519901',
  name: '全省汇总县',
  cityDivisionCode: '519900',
  cityName: '基准市',
};

export function provinceAsOneCounty({
  schoolYear = '2024-2025',
  counties = 183,
  county = BENCH_COUNTY,
}: ProvinceCountyOptions = {}): CountyData {
  const out: CountyData = { county, townships: [], schools: [], stats: [], teachers: [], classes: [] };
  const townships = new Set<string>();
  for (const part of generateProvince({ schoolYear, counties })) {
    for (const t of part.townships) townships.add(t);
    for (const s of part.schools) out.schools.push({ ...s, countyCode: county.divisionCode });
    // push one by one: spreading 600k rows into push() would overflow the call stack
    for (const r of part.stats) out.stats.push(r);
    for (const t of part.teachers) out.teachers.push(t);
    for (const c of part.classes) out.classes.push(c);
  }
  out.townships = [...townships];
  return out;
}
