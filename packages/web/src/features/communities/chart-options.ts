// Chart options for the community pages: a map-like scatter of schools (longitude, latitude) with a line from
// each lead to its members; each member's indicators as a share of the lead's; and the bundled results as
// stacked lead and member points.
import type { TrafficLight } from '@junheng/core';
import { LIGHT_HEX, type MemberComparison } from './select';

export type MapRole = 'lead' | 'member' | 'other';
export interface MapPoint {
  code: string;
  name: string;
  lng: number | null;
  lat: number | null;
  role: MapRole;
}

export interface MapLabels {
  lead: string;
  member: string;
  other: string;
  pairing: string;
}

const ROLE_STYLE: Record<MapRole, { color: string; size: number }> = {
  lead: { color: '#d4380d', size: 16 },
  member: { color: '#1677ff', size: 10 },
  other: { color: '#bfbfbf', size: 6 },
};

const located = (p: MapPoint): p is MapPoint & { lng: number; lat: number } =>
  p.lng !== null && p.lat !== null && Number.isFinite(p.lng) && Number.isFinite(p.lat);

/** Whether at least two schools have coordinates (a map of one point says nothing). */
export function hasMap(points: readonly MapPoint[]): boolean {
  return points.filter(located).length >= 2;
}

/**
 * The schools on longitude × latitude (equal scales are not needed at county size) with one line per pairing.
 * `pairs` are [lead code, member code]; a pair with a school without coordinates is left out. Leads are drawn
 * last so they stay on top and labelled.
 */
export function pairingMapOption(
  points: readonly MapPoint[],
  pairs: readonly (readonly [string, string])[],
  labels: MapLabels,
  options: { labelLeads?: boolean; labelMembers?: boolean } = {},
) {
  const at = new Map(points.filter(located).map((p) => [p.code, p]));
  const lines = pairs
    .map(([lead, member]) => [at.get(lead), at.get(member)] as const)
    .filter(
      (
        pair,
      ): pair is readonly [
        MapPoint & { lng: number; lat: number },
        MapPoint & { lng: number; lat: number },
      ] => pair[0] !== undefined && pair[1] !== undefined,
    );
  const located_ = [...at.values()];
  const lngs = located_.map((p) => p.lng);
  const lats = located_.map((p) => p.lat);
  const pad = (values: number[]) => {
    const min = Math.min(...values);
    const max = Math.max(...values);
    const margin = Math.max((max - min) * 0.06, 0.01);
    return { min: round(min - margin, 3), max: round(max + margin, 3) };
  };
  const scatter = (role: MapRole, name: string, showLabel: boolean) => ({
    name,
    type: 'scatter',
    z: role === 'lead' ? 4 : role === 'member' ? 3 : 2,
    symbolSize: ROLE_STYLE[role].size,
    itemStyle: { color: ROLE_STYLE[role].color, borderColor: '#fff', borderWidth: role === 'other' ? 0 : 1 },
    label: {
      show: showLabel,
      position: 'right',
      fontSize: role === 'lead' ? 12 : 11,
      color: role === 'lead' ? '#262626' : '#595959',
      formatter: (p: { data: { name: string } }) => p.data.name,
    },
    labelLayout: { hideOverlap: role !== 'lead', moveOverlap: 'shiftY' },
    data: located_.filter((p) => p.role === role).map((p) => ({ name: p.name, value: [p.lng, p.lat] })),
  });
  const hasOthers = located_.some((p) => p.role === 'other');
  return {
    tooltip: {
      trigger: 'item',
      formatter: (p: { seriesName: string; data: { name?: string } }) =>
        p.data.name ? `${p.data.name}<br/>${p.seriesName}` : p.seriesName,
    },
    legend: {
      data: [labels.lead, labels.member, ...(hasOthers ? [labels.other] : []), labels.pairing],
      top: 0,
    },
    grid: { left: 56, right: options.labelMembers ? 120 : 72, top: 40, bottom: 40, containLabel: false },
    xAxis: {
      type: 'value',
      scale: true,
      ...pad(lngs.length ? lngs : [0]),
      name: '°E',
      axisLabel: { fontSize: 10, showMinLabel: false, showMaxLabel: false },
    },
    yAxis: {
      type: 'value',
      scale: true,
      ...pad(lats.length ? lats : [0]),
      name: '°N',
      axisLabel: { fontSize: 10, showMinLabel: false, showMaxLabel: false },
    },
    series: [
      {
        name: labels.pairing,
        type: 'lines',
        coordinateSystem: 'cartesian2d',
        z: 1,
        lineStyle: { color: '#8c8c8c', width: 1, opacity: 0.7 },
        data: lines.map(([a, b]) => ({
          coords: [
            [a.lng, a.lat],
            [b.lng, b.lat],
          ],
        })),
      },
      ...(hasOthers ? [scatter('other', labels.other, false)] : []),
      scatter('member', labels.member, options.labelMembers ?? false),
      scatter('lead', labels.lead, options.labelLeads ?? true),
    ],
  };
}

const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;

export interface ComparisonLabels {
  indicator: (key: string) => string;
  ofLead: string;
}

/**
 * Grouped bars: one group per indicator, one bar per member, the height its value as a % of the lead's; the
 * dashed line at 100% is the lead. Indicator names wrap under the axis; the legend sits on top.
 */
export function comparisonChartOption(
  comparison: MemberComparison,
  keys: readonly string[],
  labels: ComparisonLabels,
) {
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v: number | null) => (v === null ? '—' : `${v}%`) },
    legend: { data: comparison.members.map((m) => m.schoolName), top: 0, type: 'scroll' },
    grid: { left: 48, right: 112, top: 48, bottom: 72 },
    xAxis: {
      type: 'category',
      data: keys.map(labels.indicator),
      axisLabel: { interval: 0, fontSize: 11, width: 84, overflow: 'break', lineHeight: 14 },
    },
    yAxis: { type: 'value', name: labels.ofLead, axisLabel: { formatter: '{value}%' } },
    series: comparison.members.map((m, i) => ({
      name: m.schoolName,
      type: 'bar',
      barMaxWidth: 18,
      data: keys.map((k) => m.percentOfLead[k] ?? null),
      ...(i === 0
        ? {
            markLine: {
              silent: true,
              symbol: 'none',
              lineStyle: { type: 'dashed', color: '#d4380d' },
              label: {
                formatter: comparison.lead.schoolName,
                position: 'end',
                fontSize: 11,
                width: 100,
                overflow: 'break',
              },
              data: [{ yAxis: 100 }],
            },
          }
        : {}),
    })),
  };
}

export interface ResultsLabels {
  lead: string;
  members: string;
}

/** Stacked horizontal bars, best community on top: the lead's points and the members' points add to the score. */
export function resultsChartOption(
  items: readonly {
    name: string;
    communityScore: number;
    contributions: readonly { role: 'lead' | 'member'; points: number }[];
  }[],
  labels: ResultsLabels,
) {
  const ordered = [...items].reverse();
  const sum = (i: (typeof items)[number], role: 'lead' | 'member') =>
    round(
      i.contributions.filter((c) => c.role === role).reduce((acc, c) => acc + c.points, 0),
      1,
    );
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { data: [labels.lead, labels.members], top: 0 },
    grid: { left: 8, right: 48, top: 36, bottom: 16, containLabel: true },
    xAxis: { type: 'value', max: 100 },
    yAxis: { type: 'category', data: ordered.map((i) => i.name), axisLabel: { fontSize: 11 } },
    series: [
      {
        name: labels.lead,
        type: 'bar',
        stack: 'score',
        itemStyle: { color: '#d4380d' },
        data: ordered.map((i) => sum(i, 'lead')),
      },
      {
        name: labels.members,
        type: 'bar',
        stack: 'score',
        itemStyle: { color: '#1677ff' },
        label: {
          show: true,
          position: 'right',
          formatter: (p: { dataIndex: number }) => (ordered[p.dataIndex]?.communityScore ?? 0).toFixed(1),
        },
        data: ordered.map((i) => sum(i, 'member')),
      },
    ],
  };
}

/** A donut of the lights (red, amber, green) for a compliance summary. */
export function lightsChartOption(
  byStatus: Record<TrafficLight, number>,
  label: (light: TrafficLight) => string,
) {
  const order: TrafficLight[] = ['red', 'amber', 'green'];
  return {
    tooltip: { trigger: 'item' },
    series: [
      {
        type: 'pie',
        radius: ['45%', '70%'],
        label: { formatter: '{b}\n{c}', fontSize: 12 },
        data: order
          .filter((l) => byStatus[l] > 0)
          .map((l) => ({ name: label(l), value: byStatus[l], itemStyle: { color: LIGHT_HEX[l] } })),
      },
    ],
  };
}
