import { describe, expect, it } from 'vitest';
import { DEFAULT_BUNDLED_SCHEME } from './default-scheme';
import { schemeLeaves } from './tree';
import type { BundledScheme } from './types';
import { validateScheme } from './validate';

describe('validateScheme', () => {
  it('accepts the seed 002 default and gives its leaves weights that add up to 1', () => {
    expect(validateScheme(DEFAULT_BUNDLED_SCHEME)).toEqual([]);
    const leaves = schemeLeaves(DEFAULT_BUNDLED_SCHEME);
    expect(leaves.map((l) => l.node.id)).toEqual([
      'managementInnovation',
      'teacherExchange',
      'activitiesHeld',
      'complianceShare',
      'qualityGain',
      'gapNarrowing',
      'satisfaction',
    ]);
    expect(leaves.reduce((s, l) => s + l.globalWeight, 0)).toBeCloseTo(1, 12);
    expect(leaves.find((l) => l.node.id === 'activitiesHeld')?.globalWeight).toBeCloseTo(0.075, 12);
    expect(leaves.filter((l) => l.attribution === 'lead')).toHaveLength(4);
  });

  it('names siblings that do not sum to 1, duplicates and incomplete leaves', () => {
    const bad: BundledScheme = {
      ...DEFAULT_BUNDLED_SCHEME,
      indicators: [
        {
          id: 'effort',
          label: { 'zh-CN': '努力值', 'en-US': 'Effort' },
          weight: 0.6,
          attribution: 'lead',
          children: [
            { id: 'a', label: { 'zh-CN': 'a', 'en-US': 'a' }, weight: 0.5, source: { kind: 'entered' } },
            {
              id: 'a',
              label: { 'zh-CN': 'b', 'en-US': 'b' },
              weight: 0.4,
              source: { kind: 'entered' },
              normalisation: { kind: 'target', target: 0 },
            },
          ],
        },
        { id: 'x', label: { 'zh-CN': 'x', 'en-US': 'x' }, weight: 0.3, normalisation: { kind: 'score' } },
      ],
    };
    expect(validateScheme(bad).map((i) => `${i.code}:${i.nodeId ?? ''}`)).toEqual([
      'weightsDoNotSumToOne:',
      'weightsDoNotSumToOne:effort',
      'leafWithoutNormalisation:a',
      'duplicateId:a',
      'badTarget:a',
      'leafWithoutSource:x',
      'noAttribution:x',
    ]);
  });

  it('tolerates decimal weights such as 0.1 + 0.2 + 0.7', () => {
    const s: BundledScheme = {
      ...DEFAULT_BUNDLED_SCHEME,
      indicators: [0.1, 0.2, 0.7].map((weight, i) => ({
        id: `n${i}`,
        label: { 'zh-CN': `n${i}`, 'en-US': `n${i}` },
        weight,
        attribution: 'lead' as const,
        source: { kind: 'entered' as const },
        normalisation: { kind: 'score' as const },
      })),
    };
    expect(validateScheme(s)).toEqual([]);
  });
});
