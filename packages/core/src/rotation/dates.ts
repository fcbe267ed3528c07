// Month arithmetic on `YYYY-MM` strings. The campaign month is always an argument (core has no clock).
import type { YearMonth } from './types';

export function monthIndex(month: string): number {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (m === null) throw new RangeError(`expected YYYY-MM, got ${month}`);
  const mm = Number(m[2]);
  if (mm < 1 || mm > 12) throw new RangeError(`month out of range in ${month}`);
  return Number(m[1]) * 12 + (mm - 1);
}

/** Whole years from `from` to `to` (both YYYY-MM), rounded down; negative when `to` is earlier. */
export function wholeYears(from: string, to: YearMonth | string): number {
  return Math.floor((monthIndex(to) - monthIndex(from)) / 12);
}

/** Age in whole years at `at`, from a birth month. */
export function ageAt(birthMonth: string, at: string): number {
  return wholeYears(birthMonth, at);
}
