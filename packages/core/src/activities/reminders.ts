// ACT-2: who to remind — quotas still short when the period's end is near — and a one-line summary.
import type { ComplianceRow } from './compliance';
import type { TrafficLight } from './traffic-light';

/** Default reminder window (choice: a month before the period ends; no seed names one). */
export const DEFAULT_REMINDER_DAYS = 30;

// Code-point order, not locale order: the same list on every machine.
const byCodePoint = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

/** Rows not yet met with at most `withinDays` left, the most urgent first (fewest days, then most missing). */
export function complianceReminders(
  rows: readonly ComplianceRow[],
  withinDays: number = DEFAULT_REMINDER_DAYS,
): ComplianceRow[] {
  return rows
    .filter((r) => r.status !== 'green' && r.daysLeft <= withinDays)
    .sort(
      (a, b) =>
        a.daysLeft - b.daysLeft ||
        b.missing - a.missing ||
        byCodePoint(a.subjectId, b.subjectId) ||
        byCodePoint(a.ruleId, b.ruleId),
    );
}

export interface ComplianceSummary {
  total: number;
  byStatus: Record<TrafficLight, number>;
  /** Share of rows met (green); null when there are no rows. Feeds the bundled evaluation. */
  metShare: number | null;
}

export function complianceSummary(rows: readonly ComplianceRow[]): ComplianceSummary {
  const byStatus: Record<TrafficLight, number> = { green: 0, amber: 0, red: 0 };
  for (const r of rows) byStatus[r.status] += 1;
  return { total: rows.length, byStatus, metShare: rows.length === 0 ? null : byStatus.green / rows.length };
}
