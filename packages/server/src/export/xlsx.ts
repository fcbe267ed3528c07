// Excel export of every list (docs/api.md, Excel export): Chinese headers, values as plain cells, and text that
// a spreadsheet would read as a formula neutralised with a leading quote (OWASP "CSV injection").
import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';
import { attachmentDisposition } from '../files/download';
import { safeCellText } from '../workbook/safe-cell';

export interface ExportColumn<T> {
  header: string;
  value: (row: T) => string | number | boolean | null;
  width?: number;
}

export async function writeXlsx<T>(
  sheetName: string,
  columns: ExportColumn<T>[],
  rows: T[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width ?? 14 }));
  for (const row of rows) {
    sheet.addRow(
      columns.map((c) => {
        const v = c.value(row);
        return typeof v === 'string' ? safeCellText(v) : v;
      }),
    );
  }
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The download header of an export: the name gets its `.xlsx` and goes through the one RFC 6266 encoder. */
export const contentDisposition = (fileName: string): string => attachmentDisposition(`${fileName}.xlsx`);

export function sendXlsx(reply: FastifyReply, fileName: string, body: Buffer): FastifyReply {
  return reply
    .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .header('content-disposition', contentDisposition(fileName))
    .send(body);
}

export const yesNo = (v: boolean | null): string | null => (v === null ? null : v ? '是' : '否');
