// Reading exports back (docs/api.md, Excel export): the rows of the first sheet as plain values.
import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function xlsxRows(body: Buffer): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const values = row.values as unknown[];
    rows.push(values.slice(1));
  });
  return rows;
}

/** Everything a response says, as text: the body, or every cell of an xlsx answer. */
export async function responseText(res: LightMyRequestResponse): Promise<string> {
  if (String(res.headers['content-type']).startsWith(XLSX_TYPE)) {
    const rows = await xlsxRows(res.rawPayload);
    return rows
      .map((r) => r.map((v) => (v === null || v === undefined ? '' : String(v))).join('\t'))
      .join('\n');
  }
  return res.body;
}
