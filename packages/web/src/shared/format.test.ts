import { describe, expect, it } from 'vitest';
import { translate, type Locale, type Translate } from '../i18n/translate';
import { formatCoordinates, formatDate, formatDateTime, formatNumber, formatSchoolYear } from './format';

const tr =
  (locale: Locale): Translate =>
  (id, vars) =>
    translate(locale, id, vars);

describe('formatSchoolYear', () => {
  it('writes the school year the way each locale reads it', () => {
    expect(formatSchoolYear(tr('zh-CN'), '2024-2025')).toBe('2024-2025学年');
    expect(formatSchoolYear(tr('en-US'), '2024-2025')).toBe('School year 2024–2025');
  });
  it('leaves other text and empty values alone', () => {
    expect(formatSchoolYear(tr('zh-CN'), '2024')).toBe('2024');
    expect(formatSchoolYear(tr('zh-CN'), null)).toBe('');
  });
});

describe('formatDate', () => {
  it('writes ISO dates as 2024年9月1日 in zh-CN without shifting the day', () => {
    expect(formatDate('2024-09-01', 'zh-CN')).toBe('2024年9月1日');
    expect(formatDate('2024-12-31', 'zh-CN')).toBe('2024年12月31日');
    expect(formatDate('2024-09-01', 'en-US')).toBe('Sep 1, 2024');
  });
  it('reads timestamps in Beijing time', () => {
    // 17:30 UTC on 31 August is already 1 September in Beijing.
    expect(formatDate('2024-08-31T17:30:00Z', 'zh-CN')).toBe('2024年9月1日');
    expect(formatDateTime('2024-08-31T17:30:00Z', 'zh-CN')).toBe('2024年9月1日 01:30');
  });
  it('passes through what it cannot parse', () => {
    expect(formatDate('soon', 'zh-CN')).toBe('soon');
    expect(formatDate(undefined, 'zh-CN')).toBe('');
  });
});

describe('formatNumber and formatCoordinates', () => {
  it('groups digits and rounds', () => {
    expect(formatNumber(1234567, 'zh-CN')).toBe('1,234,567');
    expect(formatNumber(3.14159, 'en-US', 2)).toBe('3.14');
    expect(formatNumber(Number.NaN, 'en-US')).toBe('');
    expect(formatNumber(null, 'en-US')).toBe('');
  });
  it('shows coordinates only when both are known', () => {
    expect(formatCoordinates(104.7, 31.46)).toBe('104.700000, 31.460000');
    expect(formatCoordinates(null, 31.46)).toBe('');
  });
});
