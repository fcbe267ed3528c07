import { URBAN_RURALS } from '../../../app/api/types';
import { enumLabel } from '../../../i18n/enum-label';
import type { Translate } from '../../../i18n/translate';
import type { SchoolSummary } from '../summarize';

/** Schools and students per urban/town/rural category, the split the balance evaluation is about. */
export function urbanRuralChartOption(t: Translate, summary: SchoolSummary): Record<string, unknown> {
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 56, right: 56, top: 40, bottom: 32 },
    xAxis: { type: 'category', data: URBAN_RURALS.map((key) => enumLabel(t, 'urbanRural', key)) },
    yAxis: [
      { type: 'value', name: t('pages.dashboard.schoolCount'), minInterval: 1 },
      { type: 'value', name: t('pages.dashboard.studentCount'), minInterval: 1 },
    ],
    series: [
      {
        type: 'bar',
        name: t('pages.dashboard.schoolCount'),
        data: URBAN_RURALS.map((key) => summary.byUrbanRural[key].schools),
      },
      {
        type: 'bar',
        name: t('pages.dashboard.studentCount'),
        yAxisIndex: 1,
        data: URBAN_RURALS.map((key) => summary.byUrbanRural[key].students),
      },
    ],
  };
}
