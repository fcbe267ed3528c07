import { describe, expect, it } from 'vitest';
import {
  formatAmount,
  formatBelow,
  formatCv,
  formatFixed,
  formatPercent,
  localized,
  measureValue,
  NO_VALUE,
} from './format';

describe('evaluation formatting', () => {
  it('prints CVs to 3 decimals like the official tables, and undefined ones as a dash', () => {
    expect(formatCv(0.515257)).toBe('0.515');
    expect(formatCv(0.4999954)).toBe('0.500');
    expect(formatCv(0)).toBe('0.000');
    expect(formatCv(null)).toBe(NO_VALUE);
    expect(formatCv(undefined)).toBe(NO_VALUE);
    expect(formatCv(Number.NaN)).toBe(NO_VALUE);
    expect(formatFixed(6.334437, 2)).toBe('6.33');
  });

  it('shows a value under a limit with the decimals it takes to read as under it', () => {
    expect(formatBelow(0.4999953, 0.5)).toBe('0.499995');
    expect(formatBelow(0.4996, 0.5)).toBe('0.4996');
    expect(formatBelow(0.43, 0.5)).toBe('0.430');
    expect(formatBelow(0.52, 0.5)).toBe('0.520');
    expect(formatBelow(0.49999999, 0.5)).toBe('0.500000');
  });

  it('prints shares as percentages', () => {
    expect(formatPercent(0.04791666)).toBe('4.8%');
    expect(formatPercent(0.46026, 2)).toBe('46.03%');
    expect(formatPercent(1)).toBe('100.0%');
    expect(formatPercent(null)).toBe(NO_VALUE);
  });

  it('groups thousands without locale data', () => {
    expect(formatAmount(8762)).toBe('8,762');
    expect(formatAmount(3171.8342, 2)).toBe('3,171.83');
    expect(formatAmount(1234567.5, 1)).toBe('1,234,567.5');
    expect(formatAmount(-1500)).toBe('-1,500');
    expect(formatAmount(-0.0001, 2)).toBe('0.00');
    expect(formatAmount(12)).toBe('12');
    expect(formatAmount(null)).toBe(NO_VALUE);
  });

  it('reads measures and localised texts', () => {
    expect(measureValue({ defined: true, value: 0.046 })).toBe(0.046);
    expect(measureValue({ defined: false, reason: 'zeroTotal' })).toBeNull();
    const text = { zh: '生均图书', en: 'books per student' };
    expect(localized(text, 'zh-CN')).toBe('生均图书');
    expect(localized(text, 'en-US')).toBe('books per student');
  });
});
