import type { Locale, Translate } from '../i18n/translate';

// The bureau's time zone: dates the server stamps in UTC are read as Beijing time.
const BUREAU_TIME_ZONE = 'Asia/Shanghai';

/** `2024-2025` → `2024-2025学年` (zh-CN) / `School year 2024–2025` (en-US); anything else unchanged. */
export function formatSchoolYear(t: Translate, schoolYear: string | null | undefined): string {
  if (!schoolYear) return '';
  const match = /^(\d{4})-(\d{4})$/.exec(schoolYear);
  if (!match) return schoolYear;
  return t('format.schoolYear', { start: match[1] ?? '', end: match[2] ?? '' });
}

/** An ISO date `2024-09-01` → `2024年9月1日` / `Sep 1, 2024`; a timestamp is first moved to Beijing time. */
export function formatDate(value: string | null | undefined, locale: Locale): string {
  if (!value) return '';
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = dateOnly
    ? new Date(Date.UTC(Number(dateOnly[1]), Number(dateOnly[2]) - 1, Number(dateOnly[3])))
    : new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const timeZone = dateOnly ? 'UTC' : BUREAU_TIME_ZONE;
  if (locale === 'zh-CN') {
    // Written out rather than left to Intl, whose zh-CN numeric form is 2024/9/1 (the bureau writes 2024年9月1日).
    const parts = new Intl.DateTimeFormat('en-US', {
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      timeZone,
    })
      .formatToParts(date)
      .reduce<Record<string, string>>((acc, part) => ({ ...acc, [part.type]: part.value }), {});
    return `${parts.year}年${parts.month}月${parts.day}日`;
  }
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone,
  }).format(date);
}

/** A timestamp → `2024年9月1日 08:05` / `Sep 1, 2024 08:05`, Beijing time. */
export function formatDateTime(value: string | null | undefined, locale: Locale): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const time = new Intl.DateTimeFormat('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    timeZone: BUREAU_TIME_ZONE,
  }).format(date);
  return `${formatDate(value, locale)} ${time}`;
}

export function formatNumber(
  value: number | null | undefined,
  locale: Locale,
  maximumFractionDigits = 0,
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  return new Intl.NumberFormat(locale, { maximumFractionDigits }).format(value);
}

export function formatCoordinates(lng: number | null, lat: number | null): string {
  if (lng === null || lat === null) return '';
  return `${lng.toFixed(6)}, ${lat.toFixed(6)}`;
}
