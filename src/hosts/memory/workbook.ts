// A mutable workbook held in memory: cells, fills, selection, and the documents an add-in keeps
// inside the file (journal, saved fills, reviewed marks). Several hosts over one MemoryWorkbook
// behave like a pane closed and reopened on the same file. The preview shows and downloads it.
import { parseA1 } from '../../core/grid/address';
import type { Cell, CellValue, Rect, SheetGrid, WorkbookGrid } from '../../core/grid/types';
import { isCellError } from '../../core/grid/types';
import type { CellChange } from '../../core/findings/types';

export interface CellContent {
  readonly value: CellValue;
  readonly formula?: string;
  /** The number format written with the content ('General' clears it); absent keeps the cell's own. */
  readonly numberFormat?: string;
}

export type WorkbookEvent =
  | { readonly type: 'cells'; readonly sheet: string; readonly addresses: readonly string[]; readonly byUser: boolean }
  | { readonly type: 'fills'; readonly sheet: string; readonly addresses: readonly string[] }
  | { readonly type: 'selection'; readonly sheet: string; readonly address: string }
  | { readonly type: 'sheets' };

interface MutableSheet {
  name: string;
  rows: (Cell | undefined)[][];
  rowCount: number;
  colCount: number;
  merges: Rect[];
  hiddenRows?: readonly number[];
  hiddenCols?: readonly number[];
  protected: boolean;
  visibility?: string;
}

export interface MemoryWorkbookOptions {
  /** Fills the user already has, 'Sheet1!A1' → '#FFFF00'. */
  readonly fills?: Readonly<Record<string, string>>;
  /** Notes the user already has, 'Sheet1!A1' → text. */
  readonly notes?: Readonly<Record<string, string>>;
}

const key = (sheet: string, address: string) => `${sheet}!${address.toUpperCase()}`;

/** Does a cell hold `expected`? A formula by its text; a constant by value (empty cell = null or ''). */
export function cellHolds(cell: Cell | undefined, expected: CellContent): boolean {
  if (expected.formula !== undefined && expected.formula !== '') return cell?.formula === expected.formula;
  if (cell?.formula !== undefined) return false;
  const have = cell?.value ?? null;
  const want = expected.value;
  const empty = (v: CellValue) => v === null || v === '';
  if (empty(want)) return empty(have);
  if (isCellError(want)) return isCellError(have) && have.error.toUpperCase() === want.error.toUpperCase();
  return have === want;
}

export class MemoryWorkbook {
  readonly name?: string;
  private readonly sheetList: MutableSheet[];
  private readonly fillMap = new Map<string, string>();
  private readonly noteMap = new Map<string, string>();
  private readonly documents = new Map<string, string>();
  private readonly listeners = new Set<(event: WorkbookEvent) => void>();
  /** The content each written cell had when the workbook was opened (for downloading the result). */
  private readonly originals = new Map<string, { sheet: string; address: string; content: CellContent; numFmt?: string }>();
  private selected?: { sheet: string; address: string };

  constructor(grid: WorkbookGrid, options: MemoryWorkbookOptions = {}) {
    this.name = grid.name;
    this.sheetList = grid.sheets.map((s) => ({
      name: s.name,
      rows: s.rows.map((row) => (row ? [...row] : [])),
      rowCount: s.rowCount,
      colCount: s.colCount,
      merges: [...s.merges],
      hiddenRows: s.hiddenRows,
      hiddenCols: s.hiddenCols,
      protected: s.protected === true,
      visibility: s.visibility,
    }));
    for (const [ref, color] of Object.entries(options.fills ?? {})) {
      const bang = ref.lastIndexOf('!');
      this.fillMap.set(key(ref.slice(0, bang), ref.slice(bang + 1)), color);
    }
    for (const [ref, text] of Object.entries(options.notes ?? {})) {
      const bang = ref.lastIndexOf('!');
      this.noteMap.set(key(ref.slice(0, bang), ref.slice(bang + 1)), text);
    }
  }

  sheetNames(): string[] {
    return this.sheetList.map((s) => s.name);
  }

  hasSheet(name: string): boolean {
    return this.sheetList.some((s) => s.name === name);
  }

  isProtected(sheet: string): boolean {
    return this.sheetList.find((s) => s.name === sheet)?.protected === true;
  }

  setProtected(sheet: string, value: boolean): void {
    const s = this.sheetList.find((x) => x.name === sheet);
    if (s) s.protected = value;
  }

  /** The workbook (or the named sheets) as an immutable grid; later edits do not change it. */
  snapshot(sheets?: readonly string[]): WorkbookGrid {
    const wanted = sheets ? this.sheetList.filter((s) => sheets.includes(s.name)) : this.sheetList;
    return { name: this.name, sheets: wanted.map((s) => this.sheetSnapshot(s)) };
  }

  private sheetSnapshot(s: MutableSheet): SheetGrid {
    return {
      name: s.name,
      rows: s.rows.map((row) => (row ? [...row] : row)),
      rowCount: s.rowCount,
      colCount: s.colCount,
      merges: [...s.merges],
      ...(s.hiddenRows ? { hiddenRows: s.hiddenRows } : {}),
      ...(s.hiddenCols ? { hiddenCols: s.hiddenCols } : {}),
      ...(s.protected ? { protected: true } : {}),
      ...(s.visibility ? { visibility: s.visibility } : {}),
    };
  }

  /** Last used row and column of a sheet; undefined when there is no such sheet. */
  extent(sheet: string): { rowCount: number; colCount: number } | undefined {
    const s = this.sheetList.find((x) => x.name === sheet);
    return s ? { rowCount: s.rowCount, colCount: s.colCount } : undefined;
  }

  cell(sheet: string, address: string): Cell | undefined {
    const s = this.sheetList.find((x) => x.name === sheet);
    const at = parseA1(address);
    if (!s || !at) return undefined;
    return s.rows[at.row - 1]?.[at.col - 1];
  }

  /** Writes cells (already validated by the caller). `byUser` marks an edit typed by the user. */
  write(sheet: string, contents: ReadonlyArray<{ address: string; content: CellContent }>, byUser: boolean): void {
    const s = this.sheetList.find((x) => x.name === sheet);
    if (!s) return;
    for (const { address, content } of contents) {
      const at = parseA1(address);
      if (!at) continue;
      const k = key(sheet, address);
      const old = s.rows[at.row - 1]?.[at.col - 1];
      if (!this.originals.has(k)) {
        this.originals.set(k, {
          sheet,
          address: address.toUpperCase(),
          content: old?.formula ? { value: old.value, formula: old.formula } : { value: old?.value ?? null },
          ...(old?.numFmt ? { numFmt: old.numFmt } : {}),
        });
      }
      const row = (s.rows[at.row - 1] ??= []);
      row[at.col - 1] = nextCell(old, content);
      s.rowCount = Math.max(s.rowCount, at.row);
      s.colCount = Math.max(s.colCount, at.col);
    }
    this.emit({ type: 'cells', sheet, addresses: contents.map((c) => c.address), byUser });
  }

  /** A user's edit, as if typed into Excel: watchers are told. */
  edit(sheet: string, address: string, content: CellContent): void {
    this.write(sheet, [{ address, content }], true);
  }

  addSheet(name: string, rows: ReadonlyArray<ReadonlyArray<CellContent>>): void {
    const cells = rows.map((row) =>
      row.map((c) => (c.value === '' && !c.formula ? undefined : c.formula ? { value: c.value, formula: c.formula } : { value: c.value })),
    );
    this.sheetList.push({
      name,
      rows: cells,
      rowCount: rows.length,
      colCount: Math.max(0, ...rows.map((r) => r.length)),
      merges: [],
      protected: false,
    });
    this.emit({ type: 'sheets' });
  }

  fill(sheet: string, address: string): string | null {
    return this.fillMap.get(key(sheet, address)) ?? null;
  }

  setFills(sheet: string, fills: ReadonlyArray<{ address: string; color: string | null }>): void {
    for (const { address, color } of fills) {
      if (color === null) this.fillMap.delete(key(sheet, address));
      else this.fillMap.set(key(sheet, address), color);
    }
    this.emit({ type: 'fills', sheet, addresses: fills.map((f) => f.address) });
  }

  /** The cell's note (Excel note, WPS 批注), or null. */
  note(sheet: string, address: string): string | null {
    return this.noteMap.get(key(sheet, address)) ?? null;
  }

  /** Sets or (null) deletes notes; a user's edit in tests goes through here too. */
  setNotes(sheet: string, notes: ReadonlyArray<{ address: string; text: string | null }>): void {
    for (const { address, text } of notes) {
      if (text === null) this.noteMap.delete(key(sheet, address));
      else this.noteMap.set(key(sheet, address), text);
    }
  }

  /** Every note, as sheet, address and text (the preview writes them into its download). */
  allNotes(): Array<{ sheet: string; address: string; text: string }> {
    return [...this.noteMap].map(([k, text]) => {
      const bang = k.lastIndexOf('!');
      return { sheet: k.slice(0, bang), address: k.slice(bang + 1), text };
    });
  }

  get selection(): { sheet: string; address: string } | undefined {
    return this.selected;
  }

  select(sheet: string, address: string): void {
    this.selected = { sheet, address: address.toUpperCase() };
    this.emit({ type: 'selection', sheet, address: this.selected.address });
  }

  /** A document PERF keeps inside the workbook (journal, fills, reviewed marks), as text. */
  document(name: string): string | undefined {
    return this.documents.get(name);
  }

  setDocument(name: string, text: string | undefined): void {
    if (text === undefined) this.documents.delete(name);
    else this.documents.set(name, text);
  }

  /** Every cell that now differs from the opened file, as changes from the original content. */
  changesSinceOpen(): CellChange[] {
    const out: CellChange[] = [];
    for (const { sheet, address, content, numFmt } of this.originals.values()) {
      const now = this.cell(sheet, address);
      const formatChanged = (now?.numFmt ?? 'General') !== (numFmt ?? 'General');
      if (cellHolds(now, content) && !formatChanged) continue;
      const value = now?.value;
      const after = typeof value === 'number' || typeof value === 'string' ? value : '';
      const format = formatChanged ? { numberFormat: now?.numFmt ?? 'General' } : {};
      out.push({
        sheet,
        address,
        before: formatChanged ? { ...content, numberFormat: numFmt ?? 'General' } : content,
        after: { ...(now?.formula ? { value: after, formula: now.formula } : { value: after }), ...format },
      });
    }
    return out;
  }

  subscribe(listener: (event: WorkbookEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(event: WorkbookEvent): void {
    for (const listener of [...this.listeners]) listener(event);
  }
}

function nextCell(old: Cell | undefined, content: CellContent): Cell | undefined {
  const hasFormula = content.formula !== undefined && content.formula !== '';
  const empty = !hasFormula && (content.value === null || content.value === '');
  const given = content.numberFormat;
  const numFmt = given === undefined || given === '' ? old?.numFmt : /^general$/i.test(given) ? undefined : given;
  if (empty) return numFmt ? { value: null, numFmt } : undefined;
  return {
    value: content.value,
    ...(hasFormula ? { formula: content.formula } : {}),
    ...(numFmt ? { numFmt } : {}),
  };
}
