// Step 1: an .xlsx buffer → one plain grid per sheet, read with exceljs's streaming reader so a big workbook is
// never held as an exceljs document. Empty rows (a formatted but blank table) are counted, not kept.
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { CellValue, SheetGrid } from '@junheng/core';
import { plainCell } from './grid-cell';
import { mb, WorkbookReadError, type ReadLimits } from './limits';
import { applyMerges, scanMerges, type MergeRange } from './merges';
import { workbookParts } from './sheet-names';
import { entryText, type ZipEntryInfo } from './zip-guard';

/** What the streaming reader gives that its type declarations leave out. */
interface SheetReader extends AsyncIterable<ExcelJS.Row> {
  name: string;
  iterator: AsyncIterable<Buffer | string>;
}

/** Sheets worth reading row by row; others are listed by name only (so 'the workbook has …' can name them). */
export type SheetFilter = (name: string) => boolean;

/** Rows read so far in a sheet; `done` at the sheet's end. */
export type ReadProgress = (progress: { sheet: string; rows: number; done: boolean }) => void;

const PROGRESS_EVERY = 5_000;

function plainRow(row: ExcelJS.Row, grid: SheetGrid, maxColumns: number): CellValue[] | null {
  const values = row.values as unknown[];
  const cells: CellValue[] = [];
  let any = false;
  const width = Math.min(values.length - 1, maxColumns);
  for (let c = 1; c <= width; c++) {
    const { value, formula } = plainCell(values[c]);
    cells.push(value);
    if (formula !== null) grid.formulas.push({ row: row.number, column: c, formula });
    if (value !== null && !(typeof value === 'string' && value.trim() === '')) any = true;
  }
  return any ? cells : null;
}

async function readSheet(
  reader: SheetReader,
  limits: ReadLimits,
  unpacked: { bytes: number },
  onProgress: ReadProgress | undefined,
): Promise<SheetGrid> {
  const grid: SheetGrid = { name: reader.name, rows: [], rowNumbers: [], emptyRows: 0, formulas: [] };
  const merges: MergeRange[] = [];
  reader.iterator = scanMerges(reader.iterator, merges, (bytes) => {
    unpacked.bytes += bytes;
    // Declared sizes were checked already; this catches a zip whose entries lie about their size.
    if (unpacked.bytes > limits.maxUnpackedBytes) {
      throw new WorkbookReadError(
        'zip_entry_too_large',
        `工作表「${reader.name}」解压后超过上限 ${mb(limits.maxUnpackedBytes)}，已停止读取`,
        `the sheet "${reader.name}" unpacks to more than ${mb(limits.maxUnpackedBytes)}; reading stopped`,
        reader.name,
      );
    }
  });
  for await (const row of reader) {
    const cells = plainRow(row, grid, limits.maxColumns);
    if (cells === null) {
      grid.emptyRows += 1;
      continue;
    }
    if (grid.rows.length >= limits.maxRows) {
      throw new WorkbookReadError(
        'too_many_rows',
        `工作表「${reader.name}」超过 ${limits.maxRows} 行数据，已停止读取`,
        `the sheet "${reader.name}" has more than ${limits.maxRows} rows of data; reading stopped`,
        reader.name,
      );
    }
    grid.rows.push(cells);
    grid.rowNumbers.push(row.number);
    if (onProgress && grid.rows.length % PROGRESS_EVERY === 0) {
      onProgress({ sheet: reader.name, rows: grid.rows.length, done: false });
    }
  }
  onProgress?.({ sheet: reader.name, rows: grid.rows.length, done: true });
  applyMerges(grid, merges, limits.maxColumns);
  return grid;
}

interface SharedStringsReader {
  sharedStrings?: unknown[];
  _parseSharedStrings(entry: Readable): AsyncIterable<unknown>;
}

/**
 * exceljs parks every sheet it meets before sharedStrings.xml (exceljs writes that part last) in a temp file and
 * reads it back afterwards; under load that read-back returned empty sheets. Reading the strings first lets
 * every sheet stream straight from the zip, with no temp files.
 */
async function preloadSharedStrings(
  reader: ExcelJS.stream.xlsx.WorkbookReader,
  buf: Buffer,
  entries: readonly ZipEntryInfo[],
  limits: ReadLimits,
): Promise<void> {
  const target = reader as unknown as SharedStringsReader;
  const part = entries.find((e) => e.name === 'xl/sharedStrings.xml');
  if (part) {
    const xml = entryText(buf, part, limits.maxUnpackedBytes);
    for await (const _ of target._parseSharedStrings(Readable.from([xml]))) void _;
  }
  target.sharedStrings ??= [];
  // The part is met again in the zip; parsing it twice would append every string a second time.
  target._parseSharedStrings = async function* () {};
}

export async function readGrids(
  buf: Buffer,
  entries: readonly ZipEntryInfo[],
  limits: ReadLimits,
  wanted: SheetFilter,
  onProgress?: ReadProgress,
): Promise<SheetGrid[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([buf]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    // Styles tell dates from numbers; hyperlinks are dropped (a link's target is never followed).
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const { sheets, rels, date1904 } = workbookParts(buf, entries);
  Object.assign(reader, { model: { sheets }, workbookRels: rels, properties: { model: { date1904 } } });
  await preloadSharedStrings(reader, buf, entries, limits);
  const grids: SheetGrid[] = [];
  const unpacked = { bytes: 0 };
  try {
    for await (const sheet of reader as unknown as AsyncIterable<SheetReader>) {
      if (!wanted(sheet.name)) {
        grids.push({ name: sheet.name, rows: [], rowNumbers: [], emptyRows: 0, formulas: [] });
        continue;
      }
      grids.push(await readSheet(sheet, limits, unpacked, onProgress));
    }
  } catch (error) {
    if (error instanceof WorkbookReadError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new WorkbookReadError(
      'not_a_workbook',
      `无法读取工作簿（文件可能已损坏）：${detail}`,
      `the workbook cannot be read (the file may be damaged): ${detail}`,
    );
  }
  return grids;
}
