// Import issues on the terminal: errors first, each naming sheet, row, column and reason in both languages.
import type { ImportIssue } from '@junheng/core';

const MAX_SHOWN = 50;

export function issueLine(issue: ImportIssue): string {
  const tag = issue.severity === 'error' ? '错误 error' : '警告 warning';
  return `${tag}: ${issue.message['zh-CN']}\n    ${issue.message['en-US']}`;
}

export function printIssues(issues: readonly ImportIssue[]): void {
  const sorted = [...issues].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1,
  );
  for (const issue of sorted.slice(0, MAX_SHOWN)) console.error(issueLine(issue));
  if (sorted.length > MAX_SHOWN) {
    console.error(`… 另有 ${sorted.length - MAX_SHOWN} 条 / ${sorted.length - MAX_SHOWN} more`);
  }
}
