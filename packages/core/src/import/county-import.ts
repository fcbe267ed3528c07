// Step 2, row by row: the sheets of a county workbook are fed in one row at a time, as the file reader meets
// them, and each data row is validated and converted on arrival — no sheet is held as a grid, and the teacher
// sheet (~600,000 rows for a province) goes straight into its compact form (teacher-table.ts). Only the first
// rows of a sheet wait, until its header is found. Issues come out in the same order as when the sheets were
// read whole: the workbook's sheets, then each sheet in template order, then the checks across sheets.
import type { ClassRow, County, CountyData, School, SchoolYearStats } from '../org/types';
import { readCountyInfo, settleCounty } from './county-info';
import { crossCheck, type Located, type SheetRows } from './cross-checks';
import { findHeaderRows, HEADER_SCAN_ROWS, repeatsHeader } from './find-header';
import { findSheets } from './find-sheets';
import { IssueList, reason } from './issues';
import {
  CLASSES_SHEET,
  NOTES_SHEET_NAME,
  SCHOOLS_SHEET,
  STATS_SHEET,
  TEACHERS_SHEET,
  type SheetKey,
  type SheetSpec,
} from './layout';
import { normaliseCode } from './cells';
import { RowNormaliser, type FieldKinds } from './normalise-row';
import { isTotalRow, warnFormulas } from './read-rows';
import { classRowSchema, schoolRowSchema, statsRowSchema, teacherRowSchema } from './row-schemas';
import { sheetColumns, type ColumnMap } from './sheet-columns';
import {
  CLASS_KINDS,
  SCHOOL_KINDS,
  STATS_KINDS,
  TEACHER_KINDS,
  toClass,
  toSchool,
  toStats,
} from './sheet-rows';
import { TeacherTable } from './teacher-table';
import { compactText } from './text';
import type { CellValue, FormulaCell, ImportCounts, ImportIssue, ImportResult, SheetGrid } from './types';
import type { SchoolRowInput, TeacherRowInput } from './row-schemas';
import type { z } from 'zod';

/** One sheet being read: its non-empty rows in order, its formula cells, then its end. */
export interface SheetFeed {
  /** cells[c] is the cell in Excel column c + 1, merged ranges already filled; rowNumber is 1-based. */
  row(cells: CellValue[], rowNumber: number): void;
  formula(cell: FormulaCell): void;
  /** No more rows; `emptyRows` rows of the sheet held no value. */
  end(emptyRows: number): void;
}

/** CountyData with the teachers in compact form. */
export type CountyImportData = Omit<CountyData, 'teachers'> & { teachers: TeacherTable };

/** What an import writes: the county with its teachers as objects or in compact form. */
export type ImportableCounty = CountyData | CountyImportData;

export interface CountyImportResult extends Omit<ImportResult, 'data'> {
  data: CountyImportData | null;
}

export interface CountyImportOptions {
  /** Issues found before the rows (the file reader's own). */
  earlier?: readonly ImportIssue[];
  /** Also keep every sheet's rows as read (for the errors workbook). */
  keepGrids?: boolean;
}

const blank = (v: CellValue) => v === null || (typeof v === 'string' && v.trim() === '');

function append<T>(to: T[], items: readonly T[]): void {
  // One by one: spreading a sheet's worth of issues into push() would overflow the call stack.
  for (const item of items) to.push(item);
}

const emptyGrid = (name: string): SheetGrid => ({
  name,
  rows: [],
  rowNumbers: [],
  emptyRows: 0,
  formulas: [],
});

/** One data sheet (学校, 办学条件, 教师, 班级): header found in its first rows, then each row validated as it comes. */
class DataSheet<S extends z.ZodType> implements SheetFeed {
  /** Header issues (columns), formula warnings and row issues, kept apart to come out in that order. */
  readonly head = new IssueList();
  readonly formulas = new IssueList();
  readonly rowIssues = new IssueList();
  columns: ColumnMap = new Map();
  /** A header was found (otherwise no row was read). */
  found = false;
  /** No required column is missing or unusable. */
  complete = false;
  skipped = 0;
  ended = false;
  private dataRows = 0;
  private state: 'head' | 'repeats' | 'data' | 'none' = 'head';
  private first: SheetGrid;
  private lastHeader: CellValue[] = [];
  /** 0-based indexes of the template's columns in a row. */
  private indexes: number[] = [];
  private normaliser: RowNormaliser<S> | null = null;
  private formulaCells: FormulaCell[] = [];

  constructor(
    readonly name: string,
    private readonly spec: SheetSpec,
    private readonly kinds: FieldKinds,
    private readonly schema: S,
    private readonly accept: (value: z.output<S>, row: number) => void,
    /** Sees every data row, valid or not, by field. */
    private readonly onRaw?: (cellOf: (field: string) => CellValue) => void,
  ) {
    this.first = emptyGrid(name);
  }

  row(cells: CellValue[], rowNumber: number): void {
    if (this.state === 'none') return;
    if (this.state !== 'head') {
      this.dataRow(cells, rowNumber);
      return;
    }
    this.first.rows.push(cells);
    this.first.rowNumbers.push(rowNumber);
    // The header is looked for in the first HEADER_SCAN_ROWS rows, a two-row header reaching one further.
    if (this.first.rows.length > HEADER_SCAN_ROWS) this.settleHeader();
  }

  formula(cell: FormulaCell): void {
    if (this.state !== 'none') this.formulaCells.push(cell);
  }

  end(_emptyRows: number): void {
    if (this.ended) return;
    this.ended = true;
    if (this.state === 'head') this.settleHeader();
    if (!this.found) return;
    warnFormulas({ ...emptyGrid(this.name), formulas: this.formulaCells }, this.columns, this.formulas);
    this.formulaCells = [];
    if (this.dataRows === 0 && this.spec.required) {
      this.rowIssues.error({
        code: 'sheet_empty',
        sheet: this.name,
        reason: reason('表头下没有数据行', 'no data rows under the header'),
      });
    }
  }

  private settleHeader(): void {
    const grid = this.first;
    this.first = emptyGrid(this.name);
    const header = findHeaderRows(grid, this.spec);
    if (!header) {
      this.state = 'none';
      this.formulaCells = [];
      if (grid.rows.length > 0 || this.spec.required) {
        this.head.error({
          code: grid.rows.length === 0 ? 'sheet_empty' : 'header_not_found',
          sheet: this.name,
          reason:
            grid.rows.length === 0
              ? reason('工作表是空的', 'the sheet is empty')
              : reason(
                  `前几行中找不到表头（应包含「${this.spec.columns[0]?.header}」等列名）`,
                  `no header row in the first rows (it should name columns such as "${this.spec.columns[0]?.header}")`,
                ),
        });
      }
      return;
    }
    this.found = true;
    this.columns = sheetColumns(header, this.spec, this.name, this.head);
    this.complete = !this.head.items.some((i) => i.severity === 'error');
    this.indexes = [...this.columns.values()].map((column) => column.column - 1);
    const ctx = { sheet: this.name, spec: this.spec, columns: this.columns, issues: this.rowIssues };
    this.normaliser = new RowNormaliser(this.kinds, this.schema, ctx);
    this.lastHeader = grid.rows[header.start + header.height - 1] as CellValue[];
    this.state = 'repeats';
    for (let i = header.dataStart; i < grid.rows.length; i++) {
      this.dataRow(grid.rows[i] as CellValue[], grid.rowNumbers[i] as number);
    }
  }

  private dataRow(cells: CellValue[], rowNumber: number): void {
    if (this.state === 'repeats') {
      // Rows right under the header that repeat it (a vertically merged header) or hold only units.
      if (repeatsHeader(cells, this.lastHeader)) return;
      this.state = 'data';
    }
    if (isTotalRow(cells)) {
      this.skipped += 1;
      this.rowIssues.warning({
        code: 'total_row',
        sheet: this.name,
        row: rowNumber,
        value: cells.find((c) => c !== null && c !== '') ?? null,
        reason: reason('合计行，已跳过', 'a total row; skipped'),
      });
      return;
    }
    // A row holding values only in ignored columns is as good as empty.
    if (this.indexes.every((c) => blank(cells[c] ?? null))) return;
    this.dataRows += 1;
    if (this.onRaw) {
      const { columns } = this;
      this.onRaw((field) => {
        const column = columns.get(field);
        return column ? (cells[column.column - 1] ?? null) : null;
      });
    }
    const parsed = (this.normaliser as RowNormaliser<S>).parse(cells, rowNumber);
    if (parsed !== null) this.accept(parsed, rowNumber);
  }

  /** Issues in the order the whole-sheet reading gave them. */
  issues(): ImportIssue[] {
    return [...this.head.items, ...this.formulas.items, ...this.rowIssues.items];
  }
}

/** The 说明 sheet: only its first two columns (label, value) are read. */
class NotesSheet implements SheetFeed {
  readonly grid: SheetGrid;
  constructor(name: string) {
    this.grid = emptyGrid(name);
  }
  row(cells: CellValue[], rowNumber: number): void {
    this.grid.rows.push(cells.slice(0, 2));
    this.grid.rowNumbers.push(rowNumber);
  }
  formula(): void {}
  end(): void {}
}

/** Keeps a sheet as read, for the errors workbook, and passes it on. */
class KeptSheet implements SheetFeed {
  constructor(
    readonly grid: SheetGrid,
    private readonly next: SheetFeed | null,
  ) {}
  row(cells: CellValue[], rowNumber: number): void {
    this.grid.rows.push(cells);
    this.grid.rowNumbers.push(rowNumber);
    this.next?.row(cells, rowNumber);
  }
  formula(cell: FormulaCell): void {
    this.grid.formulas.push(cell);
    this.next?.formula(cell);
  }
  end(emptyRows: number): void {
    this.grid.emptyRows = emptyRows;
    this.next?.end(emptyRows);
  }
}

interface SchoolValue {
  row: SchoolRowInput;
  school: School;
}

/**
 * The county workbook read sheet by sheet. Give it the workbook's sheet names (in the workbook's order), feed
 * each sheet through `sheet(name)`, then `finish()`.
 */
export class CountyImport {
  readonly grids: SheetGrid[] = [];
  private readonly sheetIssues = new IssueList();
  private readonly entries: { name: string; used: boolean }[];
  private readonly keyOf = new Map<{ name: string }, SheetKey>();
  private readonly notesEntry: { name: string } | undefined;
  private notes: NotesSheet | null = null;
  private emptyRows = 0;

  private readonly schoolRows: Located<SchoolValue>[] = [];
  private readonly known = new Set<string>();
  private readonly statRows: Located<SchoolYearStats>[] = [];
  private readonly classRows: Located<ClassRow>[] = [];
  private readonly teachers = new TeacherTable();
  private teacherRowNumbers = new Int32Array(1024);

  private readonly sheets: Partial<Record<SheetKey, DataSheet<z.ZodType>>> = {};

  constructor(
    names: readonly string[],
    private readonly options: CountyImportOptions = {},
  ) {
    this.entries = names.map((name) => ({ name, used: false }));
    const found = findSheets(this.entries, this.sheetIssues);
    for (const [key, entry] of Object.entries(found)) this.keyOf.set(entry, key as SheetKey);
    this.notesEntry = this.entries.find((e) => compactText(e.name) === NOTES_SHEET_NAME);
    if (found.schools) {
      this.sheets.schools = new DataSheet(
        found.schools.name,
        SCHOOLS_SHEET,
        SCHOOL_KINDS,
        schoolRowSchema,
        (row, at) => this.schoolRows.push({ row: at, value: { row, school: toSchool(row) } }),
        (cellOf) => {
          // Codes of rows with other errors still count as known, so they are not reported twice.
          const code = normaliseCode(cellOf('schoolCode'));
          if (code.ok && code.value !== undefined) this.known.add(code.value);
        },
      );
    }
    if (found.stats) {
      this.sheets.stats = new DataSheet(
        found.stats.name,
        STATS_SHEET,
        STATS_KINDS,
        statsRowSchema,
        (row, at) => this.statRows.push({ row: at, value: toStats(row) }),
      );
    }
    if (found.teachers) {
      this.sheets.teachers = new DataSheet(
        found.teachers.name,
        TEACHERS_SHEET,
        TEACHER_KINDS,
        teacherRowSchema,
        (row, at) => this.addTeacher(row, at),
      );
    }
    if (found.classes) {
      this.sheets.classes = new DataSheet(
        found.classes.name,
        CLASSES_SHEET,
        CLASS_KINDS,
        classRowSchema,
        (row, at) => this.classRows.push({ row: at, value: toClass(row) }),
      );
    }
  }

  private addTeacher(input: TeacherRowInput, row: number): void {
    const i = this.teachers.pushRow(input);
    if (i >= this.teacherRowNumbers.length) {
      const bigger = new Int32Array(this.teacherRowNumbers.length * 2);
      bigger.set(this.teacherRowNumbers);
      this.teacherRowNumbers = bigger;
    }
    this.teacherRowNumbers[i] = row;
  }

  /** The feed for the next sheet of this name (sheets that are not ours are only counted). */
  sheet(name: string): SheetFeed {
    const entry = this.entries.find((e) => e.name === name && !e.used);
    if (entry) entry.used = true;
    const key = entry ? this.keyOf.get(entry) : undefined;
    let feed: SheetFeed | null = key ? (this.sheets[key] ?? null) : null;
    if (!feed && entry && entry === this.notesEntry) feed = this.notes = new NotesSheet(name);
    const counted = { row: () => {}, formula: () => {}, end: (n: number) => void n };
    const inner = feed ?? counted;
    const counting: SheetFeed = {
      row: (cells, rowNumber) => inner.row(cells, rowNumber),
      formula: (cell) => inner.formula(cell),
      end: (emptyRows) => {
        this.emptyRows += emptyRows;
        inner.end(emptyRows);
      },
    };
    if (!this.options.keepGrids) return counting;
    const grid = emptyGrid(name);
    this.grids.push(grid);
    return new KeptSheet(grid, counting);
  }

  finish(): CountyImportResult {
    const { schools, stats, teachers, classes } = this.sheets;
    for (const s of [schools, stats, teachers, classes]) s?.end(0);
    const issues = new IssueList();
    append(issues.items, this.options.earlier ?? []);
    append(issues.items, this.sheetIssues.items);
    for (const s of [schools, stats, teachers, classes]) if (s) append(issues.items, s.issues());
    const rowsOf = <T>(s: DataSheet<z.ZodType> | undefined, rows: Located<T>[]): SheetRows<T> | null =>
      s?.found ? { sheet: s.name, columns: s.columns, rows } : null;

    let county: { county: County; townships: string[] } | null = null;
    const table = this.teachers;
    table.trim();
    if (schools?.complete) {
      const schoolRows: SheetRows<School> = {
        sheet: schools.name,
        columns: schools.columns,
        rows: this.schoolRows.map((r) => ({ row: r.row, value: r.value.school })),
      };
      crossCheck(
        {
          schools: schoolRows,
          stats: rowsOf(stats, this.statRows),
          teachers: teachers?.found
            ? { sheet: teachers.name, columns: teachers.columns, table, rows: this.teacherRowNumbers }
            : null,
          classes: rowsOf(classes, this.classRows),
          known: this.known,
        },
        issues,
      );
      const rowOf = new Map(schoolRows.rows.map((r) => [r.value.schoolCode, r.row]));
      county = settleCounty(
        readCountyInfo(this.notes?.grid),
        this.schoolRows.map((r) => ({ school: r.value.school, countyName: r.value.row.countyName ?? null })),
        schools.name,
        (code) => rowOf.get(code) ?? null,
        issues,
      );
    }
    const counts: ImportCounts = {
      schools: schools?.found ? this.schoolRows.length : 0,
      stats: stats?.found ? this.statRows.length : 0,
      teachers: teachers?.found ? table.length : 0,
      classes: classes?.found ? this.classRows.length : 0,
      emptyRows: this.emptyRows,
      skippedRows: [schools, stats, teachers, classes].reduce((n, s) => n + (s?.skipped ?? 0), 0),
      errors: issues.items.filter((i) => i.severity === 'error').length,
      warnings: issues.items.filter((i) => i.severity === 'warning').length,
    };
    if (issues.hasErrors || !schools?.found || !county) return { data: null, issues: issues.items, counts };
    return {
      data: {
        county: county.county,
        townships: county.townships,
        schools: this.schoolRows.map((r) => r.value.school),
        stats: this.statRows.map((r) => r.value),
        teachers: table,
        classes: this.classRows.map((r) => r.value),
      },
      issues: issues.items,
      counts,
    };
  }
}

/** The compact county as plain CountyData (a teacher object per row): for callers that evaluate or compare. */
export function expandCountyData(data: CountyImportData): CountyData {
  return { ...data, teachers: data.teachers.toArray() };
}
