import type { IndicatorResult } from '@junheng/core';
import type { Locale, Translate } from '../../../i18n/translate';
import { localized } from '../format';

const PASS_COLOUR = '#52c41a';
const FAIL_COLOUR = '#f5222d';

/**
 * Each indicator's CV as a horizontal bar (the official names are long), red when over its threshold, with the
 * threshold drawn as a dashed line across the bars.
 */
export function cvChartOption(
  t: Translate,
  locale: Locale,
  indicators: readonly IndicatorResult[],
): Record<string, unknown> {
  // Top to bottom in the official order: a category y axis draws its first item at the bottom.
  const rows = [...indicators].reverse();
  const names = rows.map((r) => localized(r.name, locale));
  const threshold = indicators[0]?.threshold ?? 0;
  const top = Math.max(threshold, ...rows.map((r) => r.cv ?? 0));
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, data: [t('pages.evaluation.col.cv'), t('pages.evaluation.overview.threshold')] },
    grid: { left: 8, right: 48, top: 32, bottom: 8, containLabel: true },
    // A round axis end a little past the largest bar, so its label fits.
    xAxis: { type: 'value', max: Math.ceil(top * 1.1 * 10) / 10 },
    yAxis: {
      type: 'category',
      data: names,
      axisLabel: { width: locale === 'zh-CN' ? 200 : 240, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        name: t('pages.evaluation.col.cv'),
        barMaxWidth: 18,
        // The legend's swatch; each bar is coloured by its verdict below.
        itemStyle: { color: PASS_COLOUR },
        data: rows.map((r) => ({
          value: r.cv === null ? null : Number(r.cv.toFixed(3)),
          itemStyle: { color: r.pass === false ? FAIL_COLOUR : PASS_COLOUR },
        })),
        label: {
          show: true,
          position: 'right',
          formatter: ({ value }: { value: unknown }) => (typeof value === 'number' ? value.toFixed(3) : ''),
        },
      },
      {
        type: 'line',
        name: t('pages.evaluation.overview.threshold'),
        symbol: 'none',
        lineStyle: { type: 'dashed', color: FAIL_COLOUR, width: 2 },
        itemStyle: { color: FAIL_COLOUR },
        data: names.map((name) => [threshold, name]),
      },
    ],
  };
}
