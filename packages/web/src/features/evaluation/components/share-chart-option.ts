import type { VarianceShare } from '@junheng/core';
import type { Translate } from '../../../i18n/translate';

/** The chart shows the largest contributors; the table below lists every section. */
export const SHARE_CHART_TOP = 15;

/** The largest variance shares as horizontal bars, largest on top, pushers in red. */
export function shareChartOption(
  t: Translate,
  shares: readonly VarianceShare[],
  pushers: ReadonlySet<string>,
): Record<string, unknown> {
  const top = shares.slice(0, SHARE_CHART_TOP).reverse();
  return {
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (v: number) => `${v.toFixed(2)}%`,
    },
    grid: { left: 8, right: 56, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', axisLabel: { formatter: '{value}%' } },
    yAxis: {
      type: 'category',
      data: top.map((s) => s.schoolName),
      axisLabel: { width: 180, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        name: t('pages.evaluation.drivers.share'),
        barMaxWidth: 16,
        data: top.map((s) => ({
          value: Number((s.share * 100).toFixed(2)),
          itemStyle: { color: pushers.has(s.schoolCode) ? '#f5222d' : '#1677ff' },
        })),
        label: { show: true, position: 'right', formatter: '{c}%' },
      },
    ],
  };
}
