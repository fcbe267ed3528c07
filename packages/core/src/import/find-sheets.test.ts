import { describe, expect, it } from 'vitest';
import { findSheets } from './find-sheets';
import { IssueList } from './issues';
import { gridOf } from './test-grids';

const names = (...list: string[]) => list.map((n) => gridOf(n, [['x']]));

describe('findSheets', () => {
  it('matches names with spaces, full-width forms and synonyms', () => {
    const issues = new IssueList();
    const found = findSheets(names(' 学校 ', '办学条件统计', '教　师', '班级信息'), issues);
    expect(found.schools?.name).toBe(' 学校 ');
    expect(found.stats?.name).toBe('办学条件统计');
    expect(found.teachers?.name).toBe('教　师');
    expect(found.classes?.name).toBe('班级信息');
    expect(issues.items).toEqual([]);
  });

  it('falls back to the one sheet containing the name', () => {
    const issues = new IssueList();
    const found = findSheets(names('2024学校名册', '2024办学条件', '2024教师名册'), issues);
    expect(found.schools?.name).toBe('2024学校名册');
    expect(found.teachers?.name).toBe('2024教师名册');
    expect(issues.hasErrors).toBe(false);
  });

  it('reports each missing required sheet, listing the sheets present; 班级 is optional', () => {
    const issues = new IssueList();
    const found = findSheets(names('Sheet1', '学校'), issues);
    expect(found.schools).toBeDefined();
    expect(issues.items.map((i) => [i.code, i.sheet])).toEqual([
      ['sheet_missing', '办学条件'],
      ['sheet_missing', '教师'],
    ]);
    expect(issues.items[0]?.message['zh-CN']).toContain('Sheet1、学校');
    expect(issues.items[0]?.message['en-US']).toContain('the sheet "办学条件" is missing');
  });
});
