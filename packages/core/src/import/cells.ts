// Step 2f: normalise one cell. Bureaus' sheets hold numbers stored as text, full-width digits, thousands
// separators, 是/否, and dates typed as text (2016-09, 2016年9月, 2016.09) or kept as Excel dates.
import { compactText } from './text';
import type { CellValue, IssueCode, LocalizedText } from './types';
import { reason } from './issues';

export type Normalised<T> =
  { ok: true; value: T | undefined } | { ok: false; code: IssueCode; reason: LocalizedText };

const ok = <T>(value: T | undefined): Normalised<T> => ({ ok: true, value });
const fail = (code: IssueCode, zh: string, en: string): Normalised<never> => ({
  ok: false,
  code,
  reason: reason(zh, en),
});

function isBlank(value: CellValue): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}

/** Text as written, whitespace collapsed; full-width letters kept (a name is a name). */
export function normaliseText(value: CellValue): Normalised<string> {
  if (isBlank(value)) return ok(undefined);
  if (value instanceof Date) return ok(value.toISOString().slice(0, 10));
  // The export writes text that starts like a formula with a leading apostrophe (formula-injection guard,
  // see server/workbook/safe-cell.ts); reading it back drops the apostrophe again.
  const text = String(value).replace(/^'(?=[=+\-@\t\r])/, '');
  return ok(text.replace(/[\s\u3000]+/g, ' ').trim());
}

/** A code (学校标识码, 行政区划代码, 城乡分类代码): digits typed as a number lose nothing but their type. */
export function normaliseCode(value: CellValue): Normalised<string> {
  if (isBlank(value)) return ok(undefined);
  if (typeof value === 'number') {
    return Number.isInteger(value) ? ok(value.toFixed(0)) : ok(String(value));
  }
  if (value instanceof Date || typeof value === 'boolean') return ok(String(value));
  return ok(compactText(String(value)).replace(/^'/, ''));
}

const PLAIN_NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)$/;
const GROUPED_NUMBER = /^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/;

export function normaliseNumber(value: CellValue): Normalised<number> {
  if (isBlank(value)) return ok(undefined);
  if (typeof value === 'number') {
    return Number.isFinite(value) ? ok(value) : fail('not_a_number', '不是有效数字', 'not a finite number');
  }
  if (typeof value === 'string') {
    const text = compactText(value);
    if (PLAIN_NUMBER.test(text)) return ok(Number(text));
    if (GROUPED_NUMBER.test(text)) return ok(Number(text.replace(/,/g, '')));
  }
  return fail('not_a_number', '应为数字', 'should be a number');
}

const YES = new Set(['是', 'y', 'yes', 'true', '1', '√', '✓']);
const NO = new Set(['否', 'n', 'no', 'false', '0', '×', '✗']);

export function normaliseBoolean(value: CellValue): Normalised<boolean> {
  if (isBlank(value)) return ok(undefined);
  if (typeof value === 'boolean') return ok(value);
  const text = compactText(String(value)).toLowerCase();
  if (YES.has(text)) return ok(true);
  if (NO.has(text)) return ok(false);
  return fail('invalid_enum', '应为「是」或「否」', 'should be 是 (yes) or 否 (no)');
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

function month(year: number, m: number): Normalised<string> {
  if (year < 1900 || year > 2100 || m < 1 || m > 12) {
    return fail('invalid_month', '年月超出范围', 'year or month out of range');
  }
  return ok(`${year}-${pad2(m)}`);
}

/** Excel's day count (1900 system, with its phantom 1900-02-29) to a calendar month. */
function excelSerialMonth(serial: number): Normalised<string> {
  const date = new Date(Math.round((serial - 25569) * 86400000));
  return month(date.getUTCFullYear(), date.getUTCMonth() + 1);
}

/** YYYY-MM from a Date, an Excel serial, a YYYY.MM number, or text 2016-09 / 2016年9月 / 2016.09 / 201609. */
export function normaliseMonth(value: CellValue): Normalised<string> {
  if (isBlank(value)) return ok(undefined);
  // exceljs builds dates at UTC midnight of the cell's calendar day.
  if (value instanceof Date) return month(value.getUTCFullYear(), value.getUTCMonth() + 1);
  if (typeof value === 'number') {
    if (value >= 1900 && value < 2101) {
      // 2016.09 typed as a number; 2016.1 can only be October, since January would be typed 2016.01.
      const [y, m = '0'] = value.toFixed(2).split('.');
      return month(Number(y), Number(m));
    }
    if (value > 0 && value < 80000) return excelSerialMonth(value);
    return fail('invalid_month', '无法识别为年月', 'not a recognisable year and month');
  }
  if (typeof value !== 'string')
    return fail('invalid_month', '无法识别为年月', 'not a recognisable year and month');
  const text = compactText(value);
  const parts =
    /^(\d{4})(?:[-/.年])(\d{1,2})(?:月)?(?:[-/.]?(\d{1,2})日?)?$/.exec(text) ?? /^(\d{4})(\d{2})$/.exec(text);
  if (!parts)
    return fail('invalid_month', '应为年月，如 2016-09', 'should be a year and month such as 2016-09');
  return month(Number(parts[1]), Number(parts[2]));
}

/** 学年 as `2024-2025`; 2024—2025, 2024/2025, 2024-25 and 2024~2025 are read too. */
export function normaliseSchoolYear(value: CellValue): Normalised<string> {
  if (isBlank(value)) return ok(undefined);
  const text = compactText(String(value))
    .replace(/[—–－~～至/]/g, '-')
    .replace(/学年$/, '');
  const parts = /^(\d{4})-(\d{2}|\d{4})$/.exec(text);
  const bad = fail('invalid_school_year', '学年应写作 2024-2025', 'a school year is written 2024-2025');
  if (!parts) return bad;
  const start = Number(parts[1]);
  const endText = parts[2] as string;
  const end = endText.length === 2 ? Math.floor(start / 100) * 100 + Number(endText) : Number(endText);
  if (end !== start + 1) return bad;
  return ok(`${start}-${end}`);
}
