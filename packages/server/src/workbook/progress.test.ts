import { generateDemoCounty } from '@junheng/core';
import { describe, expect, it } from 'vitest';
import { readCountyWorkbook, writeCountyWorkbook, type ReadProgress } from './index';

describe('reading progress', () => {
  it('reports rows read in every sheet, growing, and each sheet once done', async () => {
    const data = generateDemoCounty();
    const events: Parameters<ReadProgress>[0][] = [];
    const result = await readCountyWorkbook(await writeCountyWorkbook(data), {
      onProgress: (p) => events.push(p),
    });
    expect(result.data?.teachers).toHaveLength(data.teachers.length);
    const done = events.filter((e) => e.done);
    expect(done.map((e) => e.sheet)).toEqual(expect.arrayContaining(['学校', '办学条件', '教师']));
    // Rows read include the header row.
    expect(done.find((e) => e.sheet === '教师')?.rows).toBe(data.teachers.length + 1);
    const teacherRows = events.filter((e) => e.sheet === '教师').map((e) => e.rows);
    expect(teacherRows).toEqual([...teacherRows].sort((a, b) => a - b));
    expect(teacherRows.length).toBeGreaterThan(1);
  });
});
