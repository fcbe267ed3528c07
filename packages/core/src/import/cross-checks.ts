// Step 2h: checks across rows and sheets — duplicate keys, codes that point at no school, and the teaching
// stage of teachers whose sheet leaves it blank. The teacher sheet is checked in its compact form.
import type { ClassRow, School, SchoolType, SchoolYearStats, Stage } from '../org/types';
import { SCHOOL_TYPE_LABELS, labelOf } from './enums';
import { IssueList, reason } from './issues';
import type { ColumnMap } from './sheet-columns';
import type { TeacherTable } from './teacher-table';
import type { CellValue } from './types';

export interface Located<T> {
  row: number;
  value: T;
}

export interface SheetRows<T> {
  sheet: string;
  columns: ColumnMap;
  rows: Located<T>[];
}

function columnOf(columns: ColumnMap, field: string) {
  const c = columns.get(field);
  return c ? { header: c.header, letter: c.letter } : null;
}

/** Later rows repeating an earlier row's key are errors pointing back at the first one. */
export function checkDuplicates<T>(
  rows: SheetRows<T>,
  keyOf: (value: T) => string,
  keyField: string,
  keyLabel: { zh: string; en: string },
  issues: IssueList,
): void {
  const seen = new Map<string, number>();
  for (const { row, value } of rows.rows) {
    const key = keyOf(value);
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, row);
      continue;
    }
    issues.error({
      code: 'duplicate',
      sheet: rows.sheet,
      row,
      column: columnOf(rows.columns, keyField),
      value: (value as Record<string, CellValue>)[keyField] ?? key,
      reason: reason(`${keyLabel.zh}与第 ${first} 行重复`, `the ${keyLabel.en} repeats row ${first}`),
    });
  }
}

/** A code that must name a school of the 学校 sheet. */
export function checkReference<T>(
  rows: SheetRows<T>,
  field: string,
  codeOf: (value: T) => string | null,
  schools: ReadonlySet<string>,
  issues: IssueList,
): void {
  for (const { row, value } of rows.rows) {
    const code = codeOf(value);
    if (code === null || schools.has(code)) continue;
    issues.error({
      code: 'unknown_reference',
      sheet: rows.sheet,
      row,
      column: columnOf(rows.columns, field),
      value: code,
      reason: reason('「学校」工作表中没有这个学校标识码', 'no school in the 学校 sheet has this code'),
    });
  }
}

/** Single-stage schools give the stage; 九年一贯制 and the like need it written (import-template.md). */
const STAGE_OF_TYPE: Readonly<Record<SchoolType, Stage | null>> = {
  primary: 'primary',
  teachingPoint: 'primary',
  junior: 'junior',
  // 完全中学 = junior + senior secondary; only its junior section is compulsory education.
  completeSecondary: 'junior',
  nineYear: null,
  twelveYear: null,
  specialEducation: null,
};

/** The valid rows of the teacher sheet, compact, with the Excel row of each. */
export interface TeacherRows {
  sheet: string;
  columns: ColumnMap;
  table: TeacherTable;
  /** rows[i] is the 1-based Excel row of table row i. */
  rows: ArrayLike<number>;
}

/** Later rows repeating an earlier row's school year and teacher code; keys are not copied per row. */
function checkTeacherDuplicates(teachers: TeacherRows, issues: IssueList): void {
  const { table, rows } = teachers;
  const byYear = new Map<string, Map<string, number>>();
  for (let i = 0; i < table.length; i++) {
    const year = table.schoolYear(i);
    let seen = byYear.get(year);
    if (!seen) byYear.set(year, (seen = new Map()));
    const code = table.teacherCode(i);
    const first = seen.get(code);
    if (first === undefined) {
      seen.set(code, rows[i] as number);
      continue;
    }
    issues.error({
      code: 'duplicate',
      sheet: teachers.sheet,
      row: rows[i] as number,
      column: columnOf(teachers.columns, 'teacherCode'),
      value: code,
      reason: reason(
        `学年和教师编号与第 ${first} 行重复`,
        `the school year and teacher code repeats row ${first}`,
      ),
    });
  }
}

/** Codes (school of service, employer) that name no school of the 学校 sheet; each code is looked up once. */
function checkTeacherReferences(
  teachers: TeacherRows,
  field: 'schoolCode' | 'employer',
  schools: ReadonlySet<string>,
  issues: IssueList,
): void {
  const { table, rows } = teachers;
  const known = new Uint8Array(table.codes.size); // 0: not looked up, 1: a school, 2: none
  for (let i = 0; i < table.length; i++) {
    const code = field === 'schoolCode' ? table.schoolIndex(i) : table.employerIndex(i);
    if (code < 0) continue;
    if (known[code] === 0) known[code] = schools.has(table.codes.at(code)) ? 1 : 2;
    if (known[code] === 1) continue;
    issues.error({
      code: 'unknown_reference',
      sheet: teachers.sheet,
      row: rows[i] as number,
      column: columnOf(teachers.columns, field),
      value: table.codes.at(code),
      reason: reason('「学校」工作表中没有这个学校标识码', 'no school in the 学校 sheet has this code'),
    });
  }
}

/** Fills in the stage of teachers whose row leaves it blank, from their school's type, in place. */
export function settleTeacherStages(
  teachers: TeacherRows,
  schools: ReadonlyMap<string, School>,
  issues: IssueList,
): void {
  const { table, rows } = teachers;
  for (let i = 0; i < table.length; i++) {
    if (table.stage(i) !== null) continue;
    const school = schools.get(table.schoolCode(i));
    const stage = school ? STAGE_OF_TYPE[school.schoolType] : null;
    if (stage !== null) {
      table.setStage(i, stage);
      continue;
    }
    if (!school) continue; // reported as an unknown reference
    const type = labelOf(SCHOOL_TYPE_LABELS, school.schoolType);
    issues.error({
      code: 'required',
      sheet: teachers.sheet,
      row: rows[i] as number,
      column: columnOf(teachers.columns, 'stage') ?? { header: '任教学段', letter: null },
      value: null,
      reason: reason(
        `${type}的教师须填写任教学段（小学或初中）`,
        `a teacher of a ${school.schoolType} school needs a stage (小学 or 初中)`,
      ),
    });
  }
}

export interface CheckedRows {
  schools: SheetRows<School>;
  stats: SheetRows<SchoolYearStats> | null;
  teachers: TeacherRows | null;
  classes: SheetRows<ClassRow> | null;
  /** School codes of every 学校 row, including rows reported for other errors. */
  known?: ReadonlySet<string>;
}

/** All cross-sheet checks; settles the stage of the teachers in place. */
export function crossCheck(input: CheckedRows, issues: IssueList): void {
  const { schools, stats, teachers, classes } = input;
  checkDuplicates(
    schools,
    (s) => s.schoolCode,
    'schoolCode',
    { zh: '学校标识码', en: 'school code' },
    issues,
  );
  const codes = new Set([...schools.rows.map((r) => r.value.schoolCode), ...(input.known ?? [])]);
  checkReference(schools, 'parentSchoolCode', (s) => s.parentSchoolCode, codes, issues);
  if (stats) {
    const label = { zh: '学年和学校标识码', en: 'school year and school code' };
    checkDuplicates(stats, (s) => `${s.schoolYear}|${s.schoolCode}`, 'schoolCode', label, issues);
    checkReference(stats, 'schoolCode', (s) => s.schoolCode, codes, issues);
  }
  if (classes) {
    const label = { zh: '学年、学校和班级名称', en: 'school year, school and class name' };
    checkDuplicates(
      classes,
      (c) => `${c.schoolYear}|${c.schoolCode}|${c.className}`,
      'className',
      label,
      issues,
    );
    checkReference(classes, 'schoolCode', (c) => c.schoolCode, codes, issues);
  }
  if (!teachers) return;
  checkTeacherDuplicates(teachers, issues);
  checkTeacherReferences(teachers, 'schoolCode', codes, issues);
  checkTeacherReferences(teachers, 'employer', codes, issues);
  const bySchool = new Map(schools.rows.map((r) => [r.value.schoolCode, r.value]));
  settleTeacherStages(teachers, bySchool, issues);
}
