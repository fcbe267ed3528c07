import { describe, expect, it } from 'vitest';
import { readCountyInfo } from './county-info';
import { isTotalRow } from './read-rows';
import { gridOf } from './test-grids';

describe('isTotalRow', () => {
  it('knows 合计/总计/小计 in the first filled cell, spaces and all', () => {
    expect(isTotalRow([null, '合 计', 100])).toBe(true);
    expect(isTotalRow(['总计：'])).toBe(true);
    expect(isTotalRow(['2151072201', '合计小学'])).toBe(false);
    expect(isTotalRow([2024, '合计'])).toBe(false);
  });
});

describe('readCountyInfo', () => {
  it('reads the county block and the township list of the 说明 sheet', () => {
    const notes = gridOf('说明', [
      ['说明'],
      ['县（区）代码', 510722],
      ['县(区)名称', ' 示例县 '],
      ['所属市代码', '510700'],
      ['乡镇', '城关镇、石桥乡，河口镇'],
    ]);
    expect(readCountyInfo(notes)).toEqual({
      county: { divisionCode: '510722', name: '示例县', cityDivisionCode: '510700' },
      townships: ['城关镇', '石桥乡', '河口镇'],
    });
    expect(readCountyInfo(undefined)).toEqual({ county: {}, townships: null });
  });
});
