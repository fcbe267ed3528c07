import { describe, expect, it } from 'vitest';
import { effectChartOption, flowChartOption, shortageChartOption } from './chart-options';
import { dashboardFigures } from './dashboard';
import { rotationEn, rotationZh } from './messages';
import { availableActions, isEditable } from './status';
import type { PlanCheck } from './types';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('rotation messages', () => {
  it('zh-CN and en-US have the same keys and placeholders, none empty', () => {
    expect(Object.keys(rotationEn).sort()).toEqual(Object.keys(rotationZh).sort());
    for (const [id, zh] of Object.entries(rotationZh)) {
      const en = rotationEn[id as keyof typeof rotationZh];
      expect(zh.trim(), id).not.toBe('');
      expect(en.trim(), id).not.toBe('');
      expect(placeholders(en), id).toEqual(placeholders(zh));
    }
  });
});

describe('campaign actions offered', () => {
  it('follows the server: county submits and completes, city also approves and publishes, viewers nothing', () => {
    expect(availableActions('planned', 'county')).toEqual(['submit']);
    expect(availableActions('planned', 'city')).toEqual([]);
    expect(availableActions('submitted', 'city')).toEqual(['approve', 'reject']);
    expect(availableActions('approved', 'county')).toEqual(['publish']);
    expect(availableActions('published', 'county')).toEqual(['complete']);
    expect(availableActions('published', 'city')).toEqual([]);
    for (const s of ['draft', 'planned', 'submitted', 'approved', 'published', 'completed'] as const) {
      expect(availableActions(s, 'viewer')).toEqual([]);
      expect(availableActions(s, 'school')).toEqual([]);
    }
    expect(availableActions('completed', 'admin')).toEqual([]);
    expect([isEditable('draft'), isEditable('planned'), isEditable('submitted')]).toEqual([
      true,
      true,
      false,
    ]);
  });
});

describe('effect charts', () => {
  it('puts before and after side by side per stage and indicator, to three decimals', () => {
    const option = effectChartOption(
      [
        { stage: 'primary', indicator: 'peArts', before: 0.50931, after: 0.43978 },
        { stage: 'junior', indicator: 'backbone', before: null, after: 0.2 },
      ],
      { indicator: (e) => e.indicator, stage: (s) => s, before: 'B', after: 'A' },
    );
    expect(option.xAxis.data).toEqual(['primary\npeArts', 'junior\nbackbone']);
    // The legend sits above the plot, clear of the two-line category labels under it (ECharts 6 would put it
    // at the bottom, over those labels).
    expect(option.legend.top).toBe(0);
    expect(option.legend).not.toHaveProperty('bottom');
    expect(option.grid.top).toBeGreaterThanOrEqual(40);
    expect(option.series[0]?.data).toEqual([0.509, null]);
    expect(option.series[1]?.data).toEqual([0.44, 0.2]);
  });

  it('draws flows from sending to receiving nodes, only for areas that have moves', () => {
    const option = flowChartOption(
      [
        { from: 'urban', to: 'rural', count: 5 },
        { from: 'town', to: 'town', count: 2 },
        { from: 'urban', to: 'town', count: 0 },
      ],
      { area: (u) => u, sending: (a) => `${a}>`, receiving: (a) => `>${a}` },
    );
    const series = option.series[0]!;
    expect(series.data.map((n) => n.name)).toEqual(['urban>', 'town>', '>town', '>rural']);
    expect(series.links).toEqual([
      { source: 'urban>', target: '>rural', value: 5 },
      { source: 'town>', target: '>town', value: 2 },
    ]);
  });
});

describe('shortages filled chart', () => {
  it('sums per subject over the schools, PE and arts first, with before, filled and arrived', () => {
    const line = (
      schoolCode: string,
      subject: 'music' | 'chinese',
      shortage: number,
      filled: number,
      arrived: number,
    ) => ({
      schoolCode,
      stage: 'primary' as const,
      subject,
      shortage,
      priority: subject === 'music' ? 3 : 1,
      planned: filled,
      filled,
      arrived,
      filledByArrivals: arrived,
      remaining: shortage - filled,
    });
    const option = shortageChartOption(
      [line('A', 'chinese', 3, 1, 0), line('A', 'music', 1, 1, 1), line('B', 'music', 2, 1, 0)],
      { subject: (s) => s, before: 'short', filled: 'filled', arrived: 'arrived' },
    );
    expect(option.yAxis.data).toEqual(['music', 'chinese']);
    expect(option.series.map((x) => x.data)).toEqual([
      [3, 3],
      [2, 1],
      [1, 0],
    ]);
    expect(option.legend.top).toBe(0);
  });
});

describe('dashboard figures', () => {
  const quota = (
    schoolCode: string | null,
    floor: number,
    backboneFloor: number,
    planned: number,
    plannedBackbone: number,
  ) => ({
    schoolCode,
    schoolName: schoolCode,
    eligible: 20,
    backboneEligible: 5,
    floor,
    cap: floor,
    backboneFloor,
    planned,
    plannedBackbone,
  });
  const check = (quotas: PlanCheck['quotas']): PlanCheck => ({
    assignments: 8,
    violations: [],
    quotas,
    shortfalls: [],
    effect: [],
    flows: [],
    shortages: {
      totals: { shortage: 10, filled: 6, filledByArrivals: 2, remaining: 4, surplus: 2 },
      lines: [],
    },
  });

  it('reads the backbone share off the county line and counts the schools that owe a quota and meet it', () => {
    const f = dashboardFigures(
      check([
        quota('A', 3, 1, 3, 1),
        quota('B', 3, 1, 3, 0),
        quota('C', 0, 0, 0, 0),
        quota(null, 0, 0, 8, 2),
      ]),
      0.25,
    );
    expect(f).toMatchObject({
      rotated: 8,
      backbone: 2,
      backboneShare: 0.25,
      backboneMeets: true,
      schoolsMeeting: 1,
      schoolsOwing: 2,
      shortage: 10,
      filled: 6,
      filledByArrivals: 2,
    });
    expect(dashboardFigures(check([quota(null, 0, 0, 8, 1)]), 0.25).backboneMeets).toBe(false);
    expect(dashboardFigures(check([quota(null, 0, 0, 0, 0)]), 0.25)).toMatchObject({
      backboneShare: null,
      backboneMeets: null,
    });
  });
});
