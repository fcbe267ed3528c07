import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, civilDayNumber, daysBetween, isIsoDate, isoDateOfDay, withinDates } from './dates';

describe('ISO dates', () => {
  it('numbers days from 1970-01-01', () => {
    expect(civilDayNumber('1970-01-01')).toBe(0);
    expect(civilDayNumber('2000-03-01')).toBe(11017);
    expect(daysBetween('2024-09-01', '2025-01-31')).toBe(152);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2); // leap year
    expect(daysBetween('2025-02-28', '2025-03-01')).toBe(1);
  });
  it('rejects non-days', () => {
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('2024-1-01')).toBe(false);
  });
  it('adds days across month and year ends', () => {
    expect(addDays('2025-01-31', 1)).toBe('2025-02-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-09-01', -1)).toBe('2025-08-31');
  });
  it('round-trips every day number', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200000, max: 200000 }), (n) => {
        expect(civilDayNumber(isoDateOfDay(n))).toBe(n);
      }),
    );
  });
  it('treats a null end as open', () => {
    expect(withinDates('2030-01-01', '2024-09-01', null)).toBe(true);
    expect(withinDates('2024-08-31', '2024-09-01', null)).toBe(false);
    expect(withinDates('2025-01-31', '2024-09-01', '2025-01-31')).toBe(true);
  });
});
