import { describe, expect, it } from 'vitest';
import { withParams } from './page-params';

describe('withParams', () => {
  it('sets, replaces and removes keys and keeps the others', () => {
    const search = new URLSearchParams('countyId=c1&kind=education_group&page=3');
    const next = withParams(search, { kind: 'school_district', page: undefined, termId: '2026-2027-1' });
    expect(next.toString()).toBe('countyId=c1&kind=school_district&termId=2026-2027-1');
    expect(withParams(search, { kind: '' }).has('kind')).toBe(false);
    // The input is left as it was.
    expect(search.get('page')).toBe('3');
  });
});
