import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays } from '../communities/dates';
import { quotaProgress } from './traffic-light';

const S = '2024-09-01';
const E = '2025-01-31'; // 153 days

describe('quotaProgress', () => {
  it('is green once the quota is met, whatever the date', () => {
    expect(quotaProgress(8, 8, S, E, '2024-09-02').status).toBe('green');
    expect(quotaProgress(8, 9, S, E, '2025-03-01')).toMatchObject({
      status: 'green',
      missing: 0,
      daysLeft: 0,
    });
  });
  it('is amber when on pace and red when behind', () => {
    // day 77 of 153: ⌊8 × 77 / 153⌋ = 4
    const mid = '2024-11-16';
    expect(quotaProgress(8, 4, S, E, mid)).toEqual({
      required: 8,
      done: 4,
      missing: 4,
      expectedByNow: 4,
      status: 'amber',
      daysLeft: 76,
    });
    expect(quotaProgress(8, 3, S, E, mid).status).toBe('red');
  });
  it('is amber on the first day with nothing done, red after the end when short', () => {
    expect(quotaProgress(8, 0, S, E, S).status).toBe('amber');
    expect(quotaProgress(8, 7, S, E, E).status).toBe('red');
    expect(quotaProgress(8, 7, S, E, '2025-02-01').daysLeft).toBe(0);
    expect(quotaProgress(1, 0, S, E, '2024-08-01')).toMatchObject({
      status: 'amber',
      expectedByNow: 0,
      daysLeft: 183,
    });
  });
  it('never gets better as time passes with the same count', () => {
    const rank = { green: 2, amber: 1, red: 0 } as const;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 0, max: 200 }),
        (req, done, d) => {
          const a = quotaProgress(req, done, S, E, addDays(S, d));
          const b = quotaProgress(req, done, S, E, addDays(S, d + 1));
          expect(rank[b.status]).toBeLessThanOrEqual(rank[a.status]);
          expect(a.expectedByNow).toBeLessThanOrEqual(req);
        },
      ),
    );
  });
});
