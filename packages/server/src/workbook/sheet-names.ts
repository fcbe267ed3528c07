// Sheet names from xl/workbook.xml and its rels, read before streaming. exceljs's streaming reader learns them
// only when it meets workbook.xml, which exceljs itself (and others) write last; without them it names sheets
// "Sheet1"… or fails, so we hand it what it would have read.
import { entryText, type ZipEntryInfo } from './zip-guard';

export interface WorkbookSheetRef {
  name: string;
  id: number;
  rId: string;
  state: string;
}

export interface WorkbookRel {
  Id: string;
  Target: string;
  Type: string;
}

const XML_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:]+)="([^"]*)"/g)) {
    out[m[1] as string] = (m[2] as string).replace(
      /&(amp|lt|gt|quot|apos);/g,
      (_, e: string) => XML_ENTITIES[e] ?? '',
    );
  }
  return out;
}

/** Small parts only: workbook.xml and its rels are a few kB even for a big workbook. */
const PART_LIMIT = 4 * 1024 * 1024;

export interface WorkbookParts {
  sheets: WorkbookSheetRef[];
  rels: WorkbookRel[];
  /** Mac Excel's 1904 date system shifts every date by four years. */
  date1904: boolean;
}

export function workbookParts(buf: Buffer, entries: readonly ZipEntryInfo[]): WorkbookParts {
  const find = (name: string) => entries.find((e) => e.name === name);
  const book = find('xl/workbook.xml');
  const relsEntry = find('xl/_rels/workbook.xml.rels');
  const bookXml = book ? entryText(buf, book, PART_LIMIT) : '';
  const pr = /<(?:\w+:)?workbookPr\s[^>]*>/.exec(bookXml);
  const date1904 = pr ? /date1904="(1|true)"/.test(pr[0]) : false;
  const sheets = book
    ? [...bookXml.matchAll(/<(?:\w+:)?sheet\s[^>]*>/g)].map((m) => {
        const a = attributes(m[0]);
        return {
          name: a.name ?? '',
          id: Number(a.sheetId ?? 0),
          rId: a['r:id'] ?? '',
          state: a.state ?? 'visible',
        };
      })
    : [];
  const rels = relsEntry
    ? [...entryText(buf, relsEntry, PART_LIMIT).matchAll(/<(?:\w+:)?Relationship\s[^>]*>/g)].map((m) => {
        const a = attributes(m[0]);
        // exceljs matches `worksheets/sheetN.xml`; some writers give `/xl/worksheets/sheetN.xml`.
        return { Id: a.Id ?? '', Target: (a.Target ?? '').replace(/^\/?xl\//, ''), Type: a.Type ?? '' };
      })
    : [];
  return { sheets, rels, date1904 };
}
