// Step 1: an .xlsx buffer → its sheets row by row, each sheet's XML unpacked and scanned as a stream
// (sheet-xml.ts, giving what exceljs's streaming reader gives; exceljs still reads the shared strings and the
// styles), so a big workbook is never held as an exceljs document — nor as grids: each non-empty row goes to
// the sheet's feed as it is read (core's CountyImport validates and converts it on arrival). Empty rows (a
// formatted but blank table) are counted, not passed on.
import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import ExcelJS from 'exceljs';
import type { CellValue, SheetFeed, SheetGrid } from '@junheng/core';
import { plainCell } from './grid-cell';
import { mb, WorkbookReadError, type ReadLimits } from './limits';
import { MergeScanner, RowMerger, type MergeRange } from './merges';
import { sheetRows, type SheetXmlContext, type XmlRow } from './sheet-xml';
import { workbookParts } from './sheet-names';
import { entryChunks, verifyZip, type ZipEntryInfo } from './zip-guard';

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

function plainRow(row: XmlRow, feed: SheetFeed, maxColumns: number): CellValue[] | null {
  const { values } = row;
  const width = Math.min(values.length - 1, maxColumns);
  const cells: CellValue[] = new Array<CellValue>(Math.max(0, width));
  let any = false;
  for (let c = 1; c <= width; c++) {
    const raw = values[c];
    let value: CellValue;
    if (typeof raw === 'string') value = raw;
    else if (typeof raw === 'number') value = Number.isFinite(raw) ? raw : null;
    else if (raw === undefined || raw === null) value = null;
    else {
      const plain = plainCell(raw);
      value = plain.value;
      if (plain.formula !== null) feed.formula({ row: row.number, column: c, formula: plain.formula });
    }
    cells[c - 1] = value;
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
  name: string,
  chunks: AsyncIterable<Buffer>,
  context: SheetXmlContext,
  feed: SheetFeed,
  merges: readonly MergeRange[],
  limits: ReadLimits,
  unpacked: { bytes: number },
  onProgress: ReadProgress | undefined,
): Promise<void> {
  const text = decoded(chunks, (bytes) => {
    unpacked.bytes += bytes;
    // Declared sizes were checked already; this catches a zip whose entries lie about their size.
    if (unpacked.bytes > limits.maxUnpackedBytes) {
      throw new WorkbookReadError(
        'zip_entry_too_large',
        `工作表「${name}」解压后超过上限 ${mb(limits.maxUnpackedBytes)}，已停止读取`,
        `the sheet "${name}" unpacks to more than ${mb(limits.maxUnpackedBytes)}; reading stopped`,
        name,
      );
    }
  });
  const merger = merges.length > 0 ? new RowMerger(merges, limits.maxColumns) : null;
  let rows = 0;
  let emptyRows = 0;
  for await (const batch of sheetRows(text, context)) {
    for (const row of batch) {
      const cells = plainRow(row, feed, limits.maxColumns);
      if (cells === null) {
        emptyRows += 1;
        continue;
      }
      if (rows >= limits.maxRows) {
        throw new WorkbookReadError(
          'too_many_rows',
          `工作表「${name}」超过 ${limits.maxRows} 行数据，已停止读取`,
          `the sheet "${name}" has more than ${limits.maxRows} rows of data; reading stopped`,
          name,
        );
      }
      merger?.apply(cells, row.number);
      feed.row(cells, row.number);
      rows += 1;
      if (onProgress && rows % PROGRESS_EVERY === 0) onProgress({ sheet: name, rows, done: false });
    }
  }
  onProgress?.({ sheet: name, rows, done: true });
  feed.end(emptyRows);
}

/** The parts of exceljs's streaming reader used here: its shared strings and styles parsers. */
interface ExcelJsParts {
  sharedStrings?: unknown[];
  styles: { getStyleModel(id: number): { numFmt?: unknown } | null };
  _parseSharedStrings(entry: Readable): AsyncIterable<unknown>;
  _parseStyles(entry: Readable): Promise<void>;
}

/**
 * The shared strings and styles, parsed by exceljs from the part's bytes streamed in small chunks: exceljs
 * gathers the XML events of each chunk in one array, which for a province's strings given as one chunk (~1.5
 * million strings) took over a gigabyte.
 */
async function stringsAndStyles(
  buf: Buffer,
  entries: readonly ZipEntryInfo[],
): Promise<Pick<SheetXmlContext, 'sharedStrings' | 'styleModel'>> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    // Styles tell dates from numbers.
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  }) as unknown as ExcelJsParts;
  const part = (name: string) => entries.find((e) => e.name === name);
  const strings = part('xl/sharedStrings.xml');
  if (strings) {
    for await (const _ of reader._parseSharedStrings(Readable.from(decoded(entryChunks(buf, strings)))))
      void _;
  }
  const styles = part('xl/styles.xml');
  if (styles) await reader._parseStyles(Readable.from(decoded(entryChunks(buf, styles))));
  const { sharedStrings = [] } = reader;
  return { sharedStrings, styleModel: (id) => reader.styles.getStyleModel(id) };
}

/**
 * Reads the sheets of a verified workbook (see verifyAndScanMerges) into `sink`, in the order their parts sit in
 * the zip (the order exceljs reads them). Sheets `wanted` rejects are announced and ended without reading a row.
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
  const { sheets, rels, date1904 } = workbookParts(buf, entries);
  // As exceljs names a part xl/worksheets/sheetN.xml: the sheet whose relationship targets worksheets/sheetN.xml.
  const nameOf = (part: string): string | undefined => {
    const rel = rels.find((r) => r.Target === part.replace(/^xl\//, ''));
    return rel ? sheets.find((s) => s.rId === rel.Id)?.name : undefined;
  };
  const parts = entries.flatMap((e) => {
    const name = SHEET_PART.test(e.name) ? nameOf(e.name) : undefined;
    return name === undefined ? [] : [{ entry: e, name }];
  });
  sink.begin(parts.map((p) => p.name));
  const unpacked = { bytes: 0 };
  try {
    const context = { ...(await stringsAndStyles(buf, entries)), date1904 };
    for (const { entry, name } of parts) {
      const feed = sink.sheet(name);
      if (!wanted(name)) {
        feed.end(0);
        continue;
      }
      const chunks = entryChunks(buf, entry);
      await readSheet(
        name,
        chunks,
        context,
        feed,
        merges.get(entry.name) ?? [],
        limits,
        unpacked,
        onProgress,
      );
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
