// The worksheet scanner gives what exceljs's own streaming WorksheetReader gives, quirks included, for the same
// XML cut into chunks anywhere.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { sheetRows, type SheetXmlContext, type XmlRow } from './sheet-xml';

const require = createRequire(import.meta.url);
const WorksheetReader = require('exceljs/lib/stream/xlsx/worksheet-reader.js') as new (options: {
  workbook: unknown;
  id: number;
  iterator: AsyncIterable<string>;
  options: Record<string, string>;
}) => AsyncIterable<{ number: number; values: unknown[] }>;

const STYLES: Record<number, { numFmt?: string }> = {
  1: { numFmt: 'yyyy-mm-dd' },
  2: { numFmt: '0.00' },
  3: { numFmt: '[Red]"day"0' },
  4: {},
};
const context: SheetXmlContext = {
  sharedStrings: ['学校标识码', '', { richText: [{ text: '城关' }, { text: '小学' }] }, '2151072201'],
  styleModel: (id) => STYLES[id] ?? null,
  date1904: false,
};

async function* chunked(xml: string, size: number): AsyncGenerator<string> {
  for (let at = 0; at < xml.length; at += size) yield xml.slice(at, at + size);
}

async function ours(xml: string, size: number): Promise<XmlRow[]> {
  const rows: XmlRow[] = [];
  for await (const batch of sheetRows(chunked(xml, size), context)) rows.push(...batch);
  return rows;
}

async function exceljs(xml: string): Promise<XmlRow[]> {
  const workbook = {
    sharedStrings: context.sharedStrings,
    styles: { getStyleModel: context.styleModel },
    properties: { model: { date1904: context.date1904 } },
  };
  const reader = new WorksheetReader({
    workbook,
    id: 1,
    iterator: chunked(xml, xml.length),
    options: { worksheets: 'emit', hyperlinks: 'ignore' },
  });
  const rows: XmlRow[] = [];
  for await (const row of reader) rows.push({ number: row.number, values: row.values });
  return rows;
}

const sheet = (data: string, before = '', after = '') =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${before}<sheetData>${data}</sheetData>${after}</worksheet>`;

const CASES: Record<string, string> = {
  'shared strings, numbers, booleans, errors': sheet(
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>2</v></c><c r="C1"><v>12.5</v></c>' +
      '<c r="D1" t="b"><v>1</v></c><c r="E1" t="b"><v>0</v></c><c r="F1" t="e"><v>#N/A</v></c></row>' +
      '<row r="3" spans="1:4"><c r="B3" t="s"><v>1</v></c><c r="D3" t="s"><v>99</v></c><c r="E3"><v></v></c></row>',
  ),
  'dates from the cell style or the row style': sheet(
    '<row r="2" s="1" customFormat="1"><c r="A2"><v>45000</v></c><c r="B2" s="2"><v>45000</v></c>' +
      '<c r="C2" s="3"><v>45000.5</v></c><c r="D2" s="4"><v>1</v></c><c r="E2" s="9"><v>2</v></c></row>' +
      '<row r="4"><c r="A4" s="1"><v>31000</v></c><c r="B4" s="0"><v>7</v></c></row>',
  ),
  'inline, formula and rich strings, decoded twice as exceljs does': sheet(
    '<row r="1"><c r="A1" t="inlineStr"><is><t>a&amp;lt;b &#x4E2D;&#25991; &quot;q&quot;</t></is></c>' +
      '<c r="B1" t="inlineStr"><is><r><t>first</t></r><r><rPr><b/></rPr><t xml:space="preserve"> last </t></r></is></c>' +
      '<c r="C1" t="str"><f>A1&amp;"x"</f><v>a&amp;amp;x</v></c></row>',
  ),
  'formulas: results of 0 dropped, shared formulas': sheet(
    '<row r="5"><c r="A5"><f>SUM(B5:C5)</f><v>0</v></c><c r="B5"><f>1+1</f><v>2</v></c>' +
      '<c r="C5"><f t="shared" ref="C5:C6" si="0">B5*2</f><v>4</v></c></row>' +
      '<row r="6"><c r="C6"><f t="shared" si="0"/><v>6</v></c><c r="D6"><f t="shared" si="0"/></c>' +
      '<c r="E6" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>',
  ),
  'pretty-printed with CRLF, comments, CDATA and other markup': sheet(
    '\r\n  <row r="1">\r\n    <c r="A1" t="str">\r\n      <v>two\r\nlines</v>\r\n    </c>\r\n' +
      '    <!-- a comment with <c r="B1"><v>9</v></c> inside -->\r\n' +
      '    <c r="B1" t="inlineStr"><is><t><![CDATA[ignored]]>kept</t></is></c>\r\n' +
      "    <c r='C1' t='s'><v>3</v></c>\r\n  </row>\r\n",
    '<sheetViews><sheetView workbookViewId="0" note="a>b"/></sheetViews>',
    '<mergeCells count="1"><mergeCell ref="A1:A2"/></mergeCells><?pi target?>',
  ),
  'empty and self-closing rows and cells, repeated cells, prefixed names': sheet(
    '<row r="1"/><row r="2"><c r="A2" s="1"/><c r="C2" t="s"/></row>' +
      '<row r="3"><c r="A3"><v>1</v></c><c r="A3"><v>2</v></c><c r="B3" t="s"><v>0</v></c><c r="B3" t="s"><v>42</v></c></row>' +
      '<x:row r="4"><x:c r="A4"><x:v>5</x:v></x:c></x:row><row r="5"><c r="$B$5"><v>3</v></c><c r="AA5"><v>4</v></c></row>',
  ),
};

describe('sheetRows', () => {
  for (const [name, xml] of Object.entries(CASES)) {
    it(`${name}: as exceljs, however the XML is cut`, async () => {
      const expected = await exceljs(xml);
      for (const size of [xml.length, 64, 7, 1]) {
        expect(await ours(xml, size), `chunks of ${size}`).toEqual(expected);
      }
    });
  }

  it('reads no row outside <sheetData> (where exceljs gives a null row)', async () => {
    const outside = '<worksheet><row r="1"><c r="A1"><v>1</v></c></row><sheetData/></worksheet>';
    expect(await ours(outside, 5)).toEqual([]);
  });

  it('refuses what exceljs refuses: an unknown entity, a cell without a reference', async () => {
    const entity = sheet('<row r="1"><c r="A1" t="str"><v>&nbsp;</v></c></row>');
    await expect(exceljs(entity)).rejects.toThrow();
    await expect(ours(entity, 16)).rejects.toThrow(/entity/);
    const noRef = sheet('<row r="1"><c t="s"><v>0</v></c></row>');
    await expect(exceljs(noRef)).rejects.toThrow();
    await expect(ours(noRef, 16)).rejects.toThrow(/reference/);
  });
});
