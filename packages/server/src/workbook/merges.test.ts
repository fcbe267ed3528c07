import { describe, expect, it } from 'vitest';
import { applyMerges, MergeScanner, RowMerger } from './merges';

describe('MergeScanner', () => {
  it('finds merge ranges split across chunks, once each', () => {
    const xml = '<sheetData/><mergeCells><mergeCell ref="A1:A2"/><mergeCell ref="C2:AB2"/></mergeCells>';
    for (const cuts of [
      [40, 55],
      [30, 31],
      [1, 2, 3, 60, 61],
    ]) {
      const scanner = new MergeScanner();
      let at = 0;
      for (const cut of [...cuts, xml.length]) {
        scanner.push(Buffer.from(xml.slice(at, cut), 'latin1'));
        at = cut;
      }
      expect(scanner.merges).toEqual([
        { top: 1, left: 1, bottom: 2, right: 1 },
        { top: 2, left: 3, bottom: 2, right: 28 },
      ]);
    }
  });

  it('skips chunks without merges, and finds one after many such chunks', () => {
    const scanner = new MergeScanner();
    const filler = '<row r="1"><c r="A1" t="s"><v>0</v></c></row>'.repeat(20);
    for (let i = 0; i < 50; i++) scanner.push(Buffer.from(filler));
    scanner.push(Buffer.from('<mergeCells count="1"><mergeCe'));
    scanner.push(Buffer.from('ll ref="B3:B9"/></mergeCells>'));
    expect(scanner.merges).toEqual([{ top: 3, left: 2, bottom: 9, right: 2 }]);
  });
});

describe('RowMerger', () => {
  it('fills rows as they come, from ranges whose top row was read', () => {
    const merger = new RowMerger(
      [
        { top: 2, left: 1, bottom: 4, right: 1 },
        { top: 3, left: 2, bottom: 3, right: 3 },
      ],
      200,
    );
    const rows: [number, (string | null)[]][] = [
      [1, ['h']],
      [2, ['2151072201', 'x']],
      [4, [null, 'y']],
      [5, [null, 'z']],
    ];
    for (const [n, cells] of rows) merger.apply(cells, n);
    expect(rows.map(([, cells]) => cells)).toEqual([
      ['h'],
      ['2151072201', 'x'],
      ['2151072201', 'y'],
      [null, 'z'],
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
