// A worksheet's XML → its rows, exactly as exceljs's streaming WorksheetReader gives them (row number, and
// `values[column]` holding a string, number, boolean, Date, {formula, result}, {richText} or {error}, quirks
// included), but read with a small scanner for the subset of XML a worksheet uses instead of a general XML
// parser, and without a Row and a Cell object per cell: reading a province-size sheet (10 million cells) with
// exceljs took most of the import's time. Shared strings and styles are still parsed by exceljs.
//
// What exceljs (via saxes) does and this scanner does too: element names are matched with their prefix (an
// `x:row` is not a row); text is entity-decoded (the five XML entities and character references; any other
// entity is an error) and line ends normalised; CDATA, comments, processing instructions and declarations are
// skipped; the text of a cell's last <f>, <v>, <is> or <t> element is its raw value, and any text met before
// the next such element is appended to it; an unterminated last tag is ignored.

/** One row: its 1-based number and its values by 1-based column (exceljs's `row.values`). */
export interface XmlRow {
  number: number;
  values: unknown[];
}

export interface SheetXmlContext {
  /** exceljs's shared strings: strings, or { richText } objects. */
  sharedStrings: readonly unknown[];
  /** exceljs's style model for a cell-format index, or null. */
  styleModel(id: number): { numFmt?: unknown } | null;
  date1904: boolean;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Entity decoding as saxes does it: named XML entities and character references; anything else is an error. */
export function decodeXml(text: string): string {
  if (text.indexOf('&') < 0) return text;
  return text.replace(/&([^;&\s]*);?/g, (whole, body: string) => {
    if (!whole.endsWith(';')) throw new Error(`malformed entity in the sheet XML: ${whole}`);
    const named = ENTITIES[body];
    if (named !== undefined) return named;
    const m = /^#(x[0-9a-fA-F]+|[0-9]+)$/.exec(body);
    if (!m) throw new Error(`undefined entity in the sheet XML: &${body};`);
    const code = body[1] === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    if (!(code >= 0 && code <= 0x10ffff))
      throw new Error(`bad character reference in the sheet XML: &${body};`);
    return String.fromCodePoint(code);
  });
}

/** exceljs's utils.xmlDecode, which it applies once more to the text of inline and formula strings. */
function xmlDecodeAgain(text: string): string {
  return text.replace(/&([a-z]*);/g, (c) => {
    switch (c) {
      case '&lt;':
        return '<';
      case '&gt;':
        return '>';
      case '&amp;':
        return '&';
      case '&apos;':
        return "'";
      case '&quot;':
        return '"';
      default:
        return c;
    }
  });
}

/** exceljs's utils.isDateFmt. */
function isDateFmt(fmt: unknown): boolean {
  if (!fmt) return false;
  const bare = String(fmt)
    .replace(/\[[^\]]*]/g, '')
    .replace(/"[^"]*"/g, '');
  return /[ymdhMsb]+/.test(bare);
}

/** exceljs's utils.excelToDate. */
function excelToDate(v: number, date1904: boolean): Date {
  return new Date(Math.round((v - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

/** The column of a cell reference as exceljs's colCache.decodeAddress reads it (letters, then digits). */
function columnOf(ref: string | undefined): number {
  if (ref === undefined) throw new Error('a cell of the sheet XML has no reference');
  let col = 0;
  let hasCol = false;
  let hasRow = false;
  for (let i = 0; i < ref.length; i++) {
    const ch = ref.charCodeAt(i);
    if (!hasRow && ch >= 65 && ch <= 90) {
      hasCol = true;
      col = col * 26 + ch - 64;
    } else if (ch >= 48 && ch <= 57) {
      hasRow = true;
    } else if (hasRow && hasCol && ch !== 36) {
      break;
    }
  }
  if (!hasCol) throw new Error(`invalid cell reference in the sheet XML: ${ref}`);
  if (col > 16384) throw new Error(`out of bounds. Invalid column letter: ${ref}`);
  return col;
}

/** What exceljs's Cell keeps of an assigned value (its Value types): undefined when the cell becomes empty. */
function kept(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value !== 'object' || value instanceof Date) return value;
  const v = value as { formula?: unknown; sharedFormula?: unknown; result?: unknown };
  if (!v.formula && !v.sharedFormula) return value;
  // A formula cell keeps only its truthy parts (so a result of 0 is dropped, as exceljs does).
  const copy: Record<string, unknown> = {};
  if (v.formula) copy.formula = v.formula;
  if (v.result) copy.result = v.result;
  if (v.sharedFormula) copy.sharedFormula = v.sharedFormula;
  return copy;
}

interface Text {
  text: string;
}

interface CellState {
  ref: string | undefined;
  s: number;
  t: string | undefined;
  f: Text | null;
  v: Text | null;
}

interface RowState {
  number: number;
  numFmt: unknown;
  values: unknown[];
}

const isSpace = (ch: number) => ch === 32 || ch === 10 || ch === 13 || ch === 9;

/** The usual cell, as Excel and exceljs write it: read in one match, with the same outcome as tag by tag. */
const PLAIN_CELL = /<c r="([A-Z]{1,3})\d+"(?: s="(\d+)")?(?: t="([a-zA-Z]+)")?><v>([^<&\r]*)<\/v><\/c>/y;

/** The scanner's state between chunks. */
class SheetScanner {
  private pending = '';
  private inRows = false;
  private row: RowState | null = null;
  private cell: CellState | null = null;
  private current: Text | null = null;
  private readonly styles = new Map<number, { numFmt: unknown } | null>();
  private readonly isDate = new Map<unknown, boolean>();
  out: XmlRow[] = [];

  constructor(private readonly ctx: SheetXmlContext) {}

  /** A style's number format (exceljs's model, looked up once per style), or null when there is no such style. */
  private styleOf(id: number): { numFmt: unknown } | null {
    let style = this.styles.get(id);
    if (style === undefined) {
      const model = this.ctx.styleModel(id);
      style = model ? { numFmt: model.numFmt } : null;
      this.styles.set(id, style);
    }
    return style;
  }

  private dateFmt(numFmt: unknown): boolean {
    let d = this.isDate.get(numFmt);
    if (d === undefined) this.isDate.set(numFmt, (d = isDateFmt(numFmt)));
    return d;
  }

  private addText(raw: string): void {
    if (this.current === null || raw === '') return;
    const text = raw.indexOf('\r') >= 0 ? raw.replace(/\r\n?/g, '\n') : raw;
    this.current.text += decodeXml(text);
  }

  /** An opening tag; `r`, `s`, `t` are its attributes of those names (only a row's and a cell's are read). */
  private open(name: string, r: string | undefined, s: string | undefined, t: string | undefined): void {
    switch (name) {
      case 'sheetData':
        this.inRows = true;
        break;
      case 'row':
        if (this.inRows) {
          const row: RowState = { number: parseInt(r as string, 10), numFmt: undefined, values: [] };
          if (s) {
            const style = this.styleOf(parseInt(s, 10));
            if (style) row.numFmt = style.numFmt;
          }
          this.row = row;
        }
        break;
      case 'c':
        if (this.row) this.cell = { ref: r, s: parseInt(s as string, 10), t, f: null, v: null };
        break;
      case 'f':
        if (this.cell) this.current = this.cell.f = { text: '' };
        break;
      case 'v':
      case 'is':
      case 't':
        if (this.cell) this.current = this.cell.v = { text: '' };
        break;
      default:
        break;
    }
  }

  private close(name: string): void {
    switch (name) {
      case 'sheetData':
        this.inRows = false;
        break;
      case 'row':
        if (this.row) {
          const { values } = this.row;
          while (values.length > 0 && values[values.length - 1] === undefined) values.length -= 1;
          this.out.push({ number: this.row.number, values });
        }
        this.row = null;
        break;
      case 'c':
        if (this.row && this.cell) this.closeCell(this.row, this.cell);
        this.cell = null;
        break;
      default:
        break;
    }
  }

  private closeCell(row: RowState, c: CellState): void {
    const col = columnOf(c.ref);
    let numFmt = row.numFmt;
    if (c.s) {
      const style = this.styleOf(c.s);
      if (style) numFmt = style.numFmt;
    }
    let value: unknown;
    if (c.f) {
      const formula: { formula: string; result?: unknown } = { formula: c.f.text };
      if (c.v) formula.result = c.t === 'str' ? xmlDecodeAgain(c.v.text) : parseFloat(c.v.text);
      value = formula;
    } else if (c.v) {
      const text = c.v.text;
      switch (c.t ?? '') {
        case 's':
          value = this.ctx.sharedStrings[parseInt(text, 10)];
          break;
        case 'inlineStr':
        case 'str':
          value = xmlDecodeAgain(text);
          break;
        case 'e':
          value = { error: text };
          break;
        case 'b':
          value = parseInt(text, 10) !== 0;
          break;
        default:
          value = this.dateFmt(numFmt) ? excelToDate(parseFloat(text), this.ctx.date1904) : parseFloat(text);
          break;
      }
    } else {
      return; // no value: the cell keeps what it had
    }
    row.values[col] = kept(value);
  }

  /** Scans `chunk` (after what was left of the last one); completed rows go to `out`. */
  push(chunk: string): void {
    const text = this.pending + chunk;
    this.pending = '';
    const n = text.length;
    let i = 0;
    while (i < n) {
      const lt = text.indexOf('<', i);
      if (lt < 0) {
        // Text up to the end: keep back a possibly split entity or \r\n.
        let keep = text.lastIndexOf('&');
        if (keep >= 0 && text.indexOf(';', keep) >= 0) keep = -1;
        if (keep < 0 && text.charCodeAt(n - 1) === 13) keep = n - 1;
        const upTo = keep >= i ? keep : n;
        if (this.current !== null) this.addText(text.slice(i, upTo));
        this.pending = text.slice(upTo);
        return;
      }
      if (lt > i && this.current !== null) this.addText(text.slice(i, lt));
      const next = this.tag(text, lt);
      if (next < 0) {
        this.pending = text.slice(lt);
        return;
      }
      i = next;
    }
  }

  /** Handles the markup at `lt`; returns the index after it, or -1 when it is not complete yet. */
  private tag(text: string, lt: number): number {
    const n = text.length;
    const second = text.charCodeAt(lt + 1);
    if (Number.isNaN(second)) return -1;
    if (second === 47 /* / */) {
      const start = lt + 2;
      const gt = text.indexOf('>', start);
      if (gt < 0) return -1;
      const length = gt - start;
      // The common closing tags without slicing their names: </c>, and </v> </f> </t> (which change nothing).
      if (length === 1) {
        if (text.charCodeAt(start) === 99 /* c */) this.close('c');
      } else if (length === 3 && text.startsWith('row', start)) {
        this.close('row');
      } else {
        this.close(text.slice(start, gt).trim());
      }
      return gt + 1;
    }
    if (second === 33 /* ! */) {
      // Too short to tell a comment or CDATA from other markup yet (an unfinished tag at the very end is ignored).
      if (n - lt < 9) return -1;
      if (text.startsWith('<!--', lt)) return this.skipTo(text, lt + 4, '-->');
      if (text.startsWith('<![CDATA[', lt)) return this.skipTo(text, lt + 9, ']]>');
      return this.skipTo(text, lt + 2, '>');
    }
    if (second === 63 /* ? */) return this.skipTo(text, lt + 2, '?>');
    if (second === 99 /* c */) {
      PLAIN_CELL.lastIndex = lt;
      const m = PLAIN_CELL.exec(text);
      if (m) {
        if (this.row) {
          const v = { text: m[4] as string };
          const cell = { ref: m[1], s: m[2] ? parseInt(m[2], 10) : NaN, t: m[3], f: null, v };
          this.closeCell(this.row, cell);
        }
        // As after </c>; what `current` would point at (this cell's value) takes no more text that matters.
        this.cell = null;
        this.current = null;
        return PLAIN_CELL.lastIndex;
      }
    }
    // An opening tag: its name, then attributes (values may hold '>'), then '>' or '/>'.
    const nameStart = lt + 1;
    let j = nameStart;
    while (j < n) {
      const ch = text.charCodeAt(j);
      if (isSpace(ch) || ch === 62 /* > */ || ch === 47 /* / */) break;
      j++;
    }
    if (j >= n) return -1;
    const nameLength = j - nameStart;
    // Only a cell's and a row's attributes are read.
    const wanted =
      (nameLength === 1 && second === 99) /* c */ || (nameLength === 3 && text.startsWith('row', nameStart));
    let r: string | undefined;
    let s: string | undefined;
    let t: string | undefined;
    let end: number;
    let selfClosing = false;
    for (;;) {
      while (j < n && isSpace(text.charCodeAt(j))) j++;
      if (j >= n) return -1;
      const ch = text.charCodeAt(j);
      if (ch === 62 /* > */) {
        end = j + 1;
        break;
      }
      if (ch === 47 /* / */) {
        if (j + 1 >= n) return -1;
        if (text.charCodeAt(j + 1) !== 62) throw new Error('a malformed tag in the sheet XML');
        end = j + 2;
        selfClosing = true;
        break;
      }
      const eq = text.indexOf('=', j);
      if (eq < 0) return -1;
      let q = eq + 1;
      while (q < n && isSpace(text.charCodeAt(q))) q++;
      if (q >= n) return -1;
      const quote = text.charCodeAt(q);
      if (quote !== 34 && quote !== 39) throw new Error('a malformed attribute in the sheet XML');
      const close = text.indexOf(quote === 34 ? '"' : "'", q + 1);
      if (close < 0) return -1;
      if (wanted) {
        let nameEnd = eq;
        while (nameEnd > j && isSpace(text.charCodeAt(nameEnd - 1))) nameEnd--;
        if (nameEnd - j === 1) {
          const value = decodeXml(text.slice(q + 1, close));
          const a = text.charCodeAt(j);
          if (a === 114 /* r */) r = value;
          else if (a === 115 /* s */) s = value;
          else if (a === 116 /* t */) t = value;
        }
      }
      j = close + 1;
    }
    let name: string;
    if (nameLength === 1) {
      // c, v, f, t: the common ones, named without slicing.
      name = second === 99 ? 'c' : second === 118 ? 'v' : second === 102 ? 'f' : second === 116 ? 't' : '';
      if (name === '') name = text[nameStart] as string;
    } else {
      name = wanted ? 'row' : text.slice(nameStart, nameStart + nameLength);
    }
    this.open(name, r, s, t);
    if (selfClosing) this.close(name);
    return end;
  }

  private skipTo(text: string, from: number, end: string): number {
    const at = text.indexOf(end, from);
    return at < 0 ? -1 : at + end.length;
  }
}

/** The rows of one worksheet, given its XML as text chunks; yields the rows completed by each chunk. */
export async function* sheetRows(
  chunks: AsyncIterable<string>,
  ctx: SheetXmlContext,
): AsyncGenerator<XmlRow[]> {
  const scanner = new SheetScanner(ctx);
  for await (const chunk of chunks) {
    scanner.push(chunk);
    if (scanner.out.length > 0) {
      yield scanner.out;
      scanner.out = [];
    }
  }
}
