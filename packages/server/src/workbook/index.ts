// The county workbook on the server: read (file → CountyData or issues), template, export, errors workbook.
// The CLI (`junheng import`, `junheng evaluate <file.xlsx>`) and the HTTP upload both call these.
import {
  CountyImport,
  expandCountyData,
  issueReason,
  makeIssue,
  WORKBOOK_SHEETS,
  NOTES_SHEET_NAME,
  type CountyImportResult,
  type ImportCounts,
  type ImportResult,
  type SheetGrid,
} from '@junheng/core';
import { inputBuffer, type WorkbookInput } from './input-buffer';
import { DEFAULT_LIMITS, WorkbookReadError, type ReadLimits } from './limits';
import { gridSink, readSheets, verifyAndScanMerges, type ReadProgress, type SheetSink } from './read-grids';
import { guardZip } from './zip-guard';

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

/** The same with the teachers in compact form (core's TeacherTable): what a big import writes from. */
export interface CompactWorkbookResult extends CountyImportResult {
  grids?: SheetGrid[];
}

const SHEET_WORDS = [...WORKBOOK_SHEETS.flatMap((s) => [s.name, ...s.synonyms]), NOTES_SHEET_NAME];

/** Sheets whose name could be one of ours (the pipeline decides which); other sheets are not read. */
export function isCountySheetName(name: string): boolean {
  const compact = name.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
  return SHEET_WORDS.some((w) => compact.includes(w.toLowerCase()));
}

type ReadOptions = Partial<ReadLimits> & { onProgress?: ReadProgress };

/** Check the file within the limits, then stream its sheets into `sink`. Throws WorkbookReadError. */
async function readWorkbook(input: WorkbookInput, options: ReadOptions, sink: SheetSink): Promise<void> {
  const { onProgress, ...given } = options;
  const limits = { ...DEFAULT_LIMITS, ...given };
  const buf = await inputBuffer(input, limits.maxBytes);
  const entries = guardZip(buf, limits.maxUnpackedBytes);
  const merges = await verifyAndScanMerges(buf, entries, limits.maxUnpackedBytes);
  await readSheets(buf, entries, limits, isCountySheetName, merges, sink, onProgress);
}

/** Read the sheets of a workbook as plain grids, within the limits. Throws WorkbookReadError. */
export async function readWorkbookGrids(
  input: WorkbookInput,
  options: ReadOptions = {},
): Promise<SheetGrid[]> {
  const sink = gridSink();
  await readWorkbook(input, options, sink);
  return sink.grids;
}

const NO_COUNTS: ImportCounts = {
  schools: 0,
  stats: 0,
  teachers: 0,
  classes: 0,
  emptyRows: 0,
  skippedRows: 0,
  errors: 1,
  warnings: 0,
};

/**
 * A county workbook (import-template.md) → `{ data, issues, counts }`, the teachers in compact form. Each row is
 * validated and converted as it is read, so no sheet is ever held whole (unless `keepGrids`). Problems with the
 * file itself (too large, not an .xlsx, a zip bomb, too many rows) come back as a single error issue, never as a
 * thrown error.
 */
export async function readCountyWorkbookCompact(
  input: WorkbookInput,
  options: ReadCountyOptions = {},
): Promise<CompactWorkbookResult> {
  const state: { run: CountyImport | null } = { run: null };
  const start = (names: readonly string[]) => new CountyImport(names, { keepGrids: options.keepGrids });
  const sink: SheetSink = {
    begin: (names) => {
      state.run = start(names);
    },
    sheet: (name) => (state.run ??= start([])).sheet(name),
  };
  try {
    await readWorkbook(input, options, sink);
  } catch (error) {
    if (!(error instanceof WorkbookReadError)) throw error;
    const issue = makeIssue({
      severity: 'error',
      code: error.code,
      sheet: error.sheet,
      reason: issueReason(error.zh, error.en),
    });
    return { data: null, issues: [issue], counts: { ...NO_COUNTS } };
  }
  const run = state.run ?? start([]);
  const result = run.finish();
  return options.keepGrids ? { ...result, grids: run.grids } : result;
}

/** A county workbook → CountyData (a teacher object per row) or issues; see readCountyWorkbookCompact. */
export async function readCountyWorkbook(
  input: WorkbookInput,
  options: ReadCountyOptions = {},
): Promise<CountyWorkbookResult> {
  const result = await readCountyWorkbookCompact(input, options);
  return { ...result, data: result.data && expandCountyData(result.data) };
}
