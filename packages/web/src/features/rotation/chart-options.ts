// Chart options for the effect tab: the teacher indicators' CVs before and after the plan (grouped bars), the
// flows between urban, town and rural schools (a sankey; sending and receiving sides are separate nodes, so a
// town → town move is no cycle), and the receiving schools' subject shortages filled (bars per subject).
import type { IndicatorEffect, ShortageFillLine, Stage, Subject, UrbanRural } from '@junheng/core';
import type { Flow } from './types';

export interface EffectLabels {
  indicator: (e: IndicatorEffect) => string;
  stage: (s: Stage) => string;
  before: string;
  after: string;
}

const round3 = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 1000);

// ECharts 6 places a legend at the bottom by default, where it ran over the two-line category labels: the legend
// sits top right (clear of the y-axis name at top left) and the grid keeps room for it and for the labels.
const TOP_LEGEND = { top: 0, right: 8, itemWidth: 14, itemHeight: 10 };

export function effectChartOption(effect: readonly IndicatorEffect[], labels: EffectLabels) {
  const categories = effect.map((e) => `${labels.stage(e.stage)}\n${labels.indicator(e)}`);
  return {
    tooltip: { trigger: 'axis' },
    legend: { ...TOP_LEGEND, data: [labels.before, labels.after] },
    grid: { left: 48, right: 16, bottom: 56, top: 48 },
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

export interface ShortageLabels {
  subject: (s: Subject) => string;
  before: string;
  filled: string;
  arrived: string;
}

/**
 * Per subject, summed over the receiving schools: shortage before, filled by the plan, filled by arrivals.
 * Horizontal bars, PE and the arts on top: a dozen subject names fit down the side, not along a narrow axis.
 */
export function shortageChartOption(lines: readonly ShortageFillLine[], labels: ShortageLabels) {
  const bySubject = new Map<Subject, { before: number; filled: number; arrived: number; priority: number }>();
  for (const l of lines) {
    const s = bySubject.get(l.subject) ?? { before: 0, filled: 0, arrived: 0, priority: l.priority };
    s.before += l.shortage;
    s.filled += l.filled;
    s.arrived += l.filledByArrivals;
    bySubject.set(l.subject, s);
  }
  const subjects = [...bySubject.entries()].sort(
    (a, b) => b[1].priority - a[1].priority || b[1].before - a[1].before,
  );
  type Sums = { before: number; filled: number; arrived: number };
  const series = (name: string, color: string, pick: (v: Sums) => number) => ({
    name,
    type: 'bar',
    data: subjects.map(([, v]) => pick(v)),
    itemStyle: { color },
    barGap: '10%',
    // A zero needs no label: the missing bar says it, and a column of 0s buries the figures that matter.
    label: {
      show: true,
      position: 'right',
      fontSize: 10,
      formatter: (p: { value: number }) => (p.value > 0 ? String(p.value) : ''),
    },
  });
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { ...TOP_LEGEND, data: [labels.before, labels.filled, labels.arrived] },
    grid: { left: 88, right: 32, bottom: 24, top: 32 },
    yAxis: {
      type: 'category',
      inverse: true,
      data: subjects.map(([s]) => labels.subject(s)),
      axisLabel: { interval: 0, fontSize: 12 },
    },
    xAxis: { type: 'value', minInterval: 1 },
    series: [
      series(labels.before, '#ff7875', (v) => v.before),
      series(labels.filled, '#1677ff', (v) => v.filled),
      series(labels.arrived, '#52c41a', (v) => v.arrived),
    ],
  };
}

/** A height that gives each subject's three bars room. */
export function shortageChartHeight(lines: readonly ShortageFillLine[]): number {
  return 64 + 36 * new Set(lines.map((l) => l.subject)).size;
}
