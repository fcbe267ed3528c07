import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isoDateOfDay } from '../communities/dates';
import { DEFAULT_TERM_CALENDAR, schoolYearOf, schoolYearPeriod, termById, termOf } from './terms';

describe('terms', () => {
  it('puts Jan 31 in the autumn term and Feb 1 in the spring term', () => {
    expect(termOf('2025-01-31')).toEqual({
      id: '2024-2025-1',
      schoolYear: '2024-2025',
      index: 1,
      startOn: '2024-09-01',
      endOn: '2025-01-31',
    });
    expect(termOf('2025-02-01')?.id).toBe('2024-2025-2');
  });

  it('puts Aug 31 in no term but in the ending school year, Sep 1 in the new one', () => {
    expect(termOf('2025-08-31')).toBeNull();
    expect(schoolYearOf('2025-08-31')).toBe('2024-2025');
    expect(termOf('2025-09-01')?.id).toBe('2025-2026-1');
    expect(schoolYearOf('2025-09-01')).toBe('2025-2026');
    expect(termOf('2025-07-31')?.id).toBe('2024-2025-2');
    expect(termOf('2025-08-01')).toBeNull();
  });

  it('takes the calendar as a parameter, with published overrides', () => {
    const calendar = {
      ...DEFAULT_TERM_CALENDAR,
      autumnEnd: '01-20',
      overrides: { '2024-2025-2': { startOn: '2025-02-17', endOn: '2025-07-04' } },
    };
    expect(termOf('2025-01-25', calendar)).toBeNull();
    expect(termOf('2025-02-16', calendar)).toBeNull();
    expect(termOf('2025-02-17', calendar)?.id).toBe('2024-2025-2');
    expect(termById('2024-2025-2', calendar).endOn).toBe('2025-07-04');
  });

  it('spans a school year from Sep 1 to Aug 31, leap years included', () => {
    expect(schoolYearPeriod('2023-2024')).toEqual({
      id: '2023-2024',
      startOn: '2023-09-01',
      endOn: '2024-08-31',
    });
    expect(() => termById('2024-2026-1')).toThrow(RangeError);
  });

  it('places every day in the school year whose period holds it, and in at most its own terms', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40000 }), (n) => {
        const date = isoDateOfDay(n);
        const year = schoolYearPeriod(schoolYearOf(date));
        expect(year.startOn <= date && date <= year.endOn).toBe(true);
        const term = termOf(date);
        if (term !== null) expect(term.schoolYear).toBe(year.id);
      }),
    );
  });
});
