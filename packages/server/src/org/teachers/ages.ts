/** Whole years from a `YYYY-MM` month to the clock's month (a birthday month counts as reached). */
export function wholeYearsSince(yearMonth: string, now: Date): number {
  const [y, m] = yearMonth.split('-').map(Number);
  if (!y || !m) return 0;
  const months = (now.getFullYear() - y) * 12 + (now.getMonth() + 1 - m);
  return Math.max(0, Math.floor(months / 12));
}
