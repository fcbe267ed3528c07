import { describe, expect, it } from 'vitest';
import { applyMerges, scanMerges, type MergeRange } from './merges';

async function collect(chunks: string[], merges: MergeRange[]): Promise<string> {
  async function* source() {
    yield* chunks;
  }
  let out = '';
  for await (const c of scanMerges(source(), merges, () => undefined)) out += String(c);
  return out;
}

describe('scanMerges', () => {
  it('finds merge ranges split across chunks, once each, and passes the XML through', async () => {
    const xml = '<sheetData/><mergeCells><mergeCell ref="A1:A2"/><mergeCell ref="C2:AB2"/></mergeCells>';
    const merges: MergeRange[] = [];
    expect(await collect([xml.slice(0, 40), xml.slice(40, 55), xml.slice(55)], merges)).toBe(xml);
    expect(merges).toEqual([
      { top: 1, left: 1, bottom: 2, right: 1 },
      { top: 2, left: 3, bottom: 2, right: 28 },
    ]);
  });
});

describe('applyMerges', () => {
  it('fills kept rows of each range from its top-left value', () => {
    const grid = {
      name: 's',
      rows: [
        ['学校标识码', '面积'],
        [null, '小计', '其中'],
      ],
      rowNumbers: [1, 2],
      emptyRows: 0,
      formulas: [],
    };
    applyMerges(
      grid,
      [
        { top: 1, left: 1, bottom: 2, right: 1 },
        { top: 1, left: 2, bottom: 1, right: 3 },
        { top: 5, left: 1, bottom: 9, right: 1 },
      ],
      200,
    );
    expect(grid.rows).toEqual([
      ['学校标识码', '面积', '面积'],
      ['学校标识码', '小计', '其中'],
    ]);
  });
});
