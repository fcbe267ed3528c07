// How evaluation numbers read. Official tables print CVs to 3 decimals (standards.md §1); verdicts compare the
// unrounded values, so these functions are for display only.
import type { LocalisedText, Measure } from '@junheng/core';
import type { Locale } from '../../i18n/translate';

/** Shown where a value is undefined (no students, no resource anywhere): never NaN, never 0. */
export const NO_VALUE = '—';

export function formatFixed(value: number | null | undefined, digits: number): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NO_VALUE;
  return value.toFixed(digits);
}

/** A CV, a mean or an index to 3 decimals, as in the official tables. */
export const formatCv = (value: number | null | undefined): string => formatFixed(value, 3);

/**
 * A value below a limit, with as many decimals (3 to 6) as it takes to read as below it: a remedied CV of
 * 0.4999953 against 0.50 shows as 0.499995, not as 0.500.
 */
export function formatBelow(value: number, limit: number): string {
  if (!(value < limit)) return formatFixed(value, 3);
  for (let digits = 3; digits <= 6; digits += 1) {
    const text = value.toFixed(digits);
    if (Number(text) < limit) return text;
  }
  return value.toFixed(6);
}

/** A share (0.0479) as a percentage (4.8%). */
export function formatPercent(share: number | null | undefined, digits = 1): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return NO_VALUE;
  return `${(share * 100).toFixed(digits)}%`;
}

/** An equity measure's value, or null when the measure is undefined for this input. */
export function measureValue(measure: Measure): number | null {
  return measure.defined ? measure.value : null;
}

/** A LocalisedText from the core (indicator names, units, remedy summaries) in the page's locale. */
export function localized(text: LocalisedText, locale: Locale): string {
  return locale === 'zh-CN' ? text.zh : text.en;
}

/** Thousands separators and at most `digits` decimals, the same in every locale (tables export as shown). */
export function formatAmount(value: number | null | undefined, digits = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NO_VALUE;
  const [whole = '', fraction] = Math.abs(value).toFixed(digits).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const sign = value < 0 && Number(value.toFixed(digits)) !== 0 ? '-' : '';
  return fraction === undefined ? `${sign}${grouped}` : `${sign}${grouped}.${fraction}`;
}
