import { describe, expect, it } from 'vitest';
import {
  normaliseBoolean,
  normaliseCode,
  normaliseMonth,
  normaliseNumber,
  normaliseSchoolYear,
  normaliseText,
} from './cells';

const value = <T>(r: { ok: boolean; value?: T }) => (r.ok ? r.value : 'FAIL');

describe('normaliseNumber', () => {
  it('reads numbers stored as text, full-width digits and thousands separators', () => {
    expect(
      ['1234', ' 1,234.5 ', '１２３４', '１，２３４', 12.5, '-3'].map((v) => value(normaliseNumber(v))),
    ).toEqual([1234, 1234.5, 1234, 1234, 12.5, -3]);
  });

  it('gives undefined for blanks and fails on text', () => {
    expect(value(normaliseNumber(null))).toBeUndefined();
    expect(value(normaliseNumber('  '))).toBeUndefined();
    expect(normaliseNumber('很多')).toMatchObject({ ok: false, code: 'not_a_number' });
    expect(normaliseNumber('12,34')).toMatchObject({ ok: false });
    expect(normaliseNumber(true)).toMatchObject({ ok: false });
  });
});

describe('normaliseCode', () => {
  it('keeps codes typed as numbers or text as digits', () => {
    expect(value(normaliseCode(5107220001))).toBe('5107220001');
    expect(value(normaliseCode(" '5107220001 "))).toBe('5107220001');
    expect(value(normaliseCode('５１０７２２'))).toBe('510722');
  });
});

describe('normaliseBoolean', () => {
  it('reads 是/否 and common marks', () => {
    expect(['是', '否', ' 是 ', true, 'Y', '×'].map((v) => value(normaliseBoolean(v)))).toEqual([
      true,
      false,
      true,
      true,
      true,
      false,
    ]);
    expect(normaliseBoolean('可能')).toMatchObject({ ok: false, code: 'invalid_enum' });
  });
});

describe('normaliseMonth', () => {
  it('reads the ways a month is typed', () => {
    const inputs = [
      '2016-09',
      '2016-9',
      '2016年9月',
      '2016.09',
      '2016/9/1',
      '201609',
      '２０１６年９月',
      2016.09,
      2016.1,
    ];
    expect(inputs.map((v) => value(normaliseMonth(v)))).toEqual([
      '2016-09',
      '2016-09',
      '2016-09',
      '2016-09',
      '2016-09',
      '2016-09',
      '2016-09',
      '2016-09',
      '2016-10',
    ]);
  });

  it('reads Excel dates and serials', () => {
    expect(value(normaliseMonth(new Date(Date.UTC(1980, 4, 1))))).toBe('1980-05');
    expect(value(normaliseMonth(42614))).toBe('2016-09'); // 2016-09-01
  });

  it('fails on text and impossible months', () => {
    expect(normaliseMonth('去年')).toMatchObject({ ok: false, code: 'invalid_month' });
    expect(normaliseMonth('2016-13')).toMatchObject({ ok: false, code: 'invalid_month' });
  });
});

describe('normaliseSchoolYear', () => {
  it('reads the usual spellings', () => {
    expect(
      ['2024-2025', '2024—2025', '2024/2025', '2024-25', '２０２４～２０２５', '2024-2025学年'].map((v) =>
        value(normaliseSchoolYear(v)),
      ),
    ).toEqual(Array(6).fill('2024-2025'));
  });

  it('fails when the years do not follow', () => {
    expect(normaliseSchoolYear('2024-2026')).toMatchObject({ ok: false, code: 'invalid_school_year' });
    expect(normaliseSchoolYear('2024')).toMatchObject({ ok: false });
  });
});

describe('normaliseText', () => {
  it('collapses whitespace and writes dates as ISO days', () => {
    expect(value(normaliseText('  城关\n小学 '))).toBe('城关 小学');
    expect(value(normaliseText(new Date(Date.UTC(2020, 0, 2))))).toBe('2020-01-02');
    expect(value(normaliseText(''))).toBeUndefined();
  });

  it('drops the apostrophe the export puts before formula-like text', () => {
    expect(value(normaliseText("'=1+2"))).toBe('=1+2');
    expect(value(normaliseText("'-"))).toBe('-');
    expect(value(normaliseText("'quoted"))).toBe("'quoted");
  });
});
