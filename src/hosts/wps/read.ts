// readWorkbook over ET: every sheet's values, formulas, number formats and merged areas into the
// same grid the Excel host produces, in few bridge calls.
//
// Per sheet: its name, visibility, protection and used range (about ten calls), then the used range
// as blocks (a block is the whole used range up to 200,000 cells, else row chunks). Values and A1
// formulas come from the block's Value2 and Formula. Number formats and merged areas come first from
// one Value(11) call (the block as XML Spreadsheet 2003 text, see readXml; not confirmed in WPS):
// with it a sheet costs a small constant, whatever its rows. When WPS does not give that text, a
// block's NumberFormat or MergeCells is asked instead, and is null when its cells differ: the host
// then splits only those blocks (columns first, then rows) and asks again, skipping parts that hold
// no value (formats) or lie inside a merged area already found (merges). Hidden rows and columns are
// not read: no rule uses them (the Excel host does not read them either). Numbers get their
// displayed text from display.ts; only formats it does not render (dates, custom codes) cost one
// Text call per cell. Error cells read as COM CVErr numbers in Value2; their Text confirms the error.
import { a1, parseRectA1, rectA1 } from '../../core/grid/address';
import type { Rect, SheetGrid, WorkbookGrid } from '../../core/grid/types';
import type { Message } from '../../core/findings/types';
import type { ReadOptions } from '../types';
import { SheetBuilder } from '../excel/sheet-builder';
import { numberText } from './display';
import { CVERR, XL, isGeneralFormat, type EtApplication, type EtRange, type EtWorksheet } from './et';
import { WpsHostError, detailOf } from './errors';
import { wpsMsg } from './messages';
import { parseXmlTable, styleFormat, xmlMerges, type XmlCell } from './xml-table';

export const WPS_READ_LIMITS = {
  blockCells: 200_000,
  sheetCells: 1_000_000,
  workbookCells: 3_000_000,
} as const;

export interface SheetSnapshot {
  /** The used range when read, as ET reported it. */
  readonly used: Rect;
  readonly grid: SheetGrid;
}

export interface WpsState {
  /** What each sheet held when last read completely, for the checks before a write. */
  readonly snapshots: Map<string, SheetSnapshot>;
  /** Set once Value(11) (XML Spreadsheet) failed: merges and formats are then read by splitting. */
  xmlOff?: boolean;
}

type Matrix = unknown[][];

/** Any shape ET gives (scalar, 1-D, 2-D) as rows × cols. */
export function matrix(raw: unknown, rows: number, cols: number): Matrix {
  if (!Array.isArray(raw)) {
    const out: Matrix = Array.from({ length: rows }, () => new Array(cols).fill(undefined));
    if (rows > 0 && cols > 0) out[0][0] = raw;
    return out;
  }
  if (raw.length > 0 && !Array.isArray(raw[0])) {
    // A 1-D array: one row, or one column when the block is a column.
    if (rows === 1) return [raw.slice(0, cols)];
    return raw.slice(0, rows).map((v) => [v]);
  }
  return (raw as unknown[][]).slice(0, rows).map((row) => (Array.isArray(row) ? row.slice(0, cols) : [row]));
}

export function usedRectOf(range: EtRange): Rect {
  const top = Number(range.Row);
  const left = Number(range.Column);
  return { top, left, bottom: top + Number(range.Rows.Count) - 1, right: left + Number(range.Columns.Count) - 1 };
}

const cellsIn = (r: Rect): number => (r.bottom - r.top + 1) * (r.right - r.left + 1);

function abortError(): DOMException {
  return new DOMException(wpsMsg.readCancelled.zh, 'AbortError');
}

/** Counts of non-empty cells over a block, for O(1) questions on sub-rectangles. */
class Presence {
  private readonly sums: Int32Array;
  private readonly width: number;
  constructor(private readonly block: Rect, filled: (r: number, c: number) => boolean) {
    const rows = block.bottom - block.top + 1;
    const cols = block.right - block.left + 1;
    this.width = cols + 1;
    this.sums = new Int32Array((rows + 1) * (cols + 1));
    for (let r = 1; r <= rows; r += 1) {
      for (let c = 1; c <= cols; c += 1) {
        const here = filled(r - 1, c - 1) ? 1 : 0;
        this.sums[r * this.width + c] = here + this.sums[(r - 1) * this.width + c] + this.sums[r * this.width + c - 1] - this.sums[(r - 1) * this.width + c - 1];
      }
    }
  }
  /** The smallest rectangle inside `rect` that holds all its non-empty cells; undefined when none. */
  box(rect: Rect): Rect | undefined {
    if (!this.any(rect)) return undefined;
    let { top, left, bottom, right } = rect;
    while (!this.any({ top, left, bottom: top, right })) top += 1;
    while (!this.any({ top: bottom, left, bottom, right })) bottom -= 1;
    while (!this.any({ top, left, bottom, right: left })) left += 1;
    while (!this.any({ top, left: right, bottom, right })) right -= 1;
    return { top, left, bottom, right };
  }
  any(rect: Rect): boolean {
    const t = rect.top - this.block.top;
    const l = rect.left - this.block.left;
    const b = rect.bottom - this.block.top + 1;
    const r = rect.right - this.block.left + 1;
    const s = this.sums;
    const w = this.width;
    return s[b * w + r] - s[t * w + r] - s[b * w + l] + s[t * w + l] > 0;
  }
}

function halves(rect: Rect): [Rect, Rect] {
  if (rect.right > rect.left) {
    const mid = Math.floor((rect.left + rect.right) / 2);
    return [{ ...rect, right: mid }, { ...rect, left: mid + 1 }];
  }
  const mid = Math.floor((rect.top + rect.bottom) / 2);
  return [{ ...rect, bottom: mid }, { ...rect, top: mid + 1 }];
}

const single = (r: Rect): boolean => r.top === r.bottom && r.left === r.right;
const contains = (outer: Rect, inner: Rect): boolean =>
  inner.top >= outer.top && inner.bottom <= outer.bottom && inner.left >= outer.left && inner.right <= outer.right;

interface Block {
  readonly ws: EtWorksheet;
  readonly range: EtRange;
  readonly rect: Rect;
}

/**
 * Number formats of the cells that hold something, splitting only blocks that answer null; each
 * part asked is first cut to the cells with content in it (empty cells may carry other formats).
 */
function readFormats(block: Block, presence: Presence): (string | undefined)[][] {
  const { rect } = block;
  const out: (string | undefined)[][] = Array.from({ length: rect.bottom - rect.top + 1 }, () => new Array(rect.right - rect.left + 1));
  const fill = (part: Rect, format: string) => {
    for (let r = part.top; r <= part.bottom; r += 1) for (let c = part.left; c <= part.right; c += 1) out[r - rect.top][c - rect.left] = format;
  };
  const visitFormats = (part: Rect, answer: unknown) => {
    if (!presence.any(part)) return;
    if (typeof answer === 'string') return fill(part, isGeneralFormat(answer) ? 'General' : answer);
    if (single(part)) return fill(part, 'General');
    for (const half of halves(part)) {
      const asked = presence.box(half);
      if (asked) visitFormats(asked, block.ws.Range(rectA1(asked)).NumberFormat);
    }
  };
  visitFormats(rect, block.range.NumberFormat);
  return out;
}

/**
 * Merged areas over `part` of a sheet: MergeCells false → none; null → split (columns first: forms
 * merge long runs down a column); true (every cell merged) → walk the part, asking the MergeArea
 * address of each cell no area found so far covers. Before a part is asked, its edge rows and
 * columns that areas already found cover wholly are cut off (a title merged across the whole width
 * is not found again in every column); a part inside an area already found is not asked; a merged
 * cell's area is asked on the Range object already at hand. (Cells of a merged area other than its
 * top-left may still hold values in files written by other tools, so emptiness is no guide here.)
 */
function readMerges(ws: EtWorksheet, part: Rect, range: EtRange, found: Map<string, Rect>): void {
  const covered = (r: Rect) => {
    for (const m of found.values()) if (contains(m, r)) return true;
    return false;
  };
  // One call for the area's address instead of four for its corner and size.
  const areaOf = (cell: Rect, at: EtRange): Rect => {
    const address = at.MergeArea.Address(false, false);
    return (typeof address === 'string' ? parseRectA1(address.replace(/\$/g, '')) : undefined) ?? cell;
  };
  const add = (m: Rect) => {
    if (!single(m)) found.set(rectA1(m), m);
  };
  const cellCovered = (row: number, col: number) => {
    for (const m of found.values()) if (row >= m.top && row <= m.bottom && col >= m.left && col <= m.right) return true;
    return false;
  };
  /** `r` without its edge rows and columns that areas already found cover wholly; undefined when nothing is left. */
  const trim = (r: Rect): Rect | undefined => {
    let { top, left, bottom, right } = r;
    const rowDone = (row: number) => {
      for (let c = left; c <= right; c += 1) if (!cellCovered(row, c)) return false;
      return true;
    };
    const colDone = (col: number) => {
      for (let row = top; row <= bottom; row += 1) if (!cellCovered(row, col)) return false;
      return true;
    };
    while (top <= bottom && rowDone(top)) top += 1;
    while (bottom >= top && rowDone(bottom)) bottom -= 1;
    if (top > bottom) return undefined;
    while (left <= right && colDone(left)) left += 1;
    while (right >= left && colDone(right)) right -= 1;
    return left > right ? undefined : { top, left, bottom, right };
  };
  /**
   * Asks ET about the part of `r` no area found so far covers at its edges; gives ET's MergeCells
   * answer when it asked about `r` itself.
   */
  const ask = (r: Rect): unknown => {
    if (found.size > 0 && covered(r)) return undefined;
    const t = found.size > 0 ? trim(r) : r;
    if (!t) return undefined;
    const at = ws.Range(rectA1(t));
    if (single(t)) {
      if (at.MergeCells !== false) add(areaOf(t, at));
      return undefined;
    }
    const answer = at.MergeCells;
    visit(t, answer, at);
    return t.top === r.top && t.left === r.left && t.bottom === r.bottom && t.right === r.right ? answer : undefined;
  };
  function visit(r: Rect, answer: unknown, at: EtRange | undefined): void {
    if (answer === false || covered(r)) return;
    if (answer === true) {
      // Every cell of the part is merged: walk it, one MergeArea per area (each covers the cells after it).
      for (let row = r.top; row <= r.bottom; row += 1) {
        for (let col = r.left; col <= r.right; col += 1) {
          if (cellCovered(row, col)) continue;
          add(areaOf({ top: row, left: col, bottom: row, right: col }, row === r.top && col === r.left && at ? at : ws.Range(a1(row, col))));
        }
      }
      return;
    }
    const [first, second] = halves(r);
    const firstAnswer = ask(first);
    if (covered(second)) return;
    // A mixed part whose first half has no merged cell has them all in its second half: that half
    // is split without asking it first (it may be wholly merged; its parts then say so).
    if (answer === null && firstAnswer === false) {
      if (!single(second)) return visit(second, null, undefined);
      // A single cell left: it is the merged one.
      return add(areaOf(second, ws.Range(rectA1(second))));
    }
    ask(second);
  }
  visit(part, single(part) ? undefined : range.MergeCells, range);
  if (single(part)) add(areaOf(part, range));
}

/**
 * Merged areas and number formats of a block from one Value(11) call: Excel's COM model answers
 * Range.Value(xlRangeValueXMLSpreadsheet) with the range as XML Spreadsheet 2003 text (cells with
 * ss:MergeAcross/ss:MergeDown and ss:StyleID, styles with their NumberFormat). Whether WPS answers
 * it is NOT confirmed: when the call throws, gives no string, or gives text that is not a table of
 * the block's size holding every non-empty cell, the fast path is switched off for the rest of the
 * session (state.xmlOff) and the block is read by splitting (readFormats / readMerges: several calls
 * per merged area, about 330–400 a sheet of the benchmark's forms instead of about 21–25). Number formats named by the locale (dates, currency) cost one NumberFormat call
 * per style.
 */
function readXml(block: Block, presence: Presence, state: WpsState, known: ReadonlyMap<string, Rect>): { formats: (string | undefined)[][]; merges: Rect[] } | undefined {
  if (state.xmlOff) return undefined;
  const { ws, range, rect } = block;
  const rows = rect.bottom - rect.top + 1;
  const cols = rect.right - rect.left + 1;
  const off = () => {
    state.xmlOff = true;
    return undefined;
  };
  let raw: unknown;
  try {
    raw = range.Value(XL.rangeValueXmlSpreadsheet);
  } catch {
    return off();
  }
  const table = parseXmlTable(raw);
  if (!table) return off();
  if (table.rowCount !== undefined && table.rowCount !== rows) return off();
  if (table.colCount !== undefined && table.colCount !== cols) return off();
  const at: (XmlCell | undefined)[][] = Array.from({ length: rows }, () => new Array(cols));
  const covered: boolean[][] = Array.from({ length: rows }, () => new Array(cols).fill(false));
  for (const c of table.cells) {
    if (c.row + c.mergeDown > rows || c.col + c.mergeAcross > cols) return off();
    at[c.row - 1][c.col - 1] = c;
    for (let i = c.row - 1; i < c.row + c.mergeDown; i += 1) for (let j = c.col - 1; j < c.col + c.mergeAcross; j += 1) covered[i][j] = true;
  }
  // Areas found in earlier blocks (a row block's top cells may lie under an area that starts above it).
  for (const m of known.values()) {
    for (let r = Math.max(m.top, rect.top); r <= Math.min(m.bottom, rect.bottom); r += 1)
      for (let c = Math.max(m.left, rect.left); c <= Math.min(m.right, rect.right); c += 1) covered[r - rect.top][c - rect.left] = true;
  }
  const formats: (string | undefined)[][] = Array.from({ length: rows }, () => new Array(cols));
  const asked = new Map<string | undefined, string>();
  for (let i = 0; i < rows; i += 1) {
    for (let j = 0; j < cols; j += 1) {
      const here = { top: rect.top + i, left: rect.left + j, bottom: rect.top + i, right: rect.left + j };
      if (!presence.any(here)) continue;
      const cell = at[i][j];
      // A cell with a value or formula is always written, unless a merged area covers it (a value
      // left under a merge by another tool): otherwise the text is not this block.
      if (!cell && !covered[i][j]) return off();
      const ask = () => {
        const answer = ws.Range(a1(here.top, here.left)).NumberFormat;
        return typeof answer === 'string' && !isGeneralFormat(answer) ? answer : 'General';
      };
      let format = cell ? styleFormat(table, cell.styleId) : ask();
      if (format === undefined && cell) {
        format = asked.get(cell.styleId) ?? ask();
        asked.set(cell.styleId, format);
      }
      formats[i][j] = isGeneralFormat(format) ? 'General' : format;
    }
  }
  return { formats, merges: xmlMerges(table, rect) };
}

type ValueType = 'Empty' | 'Error' | 'Double' | 'Boolean' | 'String';

/**
 * Reads one block of `sheetRect` (the part of the sheet being read). A block cut out of a larger
 * sheet may cut a merged area at its top or bottom row: those rows' merges are asked of ET by
 * splitting (MergeArea gives the whole area), the rest comes from the block's XML.
 */
function readBlock(block: Block, sheetRect: Rect, builder: SheetBuilder, merges: Map<string, Rect>, state: WpsState): void {
  const { ws, range, rect } = block;
  const rows = rect.bottom - rect.top + 1;
  const cols = rect.right - rect.left + 1;
  const raw = matrix(range.Value2, rows, cols);
  const formulas = matrix(range.Formula, rows, cols);
  const values: unknown[][] = [];
  const types: ValueType[][] = [];
  for (let i = 0; i < rows; i += 1) {
    const vRow: unknown[] = [];
    const tRow: ValueType[] = [];
    for (let j = 0; j < cols; j += 1) {
      const v = raw[i][j];
      const f = formulas[i][j];
      const hasFormula = typeof f === 'string' && f.startsWith('=') && !(typeof v === 'string' && v === f);
      if (v === undefined || v === null || v === '') {
        vRow.push('');
        tRow.push(hasFormula ? 'String' : 'Empty');
      } else if (typeof v === 'number') {
        vRow.push(v);
        tRow.push('Double');
      } else if (typeof v === 'boolean') {
        vRow.push(v);
        tRow.push('Boolean');
      } else {
        vRow.push(String(v));
        tRow.push('String');
      }
    }
    values.push(vRow);
    types.push(tRow);
  }
  const presence = new Presence(rect, (i, j) => types[i][j] !== 'Empty');
  const xml = readXml(block, presence, state, merges);
  const formats = xml ? xml.formats : readFormats(block, presence);
  const text: (string | undefined)[][] = values.map(() => new Array(cols));
  for (let i = 0; i < rows; i += 1) {
    for (let j = 0; j < cols; j += 1) {
      const v = values[i][j];
      if (typeof v !== 'number') continue;
      const code = CVERR[v];
      if (code !== undefined) {
        // A CVErr number: the cell's text tells an error from a (very unlikely) equal number.
        const shown = ws.Range(a1(rect.top + i, rect.left + j)).Text;
        if (typeof shown === 'string' && shown.startsWith('#')) {
          values[i][j] = code;
          types[i][j] = 'Error';
          continue;
        }
      }
      text[i][j] = numberText(v, formats[i][j]) ?? stringOr(ws.Range(a1(rect.top + i, rect.left + j)).Text);
    }
  }
  builder.addBlock({ top: rect.top, left: rect.left, values, formulas, numberFormat: formats, valueTypes: types, text });
  if (!xml) return readMerges(ws, rect, range, merges);
  const edges: Rect[] = [];
  if (rect.top > sheetRect.top) edges.push({ ...rect, bottom: rect.top });
  if (rect.bottom < sheetRect.bottom && rect.bottom > rect.top) edges.push({ ...rect, top: rect.bottom });
  const onEdge = (m: Rect) => edges.some((e) => m.top <= e.bottom && m.bottom >= e.top);
  for (const m of xml.merges) if (!onEdge(m)) merges.set(rectA1(m), m);
  for (const e of edges) readMerges(ws, e, ws.Range(rectA1(e)), merges);
}

/**
 * The part of a used range that holds values or formulas. ET's UsedRange also counts cells that
 * only carry formatting (borders drawn down to row 60000), so a used range past the read limit is
 * first trimmed with Find('*') backwards by rows and by columns (the last row and column with
 * content); null when it holds nothing, undefined when Find is not available.
 */
function contentRect(used: EtRange, rect: Rect): Rect | null | undefined {
  try {
    const byRows = used.Find('*', undefined, XL.findInFormulas, XL.findPart, XL.findByRows, XL.findPrevious);
    if (!byRows) return null;
    const byCols = used.Find('*', undefined, XL.findInFormulas, XL.findPart, XL.findByColumns, XL.findPrevious);
    if (!byCols) return null;
    const bottom = Math.min(rect.bottom, Number(byRows.Row));
    const right = Math.min(rect.right, Number(byCols.Column));
    if (!(bottom >= rect.top && right >= rect.left)) return undefined;
    return { ...rect, bottom, right };
  } catch {
    return undefined;
  }
}

const stringOr = (x: unknown): string | undefined => (typeof x === 'string' ? x : undefined);

function visibilityOf(v: unknown): string {
  if (v === XL.sheetVeryHidden) return 'VeryHidden';
  if (v === XL.sheetHidden || v === false) return 'Hidden';
  return 'Visible';
}

export async function readWorkbook(app: EtApplication | undefined, state: WpsState, options: ReadOptions = {}): Promise<WorkbookGrid> {
  if (!app) throw new WpsHostError(wpsMsg.notInWps);
  if (options.signal?.aborted) throw abortError();
  let book;
  try {
    book = app.ActiveWorkbook;
  } catch (error) {
    throw new WpsHostError(wpsMsg.readFailed(detailOf(error)));
  }
  if (!book) throw new WpsHostError(wpsMsg.noWorkbook);
  const notes: Message[] = [];
  const sheets: SheetGrid[] = [];
  const complete = new Map<string, SheetSnapshot>();
  let name: string | undefined;
  try {
    name = String(book.Name);
    const collection = book.Worksheets;
    const count = Number(collection.Count);
    const wanted = options.sheets ? new Set(options.sheets) : undefined;
    const seen = new Set<string>();
    let budget: number = WPS_READ_LIMITS.workbookCells;
    const skipped: string[] = [];
    const total = wanted ? wanted.size : count;
    for (let i = 1; i <= count; i += 1) {
      if (options.signal?.aborted) throw abortError();
      const ws = collection.Item(i);
      const sheetName = String(ws.Name);
      if (wanted && !wanted.has(sheetName)) continue;
      seen.add(sheetName);
      const builder = new SheetBuilder(sheetName);
      builder.visibility = visibilityOf(ws.Visible);
      builder.isProtected = ws.ProtectContents === true;
      const used = ws.UsedRange;
      const usedRect = usedRectOf(used);
      let readRect = usedRect;
      let whole = true;
      if (cellsIn(usedRect) > WPS_READ_LIMITS.sheetCells) {
        const content = contentRect(used, usedRect);
        if (content === null) readRect = { ...usedRect, bottom: usedRect.top, right: usedRect.left };
        else if (content) readRect = content;
      }
      const cols = readRect.right - readRect.left + 1;
      if (cellsIn(readRect) > WPS_READ_LIMITS.sheetCells) {
        const rows = Math.max(1, Math.floor(WPS_READ_LIMITS.sheetCells / cols));
        notes.push(wpsMsg.sheetTooLarge(sheetName, readRect.bottom, readRect.right, readRect.top + rows - 1));
        readRect = { ...readRect, bottom: readRect.top + rows - 1 };
        whole = false;
        builder.extend(readRect.bottom, readRect.right);
      }
      if (budget <= 0) {
        skipped.push(sheetName);
        sheets.push(builder.build());
        continue;
      }
      budget -= cellsIn(readRect);
      const merges = new Map<string, Rect>();
      if (cellsIn(readRect) <= WPS_READ_LIMITS.blockCells) {
        const range = readRect === usedRect ? used : ws.Range(rectA1(readRect));
        readBlock({ ws, range, rect: readRect }, readRect, builder, merges, state);
      } else {
        const step = Math.max(1, Math.floor(WPS_READ_LIMITS.blockCells / cols));
        for (let top = readRect.top; top <= readRect.bottom; top += step) {
          if (options.signal?.aborted) throw abortError();
          const rect = { ...readRect, top, bottom: Math.min(readRect.bottom, top + step - 1) };
          readBlock({ ws, range: ws.Range(rectA1(rect)), rect }, readRect, builder, merges, state);
        }
      }
      builder.addMerges([...merges.values()]);
      // A sheet whose used range moved while it was read (an edit between bridge calls) is not trusted.
      const after = usedRectOf(ws.UsedRange);
      if (rectA1(after) !== rectA1(usedRect)) {
        notes.push(wpsMsg.changedDuringRead(sheetName));
        whole = false;
      }
      const grid = builder.build(whole ? undefined : readRect.bottom);
      sheets.push(grid);
      if (whole) complete.set(sheetName, { used: usedRect, grid });
      try {
        options.onProgress?.({ done: sheets.length, total, sheet: sheetName });
      } catch {
        // A failing progress callback must not break the read.
      }
      // Let the pane paint between sheets.
      await Promise.resolve();
    }
    if (wanted) {
      const missing = [...wanted].filter((n) => !seen.has(n));
      if (missing.length > 0) notes.push(wpsMsg.sheetsMissing(missing));
    }
    if (skipped.length > 0) notes.push(wpsMsg.workbookTooLarge(skipped));
  } catch (error) {
    if ((error as { name?: unknown })?.name === 'AbortError') throw error;
    throw new WpsHostError(wpsMsg.readFailed(detailOf(error)));
  }
  if (!options.sheets) state.snapshots.clear();
  for (const sheet of sheets) {
    const snap = complete.get(sheet.name);
    if (snap) state.snapshots.set(sheet.name, snap);
    else state.snapshots.delete(sheet.name);
  }
  const out: { -readonly [K in keyof WorkbookGrid]: WorkbookGrid[K] } = { sheets };
  if (name) out.name = name;
  const unique = [...new Map(notes.map((n) => [n.zh, n])).values()];
  if (unique.length > 0) out.notes = unique;
  return out;
}
