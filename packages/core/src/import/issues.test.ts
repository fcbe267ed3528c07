import { describe, expect, it } from 'vitest';
import { IssueList, makeIssue, reason } from './issues';

describe('makeIssue', () => {
  it('names sheet, row, column and value in both languages', () => {
    const issue = makeIssue({
      severity: 'error',
      code: 'not_a_number',
      sheet: '办学条件',
      row: 7,
      column: { header: '图书册数', letter: 'N' },
      value: '很多',
      reason: reason('不是数字', 'not a number'),
    });
    expect(issue.message['zh-CN']).toBe(
      '工作表「办学条件」，第 7 行，N 列（图书册数），值「很多」：不是数字',
    );
    expect(issue.message['en-US']).toBe(
      'Sheet "办学条件", row 7, column N (图书册数), value "很多": not a number',
    );
    expect(issue).toMatchObject({ sheet: '办学条件', row: 7, value: '很多', code: 'not_a_number' });
  });

  it('shows dates as ISO text and leaves out what is unknown', () => {
    const issue = makeIssue({
      severity: 'warning',
      code: 'formula',
      sheet: null,
      value: new Date(Date.UTC(2016, 8, 1)),
      reason: reason('公式', 'formula'),
    });
    expect(issue.value).toBe('2016-09-01T00:00:00.000Z');
    expect(issue.row).toBeNull();
    expect(issue.message['en-US']).toBe('Value "2016-09-01T00:00:00.000Z": formula');
  });
});

describe('IssueList', () => {
  it('reports errors only when one is an error', () => {
    const list = new IssueList();
    list.warning({ code: 'column_extra', sheet: '学校', reason: reason('多余', 'extra') });
    expect(list.hasErrors).toBe(false);
    list.error({ code: 'sheet_missing', sheet: '教师', reason: reason('缺少', 'missing') });
    expect(list.hasErrors).toBe(true);
    expect(list.items.map((i) => i.severity)).toEqual(['warning', 'error']);
  });
});
