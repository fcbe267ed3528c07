// Step 1: an .xlsx buffer → its sheets row by row, read with exceljs's streaming reader so a big workbook is
// never held as an exceljs document — nor as grids: each non-empty row goes to the sheet's feed as it is read
// (core's CountyImport validates and converts it on arrival). Empty rows (a formatted but blank table) are
// counted, not passed on.
import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import ExcelJS from 'exceljs';
import type { CellValue, SheetFeed, SheetGrid } from '@junheng/core';
import { plainCell } from './grid-cell';
import { mb, WorkbookReadError, type ReadLimits } from './limits';
import { MergeScanner, RowMerger, type MergeRange } from './merges';
import { workbookParts } from './sheet-names';
import { entryChunks, verifyZip, type ZipEntryInfo } from './zip-guard';

/** What the streaming reader gives that its type declarations leave out. */
interface SheetReader extends AsyncIterable<ExcelJS.Row> {
  name: string;
  iterator: AsyncIterable<Buffer | string>;
}

/** Sheets worth reading row by row; others are listed by name only (so 'the workbook has …' can name them). */
export type SheetFilter = (name: string) => boolean;

/** Rows read so far in a sheet; `done` at the sheet's end. */
export type ReadProgress = (progress: { sheet: string; rows: number; done: boolean }) => void;

/** Where the rows go: told the workbook's sheet names first, then asked for a feed per sheet as it comes. */
export interface SheetSink {
  begin(names: readonly string[]): void;
  sheet(name: string): SheetFeed;
}

const PROGRESS_EVERY = 5_000;
const SHEET_PART = /^xl\/worksheets\/sheet(\d+)\.xml$/;

/** Merge ranges per worksheet part, collected from verifyZip's pass over the unpacked bytes. */
export async function verifyAndScanMerges(
  buf: Buffer,
  entries: readonly ZipEntryInfo[],
  maxUnpackedBytes: number,
): Promise<Map<string, MergeRange[]>> {
  const scanners = new Map<string, MergeScanner>();
  await verifyZip(buf, entries, maxUnpackedBytes, (entry, chunk) => {
    if (!SHEET_PART.test(entry.name)) return;
    let scanner = scanners.get(entry.name);
    if (!scanner) scanners.set(entry.name, (scanner = new MergeScanner()));
    scanner.push(chunk);
  });
  return new Map([...scanners].map(([name, s]) => [name, s.merges]));
}

function plainRow(row: ExcelJS.Row, feed: SheetFeed, maxColumns: number): CellValue[] | null {
  const values = row.values as unknown[];
  const width = Math.min(values.length - 1, maxColumns);
  const cells: CellValue[] = new Array<CellValue>(Math.max(0, width));
  let any = false;
  for (let c = 1; c <= width; c++) {
    const { value, formula } = plainCell(values[c]);
    cells[c - 1] = value;
    if (formula !== null) feed.formula({ row: row.number, column: c, formula });
    if (value !== null && !(typeof value === 'string' && value.trim() === '')) any = true;
  }
  return any ? cells : null;
}

/**
 * An XML part's chunks as text, counting the unpacked bytes. exceljs decodes each chunk on its own, which
 * garbles a character split between two chunks; a streaming decoder carries the split bytes over.
 */
async function* decoded(
  source: AsyncIterable<Buffer | string>,
  onBytes: (bytes: number) => void = () => {},
): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of source) {
    onBytes(chunk.length);
    yield typeof chunk === 'string' ? chunk : decoder.write(chunk);
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

async function readSheet(
  reader: SheetReader,
  feed: SheetFeed,
  merges: readonly MergeRange[],
  limits: ReadLimits,
  unpacked: { bytes: number },
  onProgress: ReadProgress | undefined,
): Promise<void> {
  reader.iterator = decoded(reader.iterator, (bytes) => {
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
  const merger = merges.length > 0 ? new RowMerger(merges, limits.maxColumns) : null;
  let rows = 0;
  let emptyRows = 0;
  for await (const row of reader) {
    const cells = plainRow(row, feed, limits.maxColumns);
    if (cells === null) {
      emptyRows += 1;
      continue;
    }
    if (rows >= limits.maxRows) {
      throw new WorkbookReadError(
        'too_many_rows',
        `工作表「${reader.name}」超过 ${limits.maxRows} 行数据，已停止读取`,
        `the sheet "${reader.name}" has more than ${limits.maxRows} rows of data; reading stopped`,
        reader.name,
      );
    }
    merger?.apply(cells, row.number);
    feed.row(cells, row.number);
    rows += 1;
    if (onProgress && rows % PROGRESS_EVERY === 0) onProgress({ sheet: reader.name, rows, done: false });
  }
  onProgress?.({ sheet: reader.name, rows, done: true });
  feed.end(emptyRows);
}

interface SharedStringsReader {
  sharedStrings?: unknown[];
  _parseSharedStrings(entry: Readable): AsyncIterable<unknown>;
}

/**
 * exceljs parks every sheet it meets before sharedStrings.xml (exceljs writes that part last) in a temp file and
 * reads it back afterwards; under load that read-back returned empty sheets. Reading the strings first lets
 * every sheet stream straight from the zip, with no temp files. The part goes in as a stream of small chunks:
 * exceljs gathers the XML events of each chunk in one array, which for a province's strings as one chunk
 * (~1.5 million strings) took over a gigabyte.
 */
async function preloadSharedStrings(
  reader: ExcelJS.stream.xlsx.WorkbookReader,
  buf: Buffer,
  entries: readonly ZipEntryInfo[],
): Promise<void> {
  const target = reader as unknown as SharedStringsReader;
  const part = entries.find((e) => e.name === 'xl/sharedStrings.xml');
  if (part) {
    const stream = Readable.from(decoded(entryChunks(buf, part)));
    for await (const _ of target._parseSharedStrings(stream)) void _;
  }
  target.sharedStrings ??= [];
  // The part is met again in the zip; parsing it twice would append every string a second time.
  target._parseSharedStrings = async function* () {};
}

/**
 * Reads the sheets of a verified workbook (see verifyAndScanMerges) into `sink`, in the order they sit in the
 * zip (the order exceljs meets them). Sheets `wanted` rejects are announced and ended without reading a row.
 */
export async function readSheets(
  buf: Buffer,
  entries: readonly ZipEntryInfo[],
  limits: ReadLimits,
  wanted: SheetFilter,
  merges: ReadonlyMap<string, readonly MergeRange[]>,
  sink: SheetSink,
  onProgress?: ReadProgress,
): Promise<void> {
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
  // exceljs names a sheet part worksheets/sheetN.xml through the relationship its workbook.xml entry points at.
  const partOf = new Map<string, string>();
  for (const sheet of sheets) {
    const target = rels.find((r) => r.Id === sheet.rId)?.Target;
    if (target && !partOf.has(sheet.name)) partOf.set(sheet.name, `xl/${target}`);
  }
  const sheetOfPart = new Map([...partOf].map(([name, part]) => [part, name]));
  sink.begin(
    entries
      .filter((e) => SHEET_PART.test(e.name) && sheetOfPart.has(e.name))
      .map((e) => sheetOfPart.get(e.name) as string),
  );
  await preloadSharedStrings(reader, buf, entries);
  const unpacked = { bytes: 0 };
  try {
    for await (const sheet of reader as unknown as AsyncIterable<SheetReader>) {
      const feed = sink.sheet(sheet.name);
      if (!wanted(sheet.name)) {
        feed.end(0);
        continue;
      }
      const part = partOf.get(sheet.name);
      await readSheet(sheet, feed, (part && merges.get(part)) || [], limits, unpacked, onProgress);
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
}

/** A sink that keeps every sheet as a plain grid (small workbooks, tools). */
export function gridSink(): SheetSink & { grids: SheetGrid[] } {
  const grids: SheetGrid[] = [];
  return {
    grids,
    begin: () => {},
    sheet(name) {
      const grid: SheetGrid = { name, rows: [], rowNumbers: [], emptyRows: 0, formulas: [] };
      grids.push(grid);
      return {
        row: (cells, rowNumber) => {
          grid.rows.push(cells);
          grid.rowNumbers.push(rowNumber);
        },
        formula: (cell) => grid.formulas.push(cell),
        end: (emptyRows) => {
          grid.emptyRows = emptyRows;
        },
      };
    },
  };
}
