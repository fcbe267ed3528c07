// The traffic light of one quota: green = met, amber = not met yet but on track pro rata, red = behind.
import { daysBetween, type IsoDate } from '../communities/dates';

export type TrafficLight = 'green' | 'amber' | 'red';

export interface QuotaProgress {
  required: number;
  done: number;
  missing: number;
  /** What a steady pace would have reached by `asOf`: ⌊required × elapsed share⌋. */
  expectedByNow: number;
  status: TrafficLight;
  /** Days from `asOf` to the period's last day (0 on the last day and after it). */
  daysLeft: number;
}

/**
 * Elapsed share = days from the start to `asOf` inclusive ÷ days in the period, clamped to [0, 1].
 * The floor keeps the first days of a term amber rather than red for a quota of a few events.
 */
export function quotaProgress(
  required: number,
  done: number,
  startOn: IsoDate,
  endOn: IsoDate,
  asOf: IsoDate,
): QuotaProgress {
  const length = daysBetween(startOn, endOn) + 1;
  const elapsed = Math.min(Math.max(daysBetween(startOn, asOf) + 1, 0), length);
  const expectedByNow = Math.floor((required * elapsed) / length);
  const status: TrafficLight =
    done >= required ? 'green' : asOf <= endOn && done >= expectedByNow ? 'amber' : 'red';
  return {
    required,
    done,
    missing: Math.max(required - done, 0),
    expectedByNow,
    status,
    daysLeft: Math.max(daysBetween(asOf, endOn), 0),
  };
}
