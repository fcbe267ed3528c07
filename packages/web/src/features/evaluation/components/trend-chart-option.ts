import type { Standard } from '@junheng/core';
import type { Locale, Translate } from '../../../i18n/translate';
import { formatSchoolYear } from '../../../shared/format';
import { localized } from '../format';
import type { TrendSeries } from '../select';

const round = (v: number | null) => (v === null ? null : Number(v.toFixed(3)));

/** CV per indicator over the school years, with the stage's threshold (and the composite under basic-2012). */
export function trendChartOption(
  t: Translate,
  locale: Locale,
  standard: Standard,
  series: TrendSeries,
  threshold: number,
  compositeThreshold: number | undefined,
): Record<string, unknown> {
  const nameOf = (key: string) => {
    const d = standard.indicators.find((i) => i.key === key);
    return d ? localized(d.name, locale) : key;
  };
  const dashed = (name: string, value: number, color: string) => ({
    type: 'line',
    name,
    symbol: 'none',
    lineStyle: { type: 'dashed', color, width: 2 },
    itemStyle: { color },
    data: series.years.map(() => value),
  });
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v: number | null) => (v === null ? '—' : v.toFixed(3)) },
    // Every line named: the legend wraps over a few rows rather than scrolling lines out of sight.
    legend: { top: 0, left: 0, right: 0 },
    grid: { left: 48, right: 24, top: 96, bottom: 32 },
    xAxis: { type: 'category', data: series.years.map((y) => formatSchoolYear(t, y)) },
    yAxis: { type: 'value', min: 0 },
    series: [
      ...series.lines.map((line) => ({ type: 'line', name: nameOf(line.key), data: line.values.map(round) })),
      ...(series.composite
        ? [
            {
              type: 'line',
              name: t('pages.evaluation.trends.composite'),
              lineStyle: { width: 4 },
              data: series.composite.map(round),
            },
          ]
        : []),
      dashed(t('pages.evaluation.overview.threshold'), threshold, '#f5222d'),
      ...(compositeThreshold !== undefined && series.composite
        ? [
            dashed(
              `${t('pages.evaluation.trends.composite')} ${t('pages.evaluation.overview.threshold')}`,
              compositeThreshold,
              '#722ed1',
            ),
          ]
        : []),
    ],
  };
}
