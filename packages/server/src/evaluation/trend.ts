// Trends over the school years of one county, and the city view comparing its counties: both computed from
// the stored data now (a county-year evaluates in milliseconds), so they never show a stale run.
import { analyseCounty, evaluateCounty, STAGES, type SchoolYear } from '@junheng/core';
import type { Db } from '../db/client';
import type { Scope } from '../auth/scope';
import { readCountyData } from '../county-data/read';
import { countiesInScope } from '../org/counties/service';
import { assertCounty, standardOf } from './service';

export async function evaluationTrend(db: Db, scope: Scope, countyId: string, standardId: string) {
  const standard = standardOf(standardId);
  assertCounty(scope, countyId);
  const data = await readCountyData(db, countyId);
  const years = [...new Set(data.stats.map((s) => s.schoolYear))].sort();
  return years.map((schoolYear) => {
    const county = evaluateCounty(data, standard, { schoolYear }).counties[0];
    return {
      schoolYear,
      stages: Object.fromEntries(
        STAGES.map((stage) => {
          const r = county?.stages[stage];
          return [
            stage,
            {
              pass: r?.pass ?? null,
              compositeCv: r?.compositeCv ?? null,
              indicators: (r?.indicators ?? []).map((i) => ({ key: i.key, cv: i.cv, mean: i.mean })),
            },
          ];
        }),
      ),
    };
  });
}

/** The city view: every county in scope, one row each, for one school year and standard. */
export async function compareCounties(db: Db, scope: Scope, year: string, standardId: string) {
  const schoolYear = year as SchoolYear;
  const standard = standardOf(standardId);
  if (scope.schoolId !== null) return [];
  const list = await countiesInScope(db, scope);
  const rows = [];
  for (const c of list) {
    const data = await readCountyData(db, c.id, [schoolYear]);
    if (data.stats.length === 0) continue;
    const analysis = analyseCounty(data, schoolYear, standard);
    const county = analysis.report.counties[0];
    rows.push({
      countyId: c.id,
      countyCode: county?.countyCode ?? '',
      countyName: c.name,
      stages: Object.fromEntries(
        STAGES.map((stage) => {
          const r = county?.stages[stage];
          const cvs = (r?.indicators ?? []).flatMap((i) => (i.cv === null ? [] : [i.cv]));
          return [
            stage,
            {
              pass: r?.pass ?? null,
              schoolCount: r?.schoolCount ?? 0,
              compositeCv: r?.compositeCv ?? null,
              maxCv: cvs.length > 0 ? Math.max(...cvs) : null,
              failingIndicators: (r?.indicators ?? []).filter((i) => i.pass === false).map((i) => i.key),
            },
          ];
        }),
      ),
      failingSchools: county?.schools.filter((s) => s.pass === false).length ?? 0,
    });
  }
  return rows;
}
