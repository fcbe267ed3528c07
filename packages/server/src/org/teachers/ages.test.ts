import { describe, expect, it } from 'vitest';
import { wholeYearsSince } from './ages';

describe('wholeYearsSince', () => {
  const now = new Date(2025, 8, 15); // 2025-09-15 local (TZ pinned to Asia/Shanghai)
  it('counts a birthday month as reached', () => {
    expect(wholeYearsSince('1980-09', now)).toBe(45);
    expect(wholeYearsSince('1980-10', now)).toBe(44);
  });
  it('never goes negative', () => {
    expect(wholeYearsSince('2026-01', now)).toBe(0);
  });
});
