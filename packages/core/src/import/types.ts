// The county workbook import (../shared/spec/import-template.md) as plain values: what the file reader hands
// over (a grid per sheet) and what the pipeline hands back (data or a list of issues, never both wrong).
import type { CountyData } from '../org/types';

/** One cell after reading: formulas are replaced by their cached result, rich text is flattened. */
export type CellValue = string | number | boolean | Date | null;

/** A formula cell found by the reader; its cached result is in the grid, the formula itself is never run. */
export interface FormulaCell {
  /** 1-based Excel row. */
  row: number;
  /** 1-based Excel column. */
  column: number;
  formula: string;
}

/** One worksheet as read: only non-empty rows are kept, each with its Excel row number. */
export interface SheetGrid {
  name: string;
  /** rows[i][c] is the cell in Excel column c + 1. */
  rows: CellValue[][];
  /** rowNumbers[i] is the 1-based Excel row of rows[i]. */
  rowNumbers: number[];
  /** Rows that exist in the file (styled, say) but hold no value; counted, not kept. */
  emptyRows: number;
  formulas: FormulaCell[];
}

export type Severity = 'error' | 'warning';

export type IssueCode =
  | 'file_too_large'
  | 'not_a_workbook'
  | 'zip_entry_too_large'
  | 'too_many_rows'
  | 'sheet_missing'
  | 'sheet_empty'
  | 'header_not_found'
  | 'column_missing'
  | 'column_extra'
  | 'column_duplicate'
  | 'unit_mismatch'
  | 'formula'
  | 'total_row'
  | 'required'
  | 'not_a_number'
  | 'not_an_integer'
  | 'negative'
  | 'invalid_code'
  | 'invalid_enum'
  | 'invalid_month'
  | 'invalid_school_year'
  | 'invalid_value'
  | 'duplicate'
  | 'unknown_reference'
  | 'impossible_value'
  | 'other_county';

export interface LocalizedText {
  'zh-CN': string;
  'en-US': string;
}

export interface IssueColumn {
  /** The header text as written in the file (or the template's header when the column is missing). */
  header: string;
  /** Excel column letter, null when the column is missing. */
  letter: string | null;
}

export interface ImportIssue {
  severity: Severity;
  /** Sheet name as written in the file (or the template's name when the sheet is missing); null: whole file. */
  sheet: string | null;
  /** 1-based Excel row; null when the issue is about a sheet or a column. */
  row: number | null;
  column: IssueColumn | null;
  value: string | number | boolean | null;
  code: IssueCode;
  message: LocalizedText;
}

export interface ImportCounts {
  schools: number;
  stats: number;
  teachers: number;
  classes: number;
  /** Empty rows met inside the sheets (not kept). */
  emptyRows: number;
  /** Total and subtotal rows skipped. */
  skippedRows: number;
  errors: number;
  warnings: number;
}

export interface ImportResult {
  /** Null whenever any issue is an error: a workbook is taken whole or not at all. */
  data: CountyData | null;
  issues: ImportIssue[];
  counts: ImportCounts;
}
