import type { Translate } from '../../../i18n/translate';
import { enumLabel } from '../../../i18n/enum-label';
import type { TheilStack } from '../theil-stack';

/** The Lorenz curve (cumulative students → cumulative resource, poorest first) against the line of equality. */
export function lorenzOption(
  t: Translate,
  name: string,
  points: readonly [number, number][],
): Record<string, unknown> {
  const pct = (v: number) => Number((v * 100).toFixed(2));
  return {
    tooltip: { trigger: 'item', formatter: '{a}: ({c})' },
    legend: { top: 0 },
    grid: { left: 56, right: 24, top: 40, bottom: 48 },
    xAxis: {
      type: 'value',
      min: 0,
      max: 100,
      name: t('pages.evaluation.equity.studentShare'),
      nameLocation: 'middle',
      nameGap: 28,
      axisLabel: { formatter: '{value}%' },
    },
    yAxis: {
      type: 'value',
      min: 0,
      max: 100,
      name: t('pages.evaluation.equity.resourceShare'),
      axisLabel: { formatter: '{value}%' },
    },
    series: [
      {
        type: 'line',
        name,
        symbolSize: 4,
        areaStyle: { opacity: 0.12 },
        data: points.map(([x, y]) => [pct(x), pct(y)]),
      },
      {
        type: 'line',
        name: t('pages.evaluation.equity.equality'),
        symbol: 'none',
        lineStyle: { type: 'dashed', color: '#8c8c8c' },
        itemStyle: { color: '#8c8c8c' },
        data: [
          [0, 0],
          [100, 100],
        ],
      },
    ],
  };
}

const GROUP_COLOURS = ['#1677ff', '#13c2c2', '#52c41a'];

/** Theil T and L as stacked bars: the between-group part and each group's within-group part. */
export function theilOption(t: Translate, stack: TheilStack): Record<string, unknown> {
  const round = (v: number | null) => (v === null ? null : Number(v.toFixed(5)));
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, itemGap: 24 },
    grid: { left: 64, right: 24, top: 40, bottom: 32 },
    xAxis: {
      type: 'category',
      data: [t('pages.evaluation.equity.theilT'), t('pages.evaluation.equity.theilL')],
    },
    yAxis: { type: 'value' },
    series: [
      {
        type: 'bar',
        stack: 'theil',
        barMaxWidth: 64,
        name: t('pages.evaluation.equity.between'),
        itemStyle: { color: '#fa541c' },
        data: stack.between.map(round),
      },
      ...stack.within.map((w, i) => ({
        type: 'bar',
        stack: 'theil',
        barMaxWidth: 64,
        name: t('pages.evaluation.equity.within', { group: enumLabel(t, 'urbanRural', w.group) }),
        itemStyle: { color: GROUP_COLOURS[i] },
        data: w.parts.map(round),
      })),
    ],
  };
}
