// Chart options for the effect tab: the teacher indicators' CVs before and after the plan (grouped bars), and
// the flows between urban, town and rural schools (a sankey; sending and receiving sides are separate nodes, so
// a town → town move is no cycle).
import type { IndicatorEffect, Stage, UrbanRural } from '@junheng/core';
import type { Flow } from './types';

export interface EffectLabels {
  indicator: (e: IndicatorEffect) => string;
  stage: (s: Stage) => string;
  before: string;
  after: string;
}

const round3 = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 1000);

export function effectChartOption(effect: readonly IndicatorEffect[], labels: EffectLabels) {
  const categories = effect.map((e) => `${labels.stage(e.stage)}\n${labels.indicator(e)}`);
  return {
    tooltip: { trigger: 'axis' },
    legend: { data: [labels.before, labels.after] },
    grid: { left: 48, right: 16, bottom: 64, top: 40 },
    xAxis: { type: 'category', data: categories, axisLabel: { interval: 0, fontSize: 12, lineHeight: 16 } },
    yAxis: { type: 'value', name: 'CV' },
    series: [
      {
        name: labels.before,
        type: 'bar',
        data: effect.map((e) => round3(e.before)),
        itemStyle: { color: '#bfbfbf' },
      },
      {
        name: labels.after,
        type: 'bar',
        data: effect.map((e) => round3(e.after)),
        itemStyle: { color: '#1677ff' },
        label: { show: true, position: 'top', fontSize: 10 },
      },
    ],
  };
}

export interface FlowLabels {
  area: (u: UrbanRural) => string;
  sending: (area: string) => string;
  receiving: (area: string) => string;
}

const ORDER: readonly UrbanRural[] = ['urban', 'town', 'rural'];

export function flowChartOption(flows: readonly Flow[], labels: FlowLabels) {
  const from = (u: UrbanRural) => labels.sending(labels.area(u));
  const to = (u: UrbanRural) => labels.receiving(labels.area(u));
  const used = (side: 'from' | 'to') => ORDER.filter((u) => flows.some((f) => f[side] === u && f.count > 0));
  const nodes = [
    ...used('from').map((u) => ({ name: from(u) })),
    ...used('to').map((u) => ({ name: to(u) })),
  ];
  return {
    tooltip: { trigger: 'item' },
    series: [
      {
        type: 'sankey',
        left: 16,
        right: 120,
        nodeAlign: 'justify',
        emphasis: { focus: 'adjacency' },
        data: nodes,
        links: flows
          .filter((f) => f.count > 0)
          .map((f) => ({ source: from(f.from), target: to(f.to), value: f.count })),
        label: { fontSize: 13, formatter: (p: { name: string; value: number }) => `${p.name}  ${p.value}` },
        lineStyle: { color: 'gradient', curveness: 0.5 },
      },
    ],
  };
}
