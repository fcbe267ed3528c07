import { validateHeaderValue } from 'node:http';
import { describe, expect, it } from 'vitest';
import { xlsxRows } from '../testing/xlsx';
import { contentDisposition, writeXlsx } from './xlsx';

describe('contentDisposition', () => {
  it('is a valid header value for Chinese names, with the name kept in filename*', () => {
    const value = contentDisposition('差异系数-2024-2025-basic-2012');
    expect(() => validateHeaderValue('content-disposition', value)).not.toThrow();
    expect(value).toBe(
      `attachment; filename="____-2024-2025-basic-2012.xlsx"; filename*=UTF-8''${encodeURIComponent('差异系数')}-2024-2025-basic-2012.xlsx`,
    );
    expect(contentDisposition('a"b\\c')).toContain('filename="a_b_c.xlsx"');
  });
});

describe('writeXlsx', () => {
  it('writes headers and plain values, neutralising formula-like text', async () => {
    const rows = [
      { name: '=cmd|calc', n: 3 },
      { name: '@x', n: 0 },
      { name: '普通', n: 1 },
    ];
    const body = await writeXlsx(
      '表',
      [
        { header: '名称', value: (r: (typeof rows)[number]) => r.name },
        { header: '数', value: (r: (typeof rows)[number]) => r.n },
      ],
      rows,
    );
    expect(await xlsxRows(body)).toEqual([
      ['名称', '数'],
      ["'=cmd|calc", 3],
      ["'@x", 0],
      ['普通', 1],
    ]);
  });
});
