// Import problems as values (style.md: row-level problems are values in a list, not exceptions). Every
// message names where (sheet, row, column), what (the value) and why, in zh-CN and en-US.
import type { CellValue, ImportIssue, IssueCode, IssueColumn, LocalizedText, Severity } from './types';

export interface IssueInput {
  severity: Severity;
  code: IssueCode;
  sheet: string | null;
  row?: number | null;
  column?: IssueColumn | null;
  value?: CellValue;
  reason: LocalizedText;
}

/** A cell value as an issue shows it: dates as ISO text, so issues serialise to JSON unchanged. */
export function issueValue(value: CellValue | undefined): string | number | boolean | null {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  return value;
}

function where(input: IssueInput): LocalizedText {
  const zh: string[] = [];
  const en: string[] = [];
  if (input.sheet !== null) {
    zh.push(`工作表「${input.sheet}」`);
    en.push(`sheet "${input.sheet}"`);
  }
  if (input.row != null) {
    zh.push(`第 ${input.row} 行`);
    en.push(`row ${input.row}`);
  }
  if (input.column) {
    const { letter, header } = input.column;
    zh.push(letter ? `${letter} 列（${header}）` : `列「${header}」`);
    en.push(letter ? `column ${letter} (${header})` : `column "${header}"`);
  }
  const value = issueValue(input.value);
  if (value !== null && value !== '') {
    zh.push(`值「${String(value)}」`);
    en.push(`value "${String(value)}"`);
  }
  return { 'zh-CN': zh.join('，'), 'en-US': en.join(', ') };
}

export function makeIssue(input: IssueInput): ImportIssue {
  const at = where(input);
  const message: LocalizedText = {
    'zh-CN': at['zh-CN'] ? `${at['zh-CN']}：${input.reason['zh-CN']}` : input.reason['zh-CN'],
    'en-US': at['en-US'] ? `${capitalise(at['en-US'])}: ${input.reason['en-US']}` : input.reason['en-US'],
  };
  return {
    severity: input.severity,
    sheet: input.sheet,
    row: input.row ?? null,
    column: input.column ?? null,
    value: issueValue(input.value),
    code: input.code,
    message,
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const reason = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, 'en-US': en });

/** Collects issues across the steps; hasErrors decides all-or-nothing. */
export class IssueList {
  readonly items: ImportIssue[] = [];

  add(input: IssueInput): void {
    this.items.push(makeIssue(input));
  }

  error(input: Omit<IssueInput, 'severity'>): void {
    this.add({ ...input, severity: 'error' });
  }

  warning(input: Omit<IssueInput, 'severity'>): void {
    this.add({ ...input, severity: 'warning' });
  }

  get hasErrors(): boolean {
    return this.items.some((i) => i.severity === 'error');
  }
}
