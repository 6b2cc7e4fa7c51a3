// A small, tolerant reader of the XML Spreadsheet 2003 (SpreadsheetML 2003) text that Excel's COM
// model returns for Range.Value(xlRangeValueXMLSpreadsheet = 11): the first <Worksheet>'s <Table>
// (rows and cells with ss:Index, ss:MergeAcross, ss:MergeDown, ss:StyleID, ss:Formula and
// <Data ss:Type>) and the <Styles> (each <Style ss:ID> with its <NumberFormat ss:Format>).
// Pure: no DOM, no DOMParser; it only needs string methods, so it runs in any engine.
//
// Positions follow the XML Spreadsheet Reference: a row or a cell without ss:Index comes right
// after the previous one (a cell after the previous cell's last merged column); ss:Index is
// 1-based. Cells covered by an earlier row's ss:MergeDown are not written in the rows they cover,
// so a cell without ss:Index also steps over columns such an area covers.
//
// Anything that is not a well-formed table (unclosed or crossed tags, a cut-off string, a bad
// index, cells overlapping) gives undefined, so the caller falls back to asking cell by cell.
import type { Rect } from '../../core/grid/types';

export interface XmlCell {
  /** 1-based row and column inside the table. */
  readonly row: number;
  readonly col: number;
  readonly mergeAcross: number;
  readonly mergeDown: number;
  readonly styleId?: string;
  /** ss:Formula as written (R1C1). */
  readonly formula?: string;
  /** <Data ss:Type> and its text (entities and CDATA decoded, rich-text markup dropped). */
  readonly type?: string;
  readonly data?: string;
}

export interface XmlStyle {
  readonly id: string;
  readonly parent?: string;
  /** ss:Format of its <NumberFormat>, as written (a named format or a literal code). */
  readonly format?: string;
}

export interface XmlTable {
  /** ss:ExpandedRowCount / ss:ExpandedColumnCount when given. */
  readonly rowCount?: number;
  readonly colCount?: number;
  readonly cells: readonly XmlCell[];
  readonly styles: ReadonlyMap<string, XmlStyle>;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes XML entities (named and numeric); an unknown entity is kept as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);/g, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name] ?? whole;
  });
}

const localName = (name: string): string => {
  const at = name.indexOf(':');
  return at < 0 ? name : name.slice(at + 1);
};

interface Tag {
  readonly name: string;
  readonly attrs: Map<string, string>;
}

const ATTR = /([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

function attributesOf(source: string): Map<string, string> | undefined {
  const out = new Map<string, string>();
  let rest = source;
  ATTR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ATTR.exec(source)) !== null) {
    out.set(localName(m[1]), decodeEntities(m[3] ?? m[4] ?? ''));
    rest = rest.replace(m[0], '');
  }
  // Whatever is left must be white space: a stray token means the tag is not what we think.
  return rest.trim() === '' ? out : undefined;
}

function count(value: string | undefined, min: number): number | undefined | null {
  if (value === undefined) return undefined;
  if (!/^\s*\d+\s*$/.test(value)) return null;
  const n = Number(value);
  return n >= min && n <= 1_048_576 ? n : null;
}

class Broken extends Error {}

/**
 * The table of the first worksheet in `xml`, or undefined when `xml` is not a complete, consistent
 * SpreadsheetML 2003 document.
 */
export function parseXmlTable(xml: unknown): XmlTable | undefined {
  if (typeof xml !== 'string') return undefined;
  try {
    return parse(xml);
  } catch (error) {
    if (error instanceof Broken) return undefined;
    throw error;
  }
}

function parse(xml: string): XmlTable {
  const fail = (): never => {
    throw new Broken();
  };
  const stack: string[] = [];
  const styles = new Map<string, XmlStyle>();
  const cells: XmlCell[] = [];
  let style: { id: string; parent?: string; format?: string } | undefined;
  let tableDepth = -1;
  let tableDone = false;
  let rowCount: number | undefined;
  let colCount: number | undefined;
  let row = 0;
  let col = 0;
  /** Columns covered by a MergeDown from an earlier row: column → last row covered. */
  const downTo = new Map<number, number>();
  const taken = new Set<string>();
  let cell: { row: number; col: number; mergeAcross: number; mergeDown: number; styleId?: string; formula?: string; type?: string; data?: string } | undefined;
  let inData = false;
  let dataText = '';

  const open = (tag: Tag, selfClosing: boolean) => {
    const name = tag.name;
    const parent = stack[stack.length - 1];
    if (name === 'Style' && parent === 'Styles') {
      const id = tag.attrs.get('ID');
      if (id === undefined) fail();
      style = { id: id as string, parent: tag.attrs.get('Parent') };
      if (selfClosing) closeStyle();
    } else if (name === 'NumberFormat' && parent === 'Style' && style) {
      style.format = tag.attrs.get('Format') ?? 'General';
    } else if (name === 'Table' && parent === 'Worksheet' && !tableDone) {
      tableDepth = stack.length;
      const rows = count(tag.attrs.get('ExpandedRowCount'), 0);
      const cols = count(tag.attrs.get('ExpandedColumnCount'), 0);
      if (rows === null || cols === null) fail();
      rowCount = rows ?? undefined;
      colCount = cols ?? undefined;
      if (selfClosing) tableDone = true;
    } else if (name === 'Row' && parent === 'Table' && stack.length === tableDepth + 1) {
      const index = count(tag.attrs.get('Index'), 1);
      if (index === null || (index !== undefined && index <= row)) fail();
      row = index ?? row + 1;
      col = 0;
    } else if (name === 'Cell' && parent === 'Row' && stack.length === tableDepth + 2) {
      const index = count(tag.attrs.get('Index'), 1);
      const across = count(tag.attrs.get('MergeAcross'), 0);
      const down = count(tag.attrs.get('MergeDown'), 0);
      if (index === null || across === null || down === null) fail();
      if (index !== undefined) {
        if ((index as number) <= col) fail();
        col = index as number;
      } else {
        col += 1;
        while ((downTo.get(col) ?? 0) >= row) col += 1;
      }
      const a = across ?? 0;
      const d = down ?? 0;
      for (let c = col; c <= col + a; c += 1) {
        for (let r = row; r <= row + d; r += 1) {
          const k = `${r},${c}`;
          if (taken.has(k)) fail();
          taken.add(k);
        }
        if (d > 0) downTo.set(c, Math.max(downTo.get(c) ?? 0, row + d));
      }
      cell = { row, col, mergeAcross: a, mergeDown: d, styleId: tag.attrs.get('StyleID'), formula: tag.attrs.get('Formula') };
      col += a;
      if (selfClosing) closeCell();
    } else if (name === 'Data' && parent === 'Cell' && cell) {
      cell.type = tag.attrs.get('Type');
      inData = !selfClosing;
      dataText = '';
      if (selfClosing) cell.data = '';
    }
  };
  const closeStyle = () => {
    if (style) styles.set(style.id, style);
    style = undefined;
  };
  const closeCell = () => {
    if (cell) cells.push(cell);
    cell = undefined;
  };
  const close = (name: string) => {
    if (name === 'Style') closeStyle();
    else if (name === 'Cell') closeCell();
    else if (name === 'Data' && cell && inData) {
      cell.data = dataText;
      inData = false;
    } else if (name === 'Table' && stack.length === tableDepth) {
      tableDone = true;
      tableDepth = -1;
    }
  };

  let i = 0;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    const text = lt < 0 ? xml.slice(i) : xml.slice(i, lt);
    if (text !== '') {
      if (stack.length === 0 && text.trim() !== '') fail();
      if (inData) dataText += decodeEntities(text);
    }
    if (lt < 0) break;
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      if (end < 0) fail();
      i = end + 3;
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt + 9);
      if (end < 0) fail();
      if (inData) dataText += xml.slice(lt + 9, end);
      i = end + 3;
    } else if (xml.startsWith('<?', lt)) {
      const end = xml.indexOf('?>', lt + 2);
      if (end < 0) fail();
      i = end + 2;
    } else if (xml.startsWith('<!', lt)) {
      const end = xml.indexOf('>', lt + 2);
      if (end < 0) fail();
      i = end + 1;
    } else {
      // A tag: find its end outside quoted attribute values.
      let j = lt + 1;
      let quote = '';
      for (; j < n; j += 1) {
        const ch = xml[j];
        if (quote) {
          if (ch === quote) quote = '';
        } else if (ch === '"' || ch === "'") quote = ch;
        else if (ch === '>') break;
        else if (ch === '<') fail();
      }
      if (j >= n) fail();
      const body = xml.slice(lt + 1, j);
      i = j + 1;
      if (body.startsWith('/')) {
        const name = localName(body.slice(1).trim());
        if (stack.pop() !== name) fail();
        close(name);
        continue;
      }
      const selfClosing = body.endsWith('/');
      const inner = selfClosing ? body.slice(0, -1) : body;
      const m = /^([A-Za-z_][\w.:-]*)([\s\S]*)$/.exec(inner);
      if (!m) fail();
      const attrs = attributesOf((m as RegExpExecArray)[2]);
      if (!attrs) fail();
      const name = localName((m as RegExpExecArray)[1]);
      if (selfClosing && stack.length === 0) fail();
      open({ name, attrs: attrs as Map<string, string> }, selfClosing);
      if (!selfClosing) stack.push(name);
    }
  }
  if (stack.length > 0 || !tableDone) fail();
  const lastRow = cells.reduce((max, c) => Math.max(max, c.row + c.mergeDown), row);
  const lastCol = cells.reduce((max, c) => Math.max(max, c.col + c.mergeAcross), 0);
  if ((rowCount !== undefined && lastRow > rowCount) || (colCount !== undefined && lastCol > colCount)) fail();
  return { rowCount, colCount, cells, styles };
}

/** The merged areas of a table, as rectangles offset to the table's top-left cell `origin`. */
export function xmlMerges(table: XmlTable, origin: { top: number; left: number }): Rect[] {
  const out: Rect[] = [];
  for (const c of table.cells) {
    if (c.mergeAcross === 0 && c.mergeDown === 0) continue;
    const top = origin.top + c.row - 1;
    const left = origin.left + c.col - 1;
    out.push({ top, left, bottom: top + c.mergeDown, right: left + c.mergeAcross });
  }
  return out;
}

/**
 * SpreadsheetML's named number formats that stand for one format code in every locale. The date and
 * time names ("Short Date", "Long Time", …), "Currency" and "General Number" depend on the
 * machine's regional settings: they are not mapped (undefined), so the caller asks the cell.
 */
const NAMED_FORMATS: Readonly<Record<string, string>> = {
  General: 'General',
  Fixed: '0.00',
  Standard: '#,##0.00',
  Percent: '0.00%',
  Scientific: '0.00E+00',
};

const NAMES_NOT_CODES = new Set([
  'General Number',
  'General Date',
  'Long Date',
  'Medium Date',
  'Short Date',
  'Long Time',
  'Medium Time',
  'Short Time',
  'Currency',
  'Euro Currency',
  'Yes/No',
  'True/False',
  'On/Off',
]);

/**
 * The number format code of a style (following ss:Parent), 'General' when none of its chain sets
 * one, or undefined when it is a named format whose code depends on the locale (or the chain is
 * broken): the caller asks ET for those.
 */
export function styleFormat(table: XmlTable, styleId: string | undefined): string | undefined {
  let id: string | undefined = styleId ?? 'Default';
  const seen = new Set<string>();
  while (id !== undefined) {
    if (seen.has(id)) return undefined;
    seen.add(id);
    const s = table.styles.get(id);
    if (!s) return id === 'Default' || styleId === undefined ? 'General' : undefined;
    if (s.format !== undefined) {
      if (NAMES_NOT_CODES.has(s.format)) return undefined;
      return NAMED_FORMATS[s.format] ?? s.format;
    }
    id = s.parent ?? (id === 'Default' ? undefined : 'Default');
  }
  return 'General';
}
