// Step 2h: checks across rows and sheets — duplicate keys, codes that point at no school, and the teaching
// stage of teachers whose sheet leaves it blank.
import type { ClassRow, School, SchoolType, SchoolYearStats, Stage, Teacher } from '../org/types';
import { SCHOOL_TYPE_LABELS, labelOf } from './enums';
import { IssueList, reason } from './issues';
import type { ColumnMap } from './sheet-columns';
import type { TeacherDraft } from './sheet-rows';
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

export function settleTeacherStages(
  rows: SheetRows<TeacherDraft>,
  schools: ReadonlyMap<string, School>,
  issues: IssueList,
): Teacher[] {
  const teachers: Teacher[] = [];
  for (const { row, value } of rows.rows) {
    const school = schools.get(value.schoolCode);
    const stage = value.stage ?? (school ? STAGE_OF_TYPE[school.schoolType] : null);
    if (stage !== null) {
      teachers.push({ ...value, stage });
      continue;
    }
    if (!school) continue; // reported as an unknown reference
    const type = labelOf(SCHOOL_TYPE_LABELS, school.schoolType);
    issues.error({
      code: 'required',
      sheet: rows.sheet,
      row,
      column: columnOf(rows.columns, 'stage') ?? { header: '任教学段', letter: null },
      value: null,
      reason: reason(
        `${type}的教师须填写任教学段（小学或初中）`,
        `a teacher of a ${school.schoolType} school needs a stage (小学 or 初中)`,
      ),
    });
  }
  return teachers;
}

export interface CheckedRows {
  schools: SheetRows<School>;
  stats: SheetRows<SchoolYearStats> | null;
  teachers: SheetRows<TeacherDraft> | null;
  classes: SheetRows<ClassRow> | null;
  /** School codes of every 学校 row, including rows reported for other errors. */
  known?: ReadonlySet<string>;
}

/** All cross-sheet checks; returns the teachers with their stage settled. */
export function crossCheck(input: CheckedRows, issues: IssueList): Teacher[] {
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
  if (!teachers) return [];
  const label = { zh: '学年和教师编号', en: 'school year and teacher code' };
  checkDuplicates(teachers, (t) => `${t.schoolYear}|${t.teacherCode}`, 'teacherCode', label, issues);
  checkReference(teachers, 'schoolCode', (t) => t.schoolCode, codes, issues);
  checkReference(teachers, 'employer', (t) => t.employerSchoolCode, codes, issues);
  const bySchool = new Map(schools.rows.map((r) => [r.value.schoolCode, r.value]));
  return settleTeacherStages(teachers, bySchool, issues);
}
