// Step 3: the template (headers, dropdowns, one example row per sheet, a 说明 sheet) and the export of a
// county's data in the same shape, so that readCountyWorkbook(writeCountyWorkbook(x)).data deep-equals x.
import ExcelJS from 'exceljs';
import {
  BACKBONE_LEVEL_LABELS,
  CODE_FIELDS,
  countyTables,
  EDUCATION_LABELS,
  EXAMPLE_COUNTY,
  GENDER_LABELS,
  NO_BACKBONE_LABEL,
  NO_LABEL,
  NOTES_SHEET_NAME,
  notesRows,
  OWNERSHIP_LABELS,
  POST_LABELS,
  primaryLabels,
  RUN_BY_LABELS,
  SCHOOL_TYPE_LABELS,
  STAGE_LABELS,
  SUBJECT_LABELS,
  TITLE_LABELS,
  URBAN_RURAL_CODES,
  YES_LABEL,
  type CountyData,
  type WorkbookTable,
} from '@junheng/core';
import { safeCell } from './safe-cell';

/** Dropdown values per field (import-template.md's value lists). */
const DROPDOWNS: Readonly<Record<string, readonly string[]>> = {
  schoolType: primaryLabels(SCHOOL_TYPE_LABELS),
  ownership: primaryLabels(OWNERSHIP_LABELS),
  runBy: primaryLabels(RUN_BY_LABELS),
  urbanRuralCode: URBAN_RURAL_CODES,
  weak: [YES_LABEL, NO_LABEL],
  gender: primaryLabels(GENDER_LABELS),
  stage: primaryLabels(STAGE_LABELS),
  education: primaryLabels(EDUCATION_LABELS),
  title: primaryLabels(TITLE_LABELS),
  backboneLevel: [...primaryLabels(BACKBONE_LEVEL_LABELS), NO_BACKBONE_LABEL],
  subject: primaryLabels(SUBJECT_LABELS),
  fullTime: [YES_LABEL, NO_LABEL],
  certified: [YES_LABEL, NO_LABEL],
  post: primaryLabels(POST_LABELS),
};

/** Rows below the data that still get dropdowns, for the bureau to fill in. */
const SPARE_ROWS = 1000;

/** exceljs has worksheet.dataValidations at run time (ranges included) but not in its type declarations. */
interface RangeValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

function addTable(book: ExcelJS.Workbook, table: WorkbookTable): void {
  const sheet = book.addWorksheet(table.spec.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  const fields = table.spec.columns.map((c) => c.field);
  sheet.columns = table.headers.map((header, i) => ({
    header,
    width: Math.max(10, header.length * 2 + 2),
    // Codes as text ('@') so Excel keeps all ten digits and leading zeros.
    style: CODE_FIELDS.has(fields[i] as string) ? { numFmt: '@' } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row.map(safeCell));
  const last = table.rows.length + 1 + SPARE_ROWS;
  fields.forEach((field, i) => {
    const values = DROPDOWNS[field];
    if (!values) return;
    const letter = sheet.getColumn(i + 1).letter;
    (sheet as unknown as RangeValidations).dataValidations.add(`${letter}2:${letter}${last}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`"${values.join(',')}"`],
      showErrorMessage: true,
      errorTitle: table.headers[i] as string,
      error: `请从下拉列表中选择：${values.join('、')}`,
    });
  });
}

function addNotes(book: ExcelJS.Workbook, data: Pick<CountyData, 'county' | 'townships'>): void {
  const sheet = book.addWorksheet(NOTES_SHEET_NAME);
  sheet.getColumn(1).width = 18;
  sheet.getColumn(2).width = 60;
  for (const row of notesRows(data)) sheet.addRow(row.map(safeCell));
  sheet.getRow(1).font = { bold: true, size: 14 };
  // The county code columns hold codes: keep them text.
  sheet.getColumn(2).numFmt = '@';
}

function countyBook(data: CountyData): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  book.creator = 'Junheng 均衡';
  for (const table of countyTables(data)) addTable(book, table);
  addNotes(book, data);
  return book;
}

/** The county workbook of `data`: the four sheets and the 说明 sheet. */
export async function writeCountyWorkbook(data: CountyData): Promise<Buffer> {
  return Buffer.from(await countyBook(data).xlsx.writeBuffer());
}

/** The empty template: headers, dropdowns and one example row per sheet. */
export async function writeTemplate(): Promise<Buffer> {
  return writeCountyWorkbook(EXAMPLE_COUNTY);
}
