import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { generateDemoCounty } from '../demo/county';
import { buildEvaluationInput } from './build-input';
import { explainCounty, explainIndicator, varianceShares } from './explain';
import { YEAR, makeSection } from './fixtures';
import { INDICATORS, QUALITY_2017 } from './standards';

const books = INDICATORS.booksPerStudent;
const STUDENTS = [45, 37, 89, 76, 55];
const BOOKS = [279, 137, 935, 160, 402];
const golden = STUDENTS.map((p, i) =>
  makeSection(`510722000${i + 1}`, 'primary', p, { facilities: { books: BOOKS[i] } as never }),
);

describe('varianceShares / explainIndicator', () => {
  it('splits the golden variance 10.652787 into shares that sum to 1, school 3 the largest', () => {
    const shares = varianceShares(golden, books);
    expect(shares.reduce((a, s) => a + s.share, 0)).toBeCloseTo(1, 12);
    expect(shares[0]?.schoolCode).toBe('5107220003');
    // School 3: (89/302)(935/89 − 6.334437)² / 10.652787.
    const d = 935 / 89 - 6.334437;
    expect(shares[0]?.share).toBeCloseTo(((89 / 302) * d * d) / 10.652787, 5);
  });

  it('names the sections that push a CV over its threshold', () => {
    const e = explainIndicator(golden, 'primary', books, 0.3);
    expect(e.cv).toBeCloseTo(0.515257, 6);
    expect(e.excessShare).toBeCloseTo(1 - (0.3 / 0.515257) ** 2, 6);
    const covered = e.pushers.reduce((a, s) => a + s.share, 0);
    expect(covered).toBeGreaterThanOrEqual(e.excessShare);
    // Minimal: without its last pusher the cover falls short.
    expect(covered - (e.pushers.at(-1)?.share ?? 0)).toBeLessThan(e.excessShare);
    expect(explainIndicator(golden, 'primary', books, 0.6).pushers).toEqual([]);
  });

  it('returns no shares when every school has the same value', () => {
    const same = [makeSection('5107220001', 'primary', 10, { facilities: { books: 100 } as never })];
    expect(varianceShares(same, books)).toEqual([]);
  });

  it('property: shares are non-negative and sum to 1 for any non-constant values', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 3000 }), fc.integer({ min: 0, max: 200_000 })), {
          minLength: 2,
          maxLength: 40,
        }),
        (rows) => {
          const sections = rows.map(([p, b], i) =>
            makeSection(`51072200${String(i).padStart(2, '0')}`, 'primary', p, {
              facilities: { books: b } as never,
            }),
          );
          const shares = varianceShares(sections, books);
          if (shares.length === 0) return;
          expect(shares.every((s) => s.share >= 0)).toBe(true);
          expect(shares.reduce((a, s) => a + s.share, 0)).toBeCloseTo(1, 9);
        },
      ),
    );
  });

  it('explains all 14 indicator-stages of the demo county', () => {
    const input = buildEvaluationInput(generateDemoCounty(), YEAR, QUALITY_2017);
    const all = explainCounty(input, QUALITY_2017);
    expect(all).toHaveLength(14);
    for (const e of all) expect(e.shares.reduce((a, s) => a + s.share, 0)).toBeCloseTo(1, 9);
  });
});
