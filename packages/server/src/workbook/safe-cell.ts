// Formula-injection guard for every workbook the platform writes (OWASP "CSV injection"; style.md: exports
// neutralise formula injection). Cells are written as plain strings, never formulas, and text that Excel would
// read as a formula once a user edits the cell (= + - @, tab, CR) gets a leading apostrophe. The importer
// drops that apostrophe again (core import/cells.ts), so export → import gives the text back unchanged.
import type { CellValue } from '@junheng/core';

const FORMULA_START = /^[=+\-@\t\r]/;

export function safeCellText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The value to hand exceljs: strings guarded, dates and numbers as they are, never a formula object. */
export function safeCell(value: CellValue): string | number | boolean | Date | null {
  return typeof value === 'string' ? safeCellText(value) : value;
}
