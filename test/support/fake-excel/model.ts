// The workbook behind the fake Excel: sheets of cells with values, formulas, formats, fills,
// locks, merges, hidden rows/columns, protection, and the add-in's settings. Writes parse input
// the way Excel parses typed text ('100' → number, '=…' → formula, "'100" → text, '@' format → text).
import { a1, columnLetters, parseA1, parseRectA1 } from '../../../src/core/grid/address';
import type { CellValue, Rect, WorkbookGrid } from '../../../src/core/grid/types';
import { isCellError } from '../../../src/core/grid/types';

export interface FakeFill {
  color: string;
  pattern: string;
  patternColor: string | null;
}

export interface FakeCell {
  value: CellValue;
  formula?: string;
  numFmt: string;
  text?: string;
  fill: FakeFill;
  locked: boolean;
  hyperlink?: { documentReference?: string; textToDisplay?: string; screenTip?: string; address?: string };
  bold?: boolean;
}

export interface FakeSheet {
  id: string;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  protected: boolean;
  allowFormatCells: boolean;
  cells: Map<number, FakeCell>;
  merges: Rect[];
  hiddenRows: Set<number>;
  hiddenCols: Set<number>;
  columnWidths: Map<number, number>;
  /** Cell notes (Excel notes, WPS 批注) by cell key: the text. */
  notes: Map<number, string>;
  /** No cell lies right of this column (kept by every write; lets row scans stop early). */
  colBound: number;
}

export class FakeExcelError extends Error {
  readonly code: string;
  constructor(code: string, message?: string) {
    super(message ?? code);
    this.name = 'RichApi.Error';
    this.code = code;
  }
}

const MAX_COLS = 16384;
export const key = (row: number, col: number): number => row * (MAX_COLS + 1) + col;
export const rowOf = (k: number): number => Math.floor(k / (MAX_COLS + 1));
export const colOf = (k: number): number => k % (MAX_COLS + 1);

export const NO_FILL: FakeFill = { color: '#FFFFFF', pattern: 'None', patternColor: null };

export function emptyCell(): FakeCell {
  return { value: null, numFmt: 'General', fill: { ...NO_FILL }, locked: true };
}

const ERRORS = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#SPILL!', '#CALC!']);

/** What Excel stores when `input` is typed into a cell with format `numFmt`. */
export function parseInput(input: unknown, numFmt: string): { value: CellValue; formula?: string } {
  if (input === null || input === undefined || input === '') return { value: null };
  if (typeof input === 'number' || typeof input === 'boolean') return { value: input };
  const text = String(input);
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (numFmt === '@') return { value: text };
  if (text.startsWith('=')) return { value: null, formula: text };
  if (ERRORS.has(text.toUpperCase())) return { value: { error: text.toUpperCase() } };
  if (/^(true|false)$/i.test(text)) return { value: text.toLowerCase() === 'true' };
  const trimmed = text.trim();
  if (/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(trimmed)) return { value: Number(trimmed) };
  if (/^[-+]?(\d+\.?\d*|\.\d+)%$/.test(trimmed)) return { value: Number(trimmed.slice(0, -1)) / 100 };
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(trimmed)) return { value: Number(trimmed.replace(/,/g, '')) };
  if (/^\d{1,4}[/-]\d{1,2}([/-]\d{1,4})?$/.test(trimmed)) return { value: 45000 };
  // Accounting negatives, dates with month names, times with AM/PM: Excel parses these too.
  const negative = /^\(\s*(\d{1,3}(,\d{3})+|\d+)(\.\d+)?\s*\)$/.exec(trimmed);
  if (negative) return { value: -Number(trimmed.slice(1, -1).replace(/[,\s]/g, '')) };
  const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*';
  if (new RegExp(`^\\d{1,2}[-/ ]${MONTH}([-/ ]\\d{2,4})?$|^${MONTH}[-/ ]\\d{1,4}$`, 'i').test(trimmed)) return { value: 45296 };
  const time = /^(\d{1,2})(:(\d{2}))?\s*(am|pm|a|p)$/i.exec(trimmed);
  if (time) return { value: ((Number(time[1]) % 12) + (/^p/i.test(time[4]) ? 12 : 0) + Number(time[3] ?? 0) / 60) / 24 };
  return { value: text };
}

/** Cell text as Excel would display it (enough for tests: fixed decimals, percent, General). */
export function displayText(cell: FakeCell): string {
  if (cell.text !== undefined) return cell.text;
  const v = cell.value;
  if (v === null) return '';
  if (isCellError(v)) return v.error;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'string') return v;
  const fixed = /^0(?:\.(0+))?(%?)$/.exec(cell.numFmt);
  if (fixed) {
    const decimals = fixed[1]?.length ?? 0;
    return fixed[2] ? `${(v * 100).toFixed(decimals)}%` : v.toFixed(decimals);
  }
  return String(v);
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function rectAddress(rect: Rect): string {
  const start = a1(rect.top, rect.left);
  const end = a1(rect.bottom, rect.right);
  return start === end ? start : `${start}:${end}`;
}

/** 'A1:B2', 'C5', '3:5' (whole rows) or 'B:C' (whole columns) → Rect. */
export function parseAddress(address: string): Rect {
  const clean = address.replace(/\$/g, '').trim();
  const rows = /^(\d+):(\d+)$/.exec(clean);
  if (rows) return { top: Number(rows[1]), left: 1, bottom: Number(rows[2]), right: MAX_COLS };
  const cols = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(clean);
  if (cols) {
    const left = parseA1(`${cols[1]}1`)?.col ?? 1;
    const right = parseA1(`${cols[2]}1`)?.col ?? 1;
    return { top: 1, left, bottom: 1048576, right };
  }
  const rect = parseRectA1(clean);
  if (!rect) throw new FakeExcelError('InvalidArgument', `bad address ${address}`);
  return rect;
}

export function intersect(a: Rect, b: Rect): Rect | null {
  const r = { top: Math.max(a.top, b.top), left: Math.max(a.left, b.left), bottom: Math.min(a.bottom, b.bottom), right: Math.min(a.right, b.right) };
  return r.top <= r.bottom && r.left <= r.right ? r : null;
}

export class FakeWorkbook {
  name = 'Book1.xlsx';
  sheets: FakeSheet[] = [];
  structureProtected = false;
  settings = new Map<string, unknown>();
  /** Custom document properties (workbook.properties.custom): text values by key. */
  customProperties = new Map<string, string>();
  activeSheet?: string;
  selection?: { sheet: string; address: string };
  private nextId = 1;

  static from(grid: WorkbookGrid): FakeWorkbook {
    const wb = new FakeWorkbook();
    if (grid.name) wb.name = grid.name;
    for (const sheet of grid.sheets) {
      const s = wb.addSheet(sheet.name);
      sheet.rows.forEach((row, r) =>
        row?.forEach((cell, c) => {
          if (!cell) return;
          s.cells.set(key(r + 1, c + 1), { ...emptyCell(), value: cell.value, formula: cell.formula, numFmt: cell.numFmt ?? 'General', text: cell.text });
          s.colBound = Math.max(s.colBound, c + 1);
        }),
      );
      s.merges = sheet.merges.map((m) => ({ ...m }));
      sheet.hiddenRows?.forEach((r) => s.hiddenRows.add(r));
      sheet.hiddenCols?.forEach((c) => s.hiddenCols.add(c));
      s.protected = sheet.protected === true;
      if (sheet.visibility === 'hidden') s.visibility = 'Hidden';
      if (sheet.visibility === 'veryHidden') s.visibility = 'VeryHidden';
    }
    return wb;
  }

  /** A cell's note, or null (for assertions and to set up a user's note). */
  note(sheet: string, address: string): string | null {
    const at = parseA1(address);
    return at ? (this.sheet(sheet).notes.get(key(at.row, at.col)) ?? null) : null;
  }

  setNote(sheet: string, address: string, text: string | null): void {
    const at = parseA1(address);
    if (!at) throw new Error(`bad address ${address}`);
    const notes = this.sheet(sheet).notes;
    if (text === null) notes.delete(key(at.row, at.col));
    else notes.set(key(at.row, at.col), text);
  }

  /** Every note of the workbook as 'Sheet!A1' → text (for comparing two fakes). */
  allNotes(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const sheet of this.sheets) {
      for (const [k, text] of sheet.notes) out[`${sheet.name}!${a1(Math.floor(k / 16385), k % 16385)}`] = text;
    }
    return out;
  }

  addSheet(name: string): FakeSheet {
    const sheet: FakeSheet = {
      id: `{sheet-${this.nextId++}}`,
      name,
      visibility: 'Visible',
      protected: false,
      allowFormatCells: false,
      cells: new Map(),
      merges: [],
      hiddenRows: new Set(),
      hiddenCols: new Set(),
      columnWidths: new Map(),
      notes: new Map(),
      colBound: 0,
    };
    this.sheets.push(sheet);
    return sheet;
  }

  find(nameOrId: string): FakeSheet | undefined {
    const lower = nameOrId.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower || s.id === nameOrId);
  }

  sheet(name: string): FakeSheet {
    const s = this.find(name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  cell(sheet: string, address: string): FakeCell {
    const p = parseA1(address);
    if (!p) throw new Error(`bad address ${address}`);
    return this.sheet(sheet).cells.get(key(p.row, p.col)) ?? emptyCell();
  }

  /** Sets a cell directly (a user edit between two add-in calls). */
  setCell(sheet: string, address: string, content: { value: CellValue; formula?: string; numFmt?: string }): void {
    const p = parseA1(address);
    if (!p) throw new Error(`bad address ${address}`);
    const s = this.sheet(sheet);
    const cell = s.cells.get(key(p.row, p.col)) ?? emptyCell();
    cell.value = content.value;
    cell.formula = content.formula;
    if (content.numFmt) cell.numFmt = content.numFmt;
    cell.text = undefined;
    s.cells.set(key(p.row, p.col), cell);
    s.colBound = Math.max(s.colBound, p.col);
  }

  /** Inserts `count` empty rows before row `at`, shifting cells and merged areas down (Excel's Insert row). */
  insertRows(sheetName: string, at: number, count = 1): void {
    const sheet = this.sheet(sheetName);
    const moved = new Map<number, FakeCell>();
    for (const [k, cell] of sheet.cells) {
      const r = rowOf(k);
      moved.set(r >= at ? key(r + count, colOf(k)) : k, cell);
    }
    sheet.cells = moved;
    sheet.merges = sheet.merges.map((m) => ({
      ...m,
      top: m.top >= at ? m.top + count : m.top,
      bottom: m.bottom >= at ? m.bottom + count : m.bottom,
    }));
  }

  /** The smallest rectangle holding every cell with a value or formula (or any content when !valuesOnly). */
  usedRect(sheet: FakeSheet, valuesOnly: boolean): Rect | null {
    let rect: Rect | null = null;
    for (const [k, cell] of sheet.cells) {
      const hasValue = cell.value !== null || cell.formula !== undefined;
      if (valuesOnly ? !hasValue : !hasValue && cell.fill.pattern === 'None' && cell.numFmt === 'General') continue;
      const r = rowOf(k);
      const c = colOf(k);
      rect = rect
        ? { top: Math.min(rect.top, r), left: Math.min(rect.left, c), bottom: Math.max(rect.bottom, r), right: Math.max(rect.right, c) }
        : { top: r, left: c, bottom: r, right: c };
    }
    return rect;
  }
}

export function columnName(col: number): string {
  return columnLetters(col);
}
