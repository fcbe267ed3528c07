import { describe, expect, it } from 'vitest';
import { activity } from '../activities/test-fixtures';
import {
  activitiesHeldFor,
  compositeWithinCv,
  rotationsFromLead,
  valueAddedOf,
  withinCommunityCv,
} from './inputs';
import { normalise, rangeOf } from './normalise';

describe('bundled evaluation inputs', () => {
  it('counts rotations from the lead to its members only', () => {
    const rotations = [
      { fromSchoolCode: 'L', toSchoolCode: 'M1' },
      { fromSchoolCode: 'L', toSchoolCode: 'M2' },
      { fromSchoolCode: 'L', toSchoolCode: 'X' },
      { fromSchoolCode: 'M1', toSchoolCode: 'L' },
    ];
    expect(rotationsFromLead(rotations, 'L', ['M1', 'M2'])).toBe(2);
  });

  it('counts the community’s activities in the period', () => {
    const list = [
      activity('jointResearch', '2024-09-01', 'L', { communityId: 'G' }),
      activity('jointResearch', '2025-08-31', 'L', { communityId: 'G' }),
      activity('jointResearch', '2025-09-01', 'L', { communityId: 'G' }),
      activity('jointResearch', '2024-10-01', 'L', { communityId: 'H' }),
    ];
    expect(
      activitiesHeldFor(list, 'G', { id: '2024-2025', startOn: '2024-09-01', endOn: '2025-08-31' }),
    ).toBe(2);
  });

  it('uses the official student-weighted CV inside a community (standards.md golden example)', () => {
    const rows = [
      [45, 279],
      [37, 137],
      [89, 935],
      [76, 160],
      [55, 402],
    ].map(([students, books]) => ({
      students: students as number,
      value: (books as number) / (students as number),
    }));
    expect(withinCommunityCv(rows)).toBeCloseTo(0.515257, 6);
    expect(withinCommunityCv([{ students: 0, value: 1 }])).toBeNull();
    expect(compositeWithinCv([0.2, null, 0.4])).toBeCloseTo(0.3, 12);
  });

  it('computes value-added as a difference or a relative change', () => {
    expect(valueAddedOf(70, 74)).toBe(4);
    expect(valueAddedOf(50, 60, 'relative')).toBeCloseTo(0.2, 12);
    expect(valueAddedOf(0, 60, 'relative')).toBeNull();
    expect(valueAddedOf(null, 60)).toBeNull();
  });

  it('normalises by target, score and min–max', () => {
    expect(normalise(12, { kind: 'target', target: 16 }, null)).toBe(75);
    expect(normalise(20, { kind: 'target', target: 16 }, null)).toBe(100);
    expect(normalise(-3, { kind: 'score' }, null)).toBe(0);
    const range = rangeOf([0.1, null, 0.3]);
    expect(normalise(0.15, { kind: 'minMax', higherIsBetter: false, whenAllEqual: 100 }, range)).toBeCloseTo(
      75,
      12,
    );
    expect(normalise(5, { kind: 'minMax', higherIsBetter: true, whenAllEqual: 50 }, rangeOf([5, 5]))).toBe(
      50,
    );
    expect(normalise(null, { kind: 'score' }, null)).toBeNull();
  });
});
