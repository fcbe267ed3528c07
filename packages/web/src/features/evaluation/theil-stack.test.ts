import { equityReport } from '@junheng/core';
import { describe, expect, it } from 'vitest';
import { theilStack } from './theil-stack';

describe('Theil stack', () => {
  it('splits T and L into between and within parts that add up to the index', () => {
    const report = equityReport({
      weights: [100, 200, 50, 80, 120],
      values: [4, 6, 9, 3, 5],
      groups: ['urban', 'urban', 'town', 'rural', 'rural'],
    });
    const stack = theilStack(report.theil);
    for (const i of [0, 1] as const) {
      const parts = (stack.between[i] ?? 0) + stack.within.reduce((sum, w) => sum + (w.parts[i] ?? 0), 0);
      expect(parts).toBeCloseTo(stack.total[i] ?? Number.NaN, 12);
    }
    expect(stack.within.map((w) => w.group)).toEqual(['urban', 'town', 'rural']);
    // The town group has one school: no spread inside it.
    expect(stack.within[1]?.parts).toEqual([0, 0]);
    expect(stack.total[0]).toBeGreaterThan(0);
  });

  it('shows a missing group as 0 and an undefined index as null', () => {
    const noRural = theilStack(
      equityReport({ weights: [1, 1], values: [2, 4], groups: ['urban', 'town'] }).theil,
    );
    expect(noRural.within[2]?.parts).toEqual([0, 0]);
    const zero = theilStack(
      equityReport({ weights: [1, 1], values: [0, 4], groups: ['urban', 'urban'] }).theil,
    );
    expect(zero.total[1]).toBeNull();
    expect(zero.within[0]?.parts[1]).toBeNull();
  });
});
