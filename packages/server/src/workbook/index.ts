// The county workbook on the server: read (file → CountyData or issues), template, export, errors workbook.
// The CLI (`junheng import`, `junheng evaluate <file.xlsx>`) and the HTTP upload both call these.
import {
  importCountyGrids,
  issueReason,
  makeIssue,
  WORKBOOK_SHEETS,
  NOTES_SHEET_NAME,
  type ImportResult,
  type SheetGrid,
} from '@junheng/core';
import { inputBuffer, type WorkbookInput } from './input-buffer';
import { DEFAULT_LIMITS, WorkbookReadError, type ReadLimits } from './limits';
import { readGrids, type ReadProgress } from './read-grids';
import { guardZip, verifyZip } from './zip-guard';

export { DEFAULT_LIMITS, WorkbookReadError, type ReadLimits } from './limits';
export type { ReadProgress } from './read-grids';
export type { WorkbookInput } from './input-buffer';
export { writeTemplate, writeCountyWorkbook } from './write-county';
export { writeErrorsWorkbook } from './write-errors';
export { safeCellText } from './safe-cell';

export interface ReadCountyOptions extends Partial<ReadLimits> {
  /** Also return the sheets as read, for writeErrorsWorkbook. */
  keepGrids?: boolean;
  /** Told the rows read so far in each sheet (every few thousand rows and at each sheet's end). */
  onProgress?: ReadProgress;
}

export interface CountyWorkbookResult extends ImportResult {
  grids?: SheetGrid[];
}

const SHEET_WORDS = [...WORKBOOK_SHEETS.flatMap((s) => [s.name, ...s.synonyms]), NOTES_SHEET_NAME];

/** Sheets whose name could be one of ours (the pipeline decides which); other sheets are not read. */
export function isCountySheetName(name: string): boolean {
  const compact = name.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
  return SHEET_WORDS.some((w) => compact.includes(w.toLowerCase()));
}

/** Read the sheets of a workbook as plain grids, within the limits. Throws WorkbookReadError. */
export async function readWorkbookGrids(
  input: WorkbookInput,
  options: Partial<ReadLimits> & { onProgress?: ReadProgress } = {},
): Promise<SheetGrid[]> {
  const { onProgress, ...given } = options;
  const limits = { ...DEFAULT_LIMITS, ...given };
  const buf = await inputBuffer(input, limits.maxBytes);
  const entries = guardZip(buf, limits.maxUnpackedBytes);
  await verifyZip(buf, entries, limits.maxUnpackedBytes);
  return readGrids(buf, entries, limits, isCountySheetName, onProgress);
}

/**
 * A county workbook (import-template.md) → `{ data, issues, counts }`. Problems with the file itself (too large,
 * not an .xlsx, a zip bomb, too many rows) come back as a single error issue, never as a thrown error.
 */
export async function readCountyWorkbook(
  input: WorkbookInput,
  options: ReadCountyOptions = {},
): Promise<CountyWorkbookResult> {
  let grids: SheetGrid[];
  try {
    grids = await readWorkbookGrids(input, options);
  } catch (error) {
    if (!(error instanceof WorkbookReadError)) throw error;
    const issue = makeIssue({
      severity: 'error',
      code: error.code,
      sheet: error.sheet,
      reason: issueReason(error.zh, error.en),
    });
    return {
      data: null,
      issues: [issue],
      counts: {
        schools: 0,
        stats: 0,
        teachers: 0,
        classes: 0,
        emptyRows: 0,
        skippedRows: 0,
        errors: 1,
        warnings: 0,
      },
    };
  }
  const result = importCountyGrids(grids);
  return options.keepGrids ? { ...result, grids } : result;
}
