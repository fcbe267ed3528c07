import { describe, expect, it } from 'vitest';
import { diffSnapshots, snapshotText } from './diff';

describe('diffSnapshots', () => {
  it('lists only the fields that changed, in field order', () => {
    expect(
      diffSnapshots({ name: '一小', weak: false, lng: 1 }, { name: '一小', weak: true, lng: 1, lat: 2 }),
    ).toEqual([
      { field: 'weak', before: false, after: true },
      { field: 'lat', before: undefined, after: 2 },
    ]);
  });
  it('shows every field of a create and of a delete', () => {
    expect(diffSnapshots(null, { a: 1, b: 'x' }).map((c) => c.field)).toEqual(['a', 'b']);
    expect(diffSnapshots({ a: 1 }, null)).toEqual([{ field: 'a', before: 1, after: undefined }]);
  });
  it('compares nested values by content', () => {
    expect(diffSnapshots({ s: [1, 2] }, { s: [1, 2] })).toEqual([]);
    expect(diffSnapshots({ s: { x: 1 } }, { s: { x: 2 } })).toHaveLength(1);
  });
  it('handles snapshots that are not objects', () => {
    expect(diffSnapshots(null, null)).toEqual([]);
    expect(diffSnapshots('a', 'b')).toEqual([{ field: '', before: 'a', after: 'b' }]);
  });
});

describe('snapshotText', () => {
  it('renders values for the diff table', () => {
    expect(snapshotText(null)).toBe('—');
    expect(snapshotText('城关镇')).toBe('城关镇');
    expect(snapshotText(false)).toBe('false');
    expect(snapshotText({ a: 1 })).toBe('{"a":1}');
  });
});
