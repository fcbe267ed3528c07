// Step 2, whole: sheet grids → CountyData or issues. Any error gives data null — a county's workbook is taken
// whole or not at all, so an evaluation never runs on half a county.
import type { ClassRow, School, SchoolYearStats } from '../org/types';
import { readCountyInfo, settleCounty } from './county-info';
import { crossCheck, type Located, type SheetRows } from './cross-checks';
import { findHeader } from './find-header';
import { findSheets } from './find-sheets';
import { IssueList, reason } from './issues';
import {
  CLASSES_SHEET,
  NOTES_SHEET_NAME,
  SCHOOLS_SHEET,
  STATS_SHEET,
  TEACHERS_SHEET,
  type SheetSpec,
} from './layout';
import { normaliseRow, type FieldKinds } from './normalise-row';
import { readRows, warnFormulas, type RawRow } from './read-rows';
import { normaliseCode } from './cells';
import { classRowSchema, schoolRowSchema, statsRowSchema, teacherRowSchema } from './row-schemas';
import { sheetColumns } from './sheet-columns';
import {
  CLASS_KINDS,
  SCHOOL_KINDS,
  STATS_KINDS,
  TEACHER_KINDS,
  toClass,
  toSchool,
  toStats,
  toTeacherDraft,
  type TeacherDraft,
} from './sheet-rows';
import { compactText } from './text';
import type { ImportCounts, ImportIssue, ImportResult, SheetGrid } from './types';
import type { z } from 'zod';

interface SheetRead<T> extends SheetRows<T> {
  skipped: number;
  /** Every data row, valid or not: codes in rows with other errors still count as known. */
  raw: RawRow[];
  /** False when a required column is missing or unusable, so no row could be read. */
  complete: boolean;
}

function readSheet<S extends z.ZodType, T>(
  grid: SheetGrid | undefined,
  spec: SheetSpec,
  kinds: FieldKinds,
  schema: S,
  build: (row: z.output<S>) => T,
  issues: IssueList,
): SheetRead<T> | null {
  if (!grid) return null;
  const header = findHeader(grid, spec);
  if (!header) {
    if (grid.rows.length > 0 || spec.required) {
      issues.error({
        code: grid.rows.length === 0 ? 'sheet_empty' : 'header_not_found',
        sheet: grid.name,
        reason:
          grid.rows.length === 0
            ? reason('工作表是空的', 'the sheet is empty')
            : reason(
                `前几行中找不到表头（应包含「${spec.columns[0]?.header}」等列名）`,
                `no header row in the first rows (it should name columns such as "${spec.columns[0]?.header}")`,
              ),
      });
    }
    return null;
  }
  const before = issues.items.length;
  const columns = sheetColumns(header, spec, grid.name, issues);
  const complete = !issues.items.slice(before).some((i) => i.severity === 'error');
  warnFormulas(grid, columns, issues);
  const { rows, skipped } = readRows(grid, header, columns, issues);
  const located: Located<T>[] = [];
  const ctx = { sheet: grid.name, spec, columns, issues };
  for (const raw of rows) {
    const parsed = normaliseRow(raw, kinds, schema, ctx);
    if (parsed !== null) located.push({ row: raw.row, value: build(parsed) });
  }
  if (rows.length === 0 && spec.required) {
    issues.error({
      code: 'sheet_empty',
      sheet: grid.name,
      reason: reason('表头下没有数据行', 'no data rows under the header'),
    });
  }
  return { sheet: grid.name, columns, rows: located, skipped, raw: rows, complete };
}

/** Turn the sheets of a county workbook into CountyData. `earlier` holds the file reader's own issues. */
export function importCountyGrids(
  grids: readonly SheetGrid[],
  earlier: readonly ImportIssue[] = [],
): ImportResult {
  const issues = new IssueList();
  issues.items.push(...earlier);
  const found = findSheets(grids, issues);
  const schools = readSheet(
    found.schools,
    SCHOOLS_SHEET,
    SCHOOL_KINDS,
    schoolRowSchema,
    (row) => ({ row, school: toSchool(row) }),
    issues,
  );
  const stats = readSheet<typeof statsRowSchema, SchoolYearStats>(
    found.stats,
    STATS_SHEET,
    STATS_KINDS,
    statsRowSchema,
    toStats,
    issues,
  );
  const teacherRows = readSheet<typeof teacherRowSchema, TeacherDraft>(
    found.teachers,
    TEACHERS_SHEET,
    TEACHER_KINDS,
    teacherRowSchema,
    toTeacherDraft,
    issues,
  );
  const classes = readSheet<typeof classRowSchema, ClassRow>(
    found.classes,
    CLASSES_SHEET,
    CLASS_KINDS,
    classRowSchema,
    toClass,
    issues,
  );

  let teachers: ReturnType<typeof crossCheck> = [];
  let county = null;
  if (schools?.complete) {
    const schoolRows: SheetRows<School> = {
      ...schools,
      rows: schools.rows.map((r) => ({ row: r.row, value: r.value.school })),
    };
    const known = new Set(
      schools.raw
        .map((r) => normaliseCode(r.cells.get('schoolCode') ?? null))
        .map((c) => (c.ok ? c.value : undefined)),
    );
    teachers = crossCheck(
      { schools: schoolRows, stats, teachers: teacherRows, classes, known: known as Set<string> },
      issues,
    );
    const notes = grids.find((g) => compactText(g.name) === NOTES_SHEET_NAME);
    const rowOf = new Map(schoolRows.rows.map((r) => [r.value.schoolCode, r.row]));
    county = settleCounty(
      readCountyInfo(notes),
      schools.rows.map((r) => ({ school: r.value.school, countyName: r.value.row.countyName ?? null })),
      schools.sheet,
      (code) => rowOf.get(code) ?? null,
      issues,
    );
  }
  const counts: ImportCounts = {
    schools: schools?.rows.length ?? 0,
    stats: stats?.rows.length ?? 0,
    teachers: teacherRows?.rows.length ?? 0,
    classes: classes?.rows.length ?? 0,
    emptyRows: grids.reduce((n, g) => n + g.emptyRows, 0),
    skippedRows: [schools, stats, teacherRows, classes].reduce((n, s) => n + (s?.skipped ?? 0), 0),
    errors: issues.items.filter((i) => i.severity === 'error').length,
    warnings: issues.items.filter((i) => i.severity === 'warning').length,
  };
  if (issues.hasErrors || !schools || !county) return { data: null, issues: issues.items, counts };
  return {
    data: {
      county: county.county,
      townships: county.townships,
      schools: schools.rows.map((r) => r.value.school),
      stats: stats?.rows.map((r) => r.value) ?? [],
      teachers,
      classes: classes?.rows.map((r) => r.value) ?? [],
    },
    issues: issues.items,
    counts,
  };
}
