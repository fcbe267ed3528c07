// 学期 / 学年: the Chinese school calendar. Month-days are parameters; a bureau's published dates for a given
// term can override them. A school year runs from the autumn start to the day before the next autumn start.
import type { SchoolYear } from '../org/types';
import { addDays, parseIsoDate, withinDates, type IsoDate } from '../communities/dates';

export interface TermCalendar {
  /** `MM-DD` of the first and last day of each term. The autumn term ends in the next calendar year. */
  autumnStart: string;
  autumnEnd: string;
  springStart: string;
  springEnd: string;
  /** Published dates that replace the pattern for one term, by term id (`2024-2025-1`). */
  overrides?: Record<string, { startOn: IsoDate; endOn: IsoDate }>;
}

/** Autumn term Sep 1 – Jan 31, spring term Feb 1 – Jul 31 (the usual pattern; counties publish their own). */
export const DEFAULT_TERM_CALENDAR: TermCalendar = {
  autumnStart: '09-01',
  autumnEnd: '01-31',
  springStart: '02-01',
  springEnd: '07-31',
};

export interface Term {
  /** `2024-2025-1` (autumn) or `2024-2025-2` (spring), the glossary's term id. */
  id: string;
  schoolYear: SchoolYear;
  index: 1 | 2;
  startOn: IsoDate;
  endOn: IsoDate;
}

export interface Period {
  id: string;
  startOn: IsoDate;
  endOn: IsoDate;
}

function firstYear(schoolYear: SchoolYear): number {
  const m = /^(\d{4})-(\d{4})$/.exec(schoolYear);
  if (m === null || Number(m[2]) !== Number(m[1]) + 1)
    throw new RangeError(`expected a school year like 2024-2025, got ${schoolYear}`);
  return Number(m[1]);
}

export function schoolYearLabel(startYear: number): SchoolYear {
  return `${startYear}-${startYear + 1}`;
}

export function termOfSchoolYear(
  schoolYear: SchoolYear,
  index: 1 | 2,
  calendar: TermCalendar = DEFAULT_TERM_CALENDAR,
): Term {
  const y1 = firstYear(schoolYear);
  const y2 = y1 + 1;
  const id = `${schoolYear}-${index}`;
  const override = calendar.overrides?.[id];
  if (override !== undefined) return { id, schoolYear, index, ...override };
  if (index === 1) {
    const endYear = calendar.autumnEnd < calendar.autumnStart ? y2 : y1;
    return {
      id,
      schoolYear,
      index,
      startOn: `${y1}-${calendar.autumnStart}`,
      endOn: `${endYear}-${calendar.autumnEnd}`,
    };
  }
  return {
    id,
    schoolYear,
    index,
    startOn: `${y2}-${calendar.springStart}`,
    endOn: `${y2}-${calendar.springEnd}`,
  };
}

/** The term with id `2024-2025-1`; throws on a malformed id. */
export function termById(id: string, calendar: TermCalendar = DEFAULT_TERM_CALENDAR): Term {
  const m = /^(\d{4}-\d{4})-([12])$/.exec(id);
  if (m === null) throw new RangeError(`expected a term id like 2024-2025-1, got ${id}`);
  return termOfSchoolYear(m[1] as SchoolYear, m[2] === '1' ? 1 : 2, calendar);
}

/** The whole school year: autumn start to the day before the next autumn start (summer included). */
export function schoolYearPeriod(
  schoolYear: SchoolYear,
  calendar: TermCalendar = DEFAULT_TERM_CALENDAR,
): Period {
  const startOn = termOfSchoolYear(schoolYear, 1, calendar).startOn;
  const next = termOfSchoolYear(schoolYearLabel(firstYear(schoolYear) + 1), 1, calendar).startOn;
  return { id: schoolYear, startOn, endOn: addDays(next, -1) };
}

/** The school year a date falls in (summer belongs to the year that is ending). */
export function schoolYearOf(date: IsoDate, calendar: TermCalendar = DEFAULT_TERM_CALENDAR): SchoolYear {
  const { year } = parseIsoDate(date);
  const thisYear = schoolYearLabel(year);
  return date >= schoolYearPeriod(thisYear, calendar).startOn ? thisYear : schoolYearLabel(year - 1);
}

/** The term a date falls in, or null in the holidays between terms. */
export function termOf(date: IsoDate, calendar: TermCalendar = DEFAULT_TERM_CALENDAR): Term | null {
  const schoolYear = schoolYearOf(date, calendar);
  for (const index of [1, 2] as const) {
    const term = termOfSchoolYear(schoolYear, index, calendar);
    if (withinDates(date, term.startOn, term.endOn)) return term;
  }
  return null;
}
