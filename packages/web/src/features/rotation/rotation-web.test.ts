import { describe, expect, it } from 'vitest';
import { effectChartOption, flowChartOption } from './chart-options';
import { rotationEn, rotationZh } from './messages';
import { availableActions, isEditable } from './status';

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
