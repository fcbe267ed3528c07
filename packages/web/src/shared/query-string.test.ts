import { describe, expect, it } from 'vitest';
import {
  buildQuery,
  fromSortParam,
  pickParams,
  positiveInt,
  toSortParam,
  withParams,
  withQuery,
} from './query-string';
import { applySortOrder, sortFromSorter } from './table-sort';

describe('buildQuery', () => {
  it('drops empty values and encodes the rest', () => {
    expect(buildQuery({ page: 2, q: '一中', weak: true, township: undefined, schoolType: '', x: null })).toBe(
      'page=2&q=%E4%B8%80%E4%B8%AD&weak=true',
    );
    expect(buildQuery({ n: Number.NaN, zero: 0, no: false })).toBe('zero=0&no=false');
    expect(buildQuery({ q: 'a&b=c' })).toBe('q=a%26b%3Dc');
  });
  it('appends a query only when there is one', () => {
    expect(withQuery('/api/v1/schools', {})).toBe('/api/v1/schools');
    expect(withQuery('/api/v1/schools', { page: 1 })).toBe('/api/v1/schools?page=1');
  });
});

describe('sort parameter', () => {
  it('maps Ant Design orders to field / -field and back', () => {
    expect(toSortParam('name', 'ascend')).toBe('name');
    expect(toSortParam('name', 'descend')).toBe('-name');
    expect(toSortParam('name', null)).toBeUndefined();
    expect(toSortParam(['a', 'b'], 'ascend')).toBeUndefined();
    expect(fromSortParam('-teacherCount')).toEqual({ field: 'teacherCount', order: 'descend' });
    expect(fromSortParam('name')).toEqual({ field: 'name', order: 'ascend' });
    expect(fromSortParam(undefined)).toBeUndefined();
  });
  it('reads the sorter of a table change, single or multiple', () => {
    expect(sortFromSorter({ columnKey: 'age', order: 'descend' })).toBe('-age');
    expect(sortFromSorter([{ field: 'name', order: 'ascend' }])).toBe('name');
    expect(sortFromSorter([])).toBeUndefined();
  });
  it('marks only the sorted column', () => {
    const columns = [{ key: 'name', sorter: true }, { key: 'age', sorter: true }, { key: 'gender' }];
    expect(applySortOrder(columns, '-age')).toEqual([
      { key: 'name', sorter: true, sortOrder: null },
      { key: 'age', sorter: true, sortOrder: 'descend' },
      { key: 'gender' },
    ]);
  });
});

describe('URL list parameters', () => {
  it('picks the known, non-empty keys', () => {
    const search = new URLSearchParams('township=城关镇&weak=&page=3&other=1');
    expect(pickParams(search, ['township', 'weak', 'q'] as const)).toEqual({ township: '城关镇' });
  });
  it('accepts only positive integers for paging, capped', () => {
    expect(positiveInt('3', 1)).toBe(3);
    expect(positiveInt('0', 1)).toBe(1);
    expect(positiveInt('-2', 1)).toBe(1);
    expect(positiveInt('2.5', 1)).toBe(1);
    expect(positiveInt(undefined, 20)).toBe(20);
    expect(positiveInt('9999', 20, 500)).toBe(500);
  });
});

describe('exportUrl', () => {
  it('is the list path + /export with the same filters and no paging (docs/api.md)', async () => {
    const { exportUrl } = await import('../app/api/client');
    expect(
      exportUrl('/schools', { urbanRural: 'rural', page: 3, pageSize: 50, sort: '-name', q: undefined }),
    ).toBe('/api/v1/schools/export?urbanRural=rural&sort=-name');
    expect(exportUrl('/audit', {})).toBe('/api/v1/audit/export');
  });
});

describe('withParams', () => {
  it('sets, replaces and removes keys and keeps the others', () => {
    const search = new URLSearchParams('countyId=c1&kind=education_group&page=3');
    const next = withParams(search, { kind: 'school_district', page: undefined, termId: '2026-2027-1' });
    expect(next.toString()).toBe('countyId=c1&kind=school_district&termId=2026-2027-1');
    expect(withParams(search, { kind: '' }).has('kind')).toBe(false);
    expect(withParams(search, { page: 0 }).get('page')).toBe('0');
    // The input is left as it was.
    expect(search.get('page')).toBe('3');
  });
});
