// A clock the tests move by hand: lockouts, session expiry and ages depend on it (shared/clock.ts).
import type { Clock } from '../shared/clock';

export interface FakeClock {
  now: Clock;
  advance(ms: number): void;
  set(at: Date): void;
}

/** 2025-09-15 08:00 Beijing time: a school day in the 2025-2026 school year. */
export const TEST_START = new Date('2025-09-15T00:00:00Z');

export function fakeClock(start: Date = TEST_START): FakeClock {
  let t = start.getTime();
  return {
    now: () => new Date(t),
    advance: (ms) => {
      t += ms;
    },
    set: (at) => {
      t = at.getTime();
    },
  };
}
