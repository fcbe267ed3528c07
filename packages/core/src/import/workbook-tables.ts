// CountyData → the county workbook's sheets as plain tables, in the template's shape (import-template.md), so
// that importing an export gives the same data back. The server writes these with exceljs.
import type { ClassRow, CountyData, School, SchoolYearStats, Teacher } from '../org/types';
import { COUNTY_INFO_LABELS, TOWNSHIP_SEPARATOR } from './county-info';
import {
  BACKBONE_LEVEL_LABELS,
  COUNTY_BUREAU_LABEL,
  EDUCATION_LABELS,
  GENDER_LABELS,
  labelOf,
  NO_BACKBONE_LABEL,
  NO_LABEL,
  OWNERSHIP_LABELS,
  POST_LABELS,
  RUN_BY_LABELS,
  SCHOOL_TYPE_LABELS,
  STAGE_LABELS,
  SUBJECT_LABELS,
  TITLE_LABELS,
  YES_LABEL,
} from './enums';
import {
  CLASSES_SHEET,
  NOTES_SHEET_NAME,
  SCHOOLS_SHEET,
  STATS_SHEET,
  TEACHERS_SHEET,
  type SheetSpec,
} from './layout';
import type { CellValue } from './types';

export interface WorkbookTable {
  spec: SheetSpec;
  headers: string[];
  rows: CellValue[][];
}

const yesNo = (b: boolean): string => (b ? YES_LABEL : NO_LABEL);

function table<T>(
  spec: SheetSpec,
  items: readonly T[],
  cell: (item: T, field: string) => CellValue,
): WorkbookTable {
  return {
    spec,
    headers: spec.columns.map((c) => c.header),
    rows: items.map((item) => spec.columns.map((c) => cell(item, c.field))),
  };
}

function schoolCell(data: CountyData) {
  return (s: School, field: string): CellValue => {
    switch (field) {
      case 'countyName':
        return s.countyCode === data.county.divisionCode ? data.county.name : null;
      case 'schoolType':
        return labelOf(SCHOOL_TYPE_LABELS, s.schoolType);
      case 'ownership':
        return labelOf(OWNERSHIP_LABELS, s.ownership);
      case 'runBy':
        return labelOf(RUN_BY_LABELS, s.runBy);
      case 'weak':
        return yesNo(s.weak);
      default:
        return (s as unknown as Record<string, CellValue>)[field] ?? null;
    }
  };
}

function statsCell(s: SchoolYearStats, field: string): CellValue {
  return (s as unknown as Record<string, CellValue>)[field] ?? null;
}

function teacherCell(t: Teacher, field: string): CellValue {
  switch (field) {
    case 'gender':
      return labelOf(GENDER_LABELS, t.gender);
    case 'stage':
      return labelOf(STAGE_LABELS, t.stage);
    case 'employer':
      return t.employerSchoolCode ?? COUNTY_BUREAU_LABEL;
    case 'education':
      return labelOf(EDUCATION_LABELS, t.education);
    case 'title':
      return labelOf(TITLE_LABELS, t.title);
    case 'backboneLevel':
      return t.backboneLevel === null ? NO_BACKBONE_LABEL : labelOf(BACKBONE_LEVEL_LABELS, t.backboneLevel);
    case 'subject':
      return labelOf(SUBJECT_LABELS, t.subject);
    case 'fullTime':
      return yesNo(t.fullTime);
    case 'certified':
      return yesNo(t.certified);
    case 'post':
      return labelOf(POST_LABELS, t.post);
    default:
      return (t as unknown as Record<string, CellValue>)[field] ?? null;
  }
}

function classCell(c: ClassRow, field: string): CellValue {
  return field === 'stage'
    ? labelOf(STAGE_LABELS, c.stage)
    : ((c as unknown as Record<string, CellValue>)[field] ?? null);
}

/** The four data sheets, in template order. */
export function countyTables(data: CountyData): WorkbookTable[] {
  return [
    table(SCHOOLS_SHEET, data.schools, schoolCell(data)),
    table(STATS_SHEET, data.stats, statsCell),
    table(TEACHERS_SHEET, data.teachers, teacherCell),
    table(CLASSES_SHEET, data.classes, classCell),
  ];
}

/** Fields holding codes: written as text so leading zeros and all ten digits survive Excel. */
export const CODE_FIELDS: ReadonlySet<string> = new Set([
  'schoolCode',
  'countyCode',
  'parentSchoolCode',
  'urbanRuralCode',
  'teacherCode',
  'employer',
  'birthMonth',
  'atSchoolSince',
  'schoolYear',
]);

const NOTES = [
  '本工作簿是均衡平台的县域数据模板（学校、办学条件、教师、班级四个工作表）。',
  '请勿修改表头；可增加行，每张表第一条数据为示例，导入前请删除或改为本县数据。',
  '面积单位为平方米，金额单位为元；表头写明（万元）时按万元换算。',
  '下拉列表给出可选值；学校标识码为 10 位数字，行政区划代码为 6 位数字，年月写作 2016-09。',
  '教学点须填写所属中心校标识码；县管校聘教师的人事关系所在单位填写“县教育局”。',
  '末尾的合计、总计行会被跳过；公式单元格只读取计算结果。',
];

/** The 说明 sheet: notes for the person filling it in, then the county block import reads back. */
export function notesRows(data: Pick<CountyData, 'county' | 'townships'>): CellValue[][] {
  return [
    [NOTES_SHEET_NAME],
    ...NOTES.map((n) => [n]),
    [],
    ['县（区）信息'],
    [COUNTY_INFO_LABELS.divisionCode, data.county.divisionCode],
    [COUNTY_INFO_LABELS.name, data.county.name],
    [COUNTY_INFO_LABELS.cityDivisionCode, data.county.cityDivisionCode],
    [COUNTY_INFO_LABELS.cityName, data.county.cityName],
    [COUNTY_INFO_LABELS.townships, data.townships.join(TOWNSHIP_SEPARATOR)],
  ];
}
