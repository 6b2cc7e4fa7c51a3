// A fake WPS 表格 (ET) application for tests and benchmarks: window.Application over the same
// in-memory workbook model as the fake Excel (test/support/fake-excel/model.ts), so both hosts can
// be built from one fixture and compared. It keeps ET's quirks, so a host that assumes Office.js
// semantics fails here:
// - collections are 1-based Item(i) (Item(0) throws);
// - properties with arguments are methods (Address(false, false)); Value() is a read-only method,
//   writes go through Value2;
// - a single cell's Value2/Formula is a scalar, a block's is a 2-D array;
// - error cells read as COM CVErr numbers in Value2, their text in Text;
// - colours are BGR numbers; no fill reads ColorIndex/Pattern -4142;
// - a block's NumberFormat or MergeCells is null when its cells differ; General reads 'G/通用格式';
// - an empty sheet's UsedRange is A1 (its Value2 undefined);
// - Value(11) gives the range as XML Spreadsheet 2003 text (as Excel's COM model does; unconfirmed in
//   WPS), or throws when `valueXml` is false, so both read paths of the host can be tested;
// - a locked cell of a protected sheet refuses writes; SpecialCells(12) throws when nothing is visible;
// - Range.Comment is null without a 批注; AddComment fails on a cell that has one or a protected sheet.
// Every property read, property write and method call on an ET object counts as one bridge call.
import { a1, parseA1 } from '../../src/core/grid/address';
import type { CellValue, Rect, WorkbookGrid } from '../../src/core/grid/types';
import { isCellError } from '../../src/core/grid/types';
import {
  FakeWorkbook,
  NO_FILL,
  displayText,
  emptyCell,
  key,
  parseAddress,
  parseInput,
  type FakeCell,
  type FakeSheet,
} from './fake-excel/model';

import { xmlSpreadsheetOf } from './fake-et-xml';

export { FakeWorkbook } from './fake-excel/model';

const CVERR_OF: Readonly<Record<string, number>> = {
  '#NULL!': -2146826288,
  '#DIV/0!': -2146826281,
  '#VALUE!': -2146826273,
  '#REF!': -2146826265,
  '#NAME?': -2146826259,
  '#NUM!': -2146826252,
  '#N/A': -2146826246,
};

export class FakeEtError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EtError';
  }
}

/** '#RRGGBB' → BGR number, as ET's Interior.Color. */
export function bgrOf(hex: string): number {
  const n = parseInt(hex.replace('#', ''), 16);
  return ((n & 0xff) << 16) | (n & 0xff00) | ((n >> 16) & 0xff);
}

/** BGR number → '#RRGGBB'. */
export function hexOfBgr(bgr: number): string {
  const r = bgr & 0xff;
  const g = (bgr >> 8) & 0xff;
  const b = (bgr >> 16) & 0xff;
  return `#${[r, g, b].map((x) => x.toString(16).padStart(2, '0')).join('')}`.toUpperCase();
}

type Listener = (...args: unknown[]) => void;

export class FakeEt {
  readonly workbook: FakeWorkbook;
  /** Bridge calls so far. */
  calls = 0;
  /** Runs before every bridge call (the n-th, 1-based): simulate a user editing mid-operation. */
  beforeCall?: (n: number) => void;
  /** Fault injection: makes the n-th cell write (Value2/Formula set, 1-based, counted from 0 at start) fail. */
  failWriteAt?: number;
  writes = 0;
  screenUpdating = true;
  enableEvents = true;
  displayAlerts = true;
  version = '12.1.0.20540';
  /** Range.Value(11) answers XML Spreadsheet 2003 text; false: it throws, as a WPS without it may. */
  valueXml = true;
  /** Sees every NumberFormat, MergeCells and MergeArea read with its range and answer (for tests of what the host asks). */
  onAsk?: (property: 'NumberFormat' | 'MergeCells' | 'MergeArea', rect: Rect, answer: unknown) => void;
  /** Value(11) calls so far. */
  valueXmlCalls = 0;
  /** Rewrites Value(11)'s text before the host sees it (a cut-off string, another shape…). */
  alterXml?: (xml: string, rect: Rect) => unknown;
  /** Application.UserName: the user name set in WPS (工具 › 选项 › 用户信息). */
  userName = '';
  /** The custom-function API (absent on older WPS): set false to remove it. */
  hasCustomFunctions = true;
  readonly customFunctions = new Map<string, { fn: (...args: never[]) => unknown; metadata: unknown }>();
  readonly listeners = new Map<string, Set<Listener>>();
  readonly properties = new Map<string, string>();
  readonly pluginStorage = new Map<string, string>();
  readonly taskPanes: Array<{ url: string; title?: string; ID: number; Visible: boolean; DockPosition: number; Width: number; deleted: boolean }> = [];

  constructor(source?: WorkbookGrid | FakeWorkbook) {
    this.workbook = source instanceof FakeWorkbook ? source : FakeWorkbook.from(source ?? { sheets: [{ name: 'Sheet1', rows: [], rowCount: 0, colCount: 0, merges: [] }] });
  }

  tick(): void {
    this.calls += 1;
    this.beforeCall?.(this.calls);
  }

  /** Bridge calls made while `task` runs. */
  async countCalls(task: () => unknown): Promise<number> {
    const before = this.calls;
    await task();
    return this.calls - before;
  }

  /** Fires SheetChange as WPS does after a user edit (unless events are off). */
  emitChange(sheet: string, address: string): void {
    if (!this.enableEvents) return;
    const ws = new EtSheet(this, this.workbook.sheet(sheet));
    const range = new EtRangeFake(this, this.workbook.sheet(sheet), parseAddress(address));
    for (const l of this.listeners.get('SheetChange') ?? []) l(ws, range);
  }

  /** Fires SheetSelectionChange (sheet, range) as WPS does when a selection changes (unless events are off). */
  emitSelection(sheet: string, address: string): void {
    if (!this.enableEvents) return;
    const ws = new EtSheet(this, this.workbook.sheet(sheet));
    const range = new EtRangeFake(this, this.workbook.sheet(sheet), parseAddress(address));
    for (const l of this.listeners.get('SheetSelectionChange') ?? []) l(ws, range);
  }

  /** The user selects `address` on `sheet` (a click or the keyboard): the sheet becomes active and the event fires. */
  userSelects(sheet: string, address: string): void {
    const target = this.workbook.sheet(sheet);
    this.workbook.activeSheet = target.name;
    this.workbook.selection = { sheet: target.name, address: address.toUpperCase() };
    this.emitSelection(target.name, address);
  }

  /** The object the host sees as window.Application. */
  get application(): unknown {
    const fake = this;
    const app: Record<string, unknown> = {
      get ActiveWorkbook() {
        fake.tick();
        return new EtBook(fake);
      },
      get ScreenUpdating() { fake.tick(); return fake.screenUpdating; },
      set ScreenUpdating(v: boolean) { fake.tick(); fake.screenUpdating = v; },
      get EnableEvents() { fake.tick(); return fake.enableEvents; },
      set EnableEvents(v: boolean) { fake.tick(); fake.enableEvents = v; },
      get DisplayAlerts() { fake.tick(); return fake.displayAlerts; },
      set DisplayAlerts(v: boolean) { fake.tick(); fake.displayAlerts = v; },
      get Version() { fake.tick(); return fake.version; },
      get UserName() { fake.tick(); return fake.userName; },
      get Build() { fake.tick(); return fake.version; },
      get ActiveSheet() {
        fake.tick();
        const wb = fake.workbook;
        const sheet = (wb.activeSheet !== undefined ? wb.find(wb.activeSheet) : undefined) ?? wb.sheets[0];
        return sheet ? new EtSheet(fake, sheet) : null;
      },
      /** The selected range: the last selection on the active sheet, else its A1. */
      get Selection() {
        fake.tick();
        const wb = fake.workbook;
        const sheet = (wb.activeSheet !== undefined ? wb.find(wb.activeSheet) : undefined) ?? wb.sheets[0];
        if (!sheet) return null;
        const at = wb.selection && wb.selection.sheet === sheet.name ? wb.selection.address : 'A1';
        return new EtRangeFake(fake, sheet, parseAddress(at));
      },
      ApiEvent: {
        AddApiEventListener(name: string, fn: Listener) {
          fake.tick();
          (fake.listeners.get(name) ?? fake.listeners.set(name, new Set()).get(name)!).add(fn);
        },
        RemoveApiEventListener(name: string, fn?: Listener) {
          fake.tick();
          if (fn) fake.listeners.get(name)?.delete(fn);
          else fake.listeners.delete(name);
        },
      },
      PluginStorage: {
        setItem(k: string, v: unknown) { fake.tick(); fake.pluginStorage.set(k, String(v)); },
        getItem(k: string) { fake.tick(); return fake.pluginStorage.get(k) ?? null; },
      },
      CreateTaskPane(url: string, title?: string) {
        fake.tick();
        const pane = { url, title, ID: fake.taskPanes.length + 1, Visible: false, DockPosition: 2, Width: 360, deleted: false, Delete() { pane.deleted = true; } };
        fake.taskPanes.push(pane);
        return pane;
      },
      GetTaskPane(id: number) {
        fake.tick();
        return fake.taskPanes.find((p) => p.ID === id && !p.deleted) ?? null;
      },
    };
    if (this.hasCustomFunctions) {
      app.AddCustomFunction = (namespace: string, name: string, fn: (...args: never[]) => unknown, metadata: unknown) => {
        fake.tick();
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new FakeEtError(`bad function name ${name}`);
        fake.customFunctions.set(`${namespace}.${name}`, { fn, metadata });
      };
    }
    return app;
  }

  /** A write by the add-in fires SheetChange too, unless it turned events off. */
  emitOwn(sheet: string, rect: Rect): void {
    if (this.enableEvents) this.emitChange(sheet, addressOf(rect, false, false));
  }

  /** Calls a registered function as a cell formula would. */
  callFunction(name: string, ...args: unknown[]): unknown {
    const entry = this.customFunctions.get(name);
    if (!entry) throw new FakeEtError(`#NAME? ${name}`);
    return (entry.fn as (...a: unknown[]) => unknown)(...args);
  }
}

class EtBook {
  constructor(private readonly fake: FakeEt) {}
  get Name(): string { this.fake.tick(); return this.fake.workbook.name; }
  get Worksheets(): EtSheets { this.fake.tick(); return new EtSheets(this.fake); }
  get CustomDocumentProperties(): EtProps { this.fake.tick(); return new EtProps(this.fake); }
}

class EtProps {
  constructor(private readonly fake: FakeEt) {}
  get Count(): number { this.fake.tick(); return this.fake.properties.size; }
  Item(index: number | string): unknown {
    this.fake.tick();
    const name = typeof index === 'number' ? [...this.fake.properties.keys()][index - 1] : index;
    if (name === undefined || !this.fake.properties.has(name)) throw new FakeEtError(`no property ${String(index)}`);
    const fake = this.fake;
    return {
      get Value() { fake.tick(); return fake.properties.get(name); },
      set Value(v: unknown) { fake.tick(); fake.properties.set(name, String(v)); },
      Delete() { fake.tick(); fake.properties.delete(name); },
    };
  }
  Add(name: string, _link: boolean, type?: number, value?: unknown): unknown {
    this.fake.tick();
    if (type !== 4) throw new FakeEtError('only text properties are modelled');
    if (this.fake.properties.has(name)) throw new FakeEtError(`property ${name} exists`);
    const text = String(value ?? '');
    if (text.length > 255) throw new FakeEtError('a text property holds at most 255 characters');
    this.fake.properties.set(name, text);
    return this.Item(name);
  }
}

class EtSheets {
  constructor(private readonly fake: FakeEt) {}
  get Count(): number { this.fake.tick(); return this.fake.workbook.sheets.length; }
  Item(index: number | string): EtSheet {
    this.fake.tick();
    const sheet = typeof index === 'number' ? this.fake.workbook.sheets[index - 1] : this.fake.workbook.find(index);
    if (!sheet || (typeof index === 'number' && index < 1)) throw new FakeEtError(`no sheet ${String(index)}`);
    return new EtSheet(this.fake, sheet);
  }
  Add(before?: unknown, after?: unknown): EtSheet {
    this.fake.tick();
    if (this.fake.workbook.structureProtected) throw new FakeEtError('workbook structure is protected');
    let n = this.fake.workbook.sheets.length + 1;
    while (this.fake.workbook.find(`Sheet${n}`)) n += 1;
    const sheet = this.fake.workbook.addSheet(`Sheet${n}`);
    const list = this.fake.workbook.sheets;
    list.pop();
    const anchor = (after ?? before) as EtSheet | undefined;
    const at = anchor ? list.indexOf(anchor.sheet) + (after ? 1 : 0) : list.length;
    list.splice(at < 0 ? list.length : at, 0, sheet);
    return new EtSheet(this.fake, sheet);
  }
}

class EtSheet {
  constructor(private readonly fake: FakeEt, readonly sheet: FakeSheet) {}
  get Name(): string { this.fake.tick(); return this.sheet.name; }
  set Name(name: string) {
    this.fake.tick();
    if (this.fake.workbook.sheets.some((s) => s !== this.sheet && s.name.toLowerCase() === name.toLowerCase())) throw new FakeEtError('name taken');
    this.sheet.name = name;
  }
  get Visible(): number { this.fake.tick(); return this.sheet.visibility === 'Visible' ? -1 : this.sheet.visibility === 'Hidden' ? 0 : 2; }
  get ProtectContents(): boolean { this.fake.tick(); return this.sheet.protected; }
  get UsedRange(): EtRangeFake {
    this.fake.tick();
    const rect = this.fake.workbook.usedRect(this.sheet, false) ?? { top: 1, left: 1, bottom: 1, right: 1 };
    return new EtRangeFake(this.fake, this.sheet, rect);
  }
  Range(cell1: string, cell2?: string): EtRangeFake {
    this.fake.tick();
    const rect = parseAddress(cell2 ? `${cell1}:${cell2}` : cell1);
    return new EtRangeFake(this.fake, this.sheet, rect);
  }
  Activate(): void {
    this.fake.tick();
    if (this.sheet.visibility !== 'Visible') throw new FakeEtError('a hidden sheet cannot be activated');
    this.fake.workbook.activeSheet = this.sheet.name;
  }
}

function addressOf(rect: Rect, rowAbsolute: boolean, columnAbsolute: boolean): string {
  const one = (r: number, c: number) => `${columnAbsolute ? '$' : ''}${a1(r, c).replace(/\d+$/, '')}${rowAbsolute ? '$' : ''}${r}`;
  const start = one(rect.top, rect.left);
  return rect.top === rect.bottom && rect.left === rect.right ? start : `${start}:${one(rect.bottom, rect.right)}`;
}

function cellsOf(r: Rect): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

function comValue(cell: FakeCell): unknown {
  const v = cell.value;
  if (v === null) return cell.formula ? '' : undefined;
  if (isCellError(v)) return CVERR_OF[v.error] ?? -2146826273;
  return v;
}

function comFormula(cell: FakeCell): string {
  if (cell.formula) return cell.formula;
  const v = cell.value;
  if (v === null) return '';
  if (isCellError(v)) return v.error;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

const inMerge = (sheet: FakeSheet, r: number, c: number): Rect | undefined =>
  sheet.merges.find((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right);

export class EtRangeFake {
  constructor(private readonly fake: FakeEt, readonly sheet: FakeSheet, readonly rect: Rect) {}

  private cell(r: number, c: number): FakeCell {
    return this.sheet.cells.get(key(r, c)) ?? emptyCell();
  }

  private block<V>(read: (cell: FakeCell, r: number, c: number) => V): V | V[][] {
    if (cellsOf(this.rect) === 1) return read(this.cell(this.rect.top, this.rect.left), this.rect.top, this.rect.left);
    const out: V[][] = [];
    for (let r = this.rect.top; r <= this.rect.bottom; r += 1) {
      const row: V[] = [];
      for (let c = this.rect.left; c <= this.rect.right; c += 1) row.push(read(this.cell(r, c), r, c));
      out.push(row);
    }
    return out;
  }

  private uniform<V>(read: (cell: FakeCell, r: number, c: number) => V): V | null {
    let first: V | undefined;
    for (let r = this.rect.top; r <= this.rect.bottom; r += 1) {
      for (let c = this.rect.left; c <= this.rect.right; c += 1) {
        const v = read(this.cell(r, c), r, c);
        if (first === undefined) first = v;
        else if (v !== first) return null;
      }
    }
    return first ?? null;
  }

  private guardContents(): void {
    if (!this.sheet.protected) return;
    for (let r = this.rect.top; r <= this.rect.bottom; r += 1)
      for (let c = this.rect.left; c <= this.rect.right; c += 1)
        if (this.cell(r, c).locked) throw new FakeEtError(`locked cell on protected sheet ${this.sheet.name}`);
  }

  private guardFormat(): void {
    if (this.sheet.protected && !this.sheet.allowFormatCells) throw new FakeEtError(`formatting a protected sheet ${this.sheet.name}`);
  }

  private set(apply: (cell: FakeCell, r: number, c: number) => void): void {
    for (let r = this.rect.top; r <= this.rect.bottom; r += 1) {
      for (let c = this.rect.left; c <= this.rect.right; c += 1) {
        const k = key(r, c);
        const cell = this.sheet.cells.get(k) ?? emptyCell();
        apply(cell, r, c);
        this.sheet.cells.set(k, cell);
      }
    }
  }

  private writeContents(input: unknown): void {
    this.guardContents();
    this.fake.writes += 1;
    if (this.fake.failWriteAt !== undefined && this.fake.writes === this.fake.failWriteAt) throw new FakeEtError('write failed');
    const rows = cellsOf(this.rect) === 1 && !Array.isArray(input) ? [[input]] : (input as unknown[][]);
    this.set((cell, r, c) => {
      const raw = rows[r - this.rect.top]?.[c - this.rect.left];
      const parsed = parseInput(raw === undefined ? null : raw, cell.numFmt);
      cell.value = parsed.value;
      cell.formula = parsed.formula;
      cell.text = undefined;
    });
    this.fake.emitOwn(this.sheet.name, this.rect);
  }

  get Row(): number { this.fake.tick(); return this.rect.top; }
  get Column(): number { this.fake.tick(); return this.rect.left; }
  get Rows(): { Count: number } { this.fake.tick(); const fake = this.fake; const n = this.rect.bottom - this.rect.top + 1; return { get Count() { fake.tick(); return n; } }; }
  get Columns(): { Count: number } { this.fake.tick(); const fake = this.fake; const n = this.rect.right - this.rect.left + 1; return { get Count() { fake.tick(); return n; } }; }
  get Count(): number { this.fake.tick(); return cellsOf(this.rect); }

  get Value2(): unknown { this.fake.tick(); return this.block(comValue); }
  set Value2(input: unknown) { this.fake.tick(); this.writeContents(input); }
  /** Value() as Value2; Value(11) the range as XML Spreadsheet 2003 text (fake-et-xml.ts), or throws when switched off. */
  Value(type?: number): unknown {
    this.fake.tick();
    if (type === 11) {
      this.fake.valueXmlCalls += 1;
      if (!this.fake.valueXml) throw new FakeEtError('Value(11) is not supported');
      const xml = xmlSpreadsheetOf(this.sheet, this.rect);
      return this.fake.alterXml ? this.fake.alterXml(xml, this.rect) : xml;
    }
    return this.block(comValue);
  }
  get Formula(): unknown { this.fake.tick(); return this.block(comFormula); }
  set Formula(input: unknown) { this.fake.tick(); this.writeContents(input); }
  get Text(): unknown { this.fake.tick(); return this.uniform((cell) => displayText(cell)); }
  get HasFormula(): unknown { this.fake.tick(); return this.uniform((cell) => cell.formula !== undefined); }
  get NumberFormat(): unknown {
    this.fake.tick();
    const answer = this.uniform((cell) => (cell.numFmt === 'General' ? 'G/通用格式' : cell.numFmt));
    this.fake.onAsk?.('NumberFormat', this.rect, answer);
    return answer;
  }
  set NumberFormat(format: unknown) {
    this.fake.tick();
    this.guardFormat();
    this.set((cell) => void (cell.numFmt = format === 'G/通用格式' ? 'General' : String(format)));
  }
  get Locked(): unknown { this.fake.tick(); return this.uniform((cell) => cell.locked); }
  get MergeCells(): unknown {
    this.fake.tick();
    const answer = this.uniform((_cell, r, c) => inMerge(this.sheet, r, c) !== undefined);
    this.fake.onAsk?.('MergeCells', this.rect, answer);
    return answer;
  }
  get MergeArea(): EtRangeFake {
    this.fake.tick();
    const m = inMerge(this.sheet, this.rect.top, this.rect.left);
    const area = m ?? { top: this.rect.top, left: this.rect.left, bottom: this.rect.top, right: this.rect.left };
    this.fake.onAsk?.('MergeArea', this.rect, area);
    return new EtRangeFake(this.fake, this.sheet, area);
  }
  Address(rowAbsolute = true, columnAbsolute = true): string {
    this.fake.tick();
    return addressOf(this.rect, rowAbsolute, columnAbsolute);
  }
  get Areas(): unknown {
    this.fake.tick();
    const fake = this.fake;
    const rects = [this.rect];
    return { get Count() { fake.tick(); return rects.length; }, Item: (i: number) => { fake.tick(); if (i < 1 || i > rects.length) throw new FakeEtError('no area'); return this; } };
  }
  SpecialCells(type: number): unknown {
    this.fake.tick();
    if (type !== 12) throw new FakeEtError(`SpecialCells(${type}) not modelled`);
    const rows: number[] = [];
    const cols: number[] = [];
    for (let r = this.rect.top; r <= this.rect.bottom; r += 1) if (!this.sheet.hiddenRows.has(r)) rows.push(r);
    for (let c = this.rect.left; c <= this.rect.right; c += 1) if (!this.sheet.hiddenCols.has(c)) cols.push(c);
    if (rows.length === 0 || cols.length === 0) throw new FakeEtError('No cells were found.');
    const runs = (xs: number[]) => {
      const out: Array<[number, number]> = [];
      for (const x of xs) {
        const last = out[out.length - 1];
        if (last && last[1] === x - 1) last[1] = x;
        else out.push([x, x]);
      }
      return out;
    };
    const areas: EtRangeFake[] = [];
    for (const [top, bottom] of runs(rows)) for (const [left, right] of runs(cols)) areas.push(new EtRangeFake(this.fake, this.sheet, { top, left, bottom, right }));
    const fake = this.fake;
    return { get Areas() { fake.tick(); return { get Count() { fake.tick(); return areas.length; }, Item(i: number) { fake.tick(); const a = areas[i - 1]; if (!a) throw new FakeEtError('no area'); return a; } }; } };
  }
  /** Find('*', …, searchOrder, xlPrevious): the last cell with a value or formula (by rows or by columns); null when none. */
  Find(what: unknown, _after?: unknown, _lookIn?: number, _lookAt?: number, order = 1, direction = 1): EtRangeFake | null {
    this.fake.tick();
    if (what !== '*' || direction !== 2) throw new FakeEtError('only Find("*") backwards is modelled');
    let best: { r: number; c: number } | undefined;
    for (const [k, cell] of this.sheet.cells) {
      if (cell.value === null && cell.formula === undefined) continue;
      const r = Math.floor(k / 16385);
      const c = k % 16385;
      if (r < this.rect.top || r > this.rect.bottom || c < this.rect.left || c > this.rect.right) continue;
      const later = !best || (order === 1 ? r > best.r || (r === best.r && c > best.c) : c > best.c || (c === best.c && r > best.r));
      if (later) best = { r, c };
    }
    return best ? new EtRangeFake(this.fake, this.sheet, { top: best.r, left: best.c, bottom: best.r, right: best.c }) : null;
  }

  get Interior(): unknown {
    this.fake.tick();
    const range = this;
    const fake = this.fake;
    const filled = (cell: FakeCell) => cell.fill.pattern !== 'None';
    return {
      get Color(): number | null { fake.tick(); return range.uniform((cell) => (filled(cell) ? bgrOf(cell.fill.color) : 16777215)); },
      set Color(bgr: number | null) {
        fake.tick();
        range.guardFormat();
        range.set((cell) => void (cell.fill = { color: hexOfBgr(Number(bgr)), pattern: 'Solid', patternColor: cell.fill.patternColor }));
      },
      get ColorIndex(): number | null { fake.tick(); return range.uniform((cell) => (filled(cell) ? 1 : -4142)); },
      set ColorIndex(index: number | null) {
        fake.tick();
        range.guardFormat();
        if (index !== -4142) throw new FakeEtError('only xlNone is modelled');
        range.set((cell) => void (cell.fill = { ...NO_FILL }));
      },
      get Pattern() { fake.tick(); return range.uniform((cell) => (filled(cell) ? 1 : -4142)); },
    };
  }
  /** The top-left cell's 批注, or null; Text() reads it, Delete() removes it (a protected sheet refuses). */
  get Comment(): unknown {
    this.fake.tick();
    const k = key(this.rect.top, this.rect.left);
    return this.sheet.notes.has(k) ? this.commentAt(k) : null;
  }
  private commentAt(k: number): unknown {
    const fake = this.fake;
    const range = this;
    return {
      Text(text?: string): string {
        fake.tick();
        if (text !== undefined) {
          range.guardComments();
          range.sheet.notes.set(k, String(text));
        }
        const now = range.sheet.notes.get(k);
        if (now === undefined) throw new FakeEtError('the comment was deleted');
        return now;
      },
      Delete(): void {
        fake.tick();
        range.guardComments();
        if (!range.sheet.notes.delete(k)) throw new FakeEtError('the comment was deleted');
      },
    };
  }
  /** Adds a 批注 to a single cell; like ET, fails when the cell already has one or the sheet is protected. */
  AddComment(text?: string): unknown {
    this.fake.tick();
    if (cellsOf(this.rect) !== 1) throw new FakeEtError('AddComment needs a single cell');
    this.guardComments();
    const k = key(this.rect.top, this.rect.left);
    if (this.sheet.notes.has(k)) throw new FakeEtError('the cell already has a comment');
    this.sheet.notes.set(k, text === undefined ? '' : String(text));
    return this.commentAt(k);
  }
  private guardComments(): void {
    if (this.sheet.protected) throw new FakeEtError(`comments on a protected sheet ${this.sheet.name}`);
  }
  Select(): void {
    this.fake.tick();
    if (this.fake.workbook.activeSheet !== this.sheet.name) throw new FakeEtError('Select needs the sheet to be active');
    this.fake.workbook.selection = { sheet: this.sheet.name, address: addressOf(this.rect, false, false) };
    this.fake.emitSelection(this.sheet.name, addressOf(this.rect, false, false));
  }
  Activate(): void {
    this.fake.tick();
  }
  ClearContents(): void {
    this.fake.tick();
    this.guardContents();
    this.fake.writes += 1;
    if (this.fake.failWriteAt !== undefined && this.fake.writes === this.fake.failWriteAt) throw new FakeEtError('write failed');
    this.set((cell) => {
      cell.value = null;
      cell.formula = undefined;
      cell.text = undefined;
    });
    this.fake.emitOwn(this.sheet.name, this.rect);
  }
}

/** A cell of the fake's workbook, read without counting (for assertions). */
export function fakeCell(fake: FakeEt, sheet: string, address: string): { value: CellValue; formula?: string } {
  const p = parseA1(address);
  if (!p) throw new Error(`bad address ${address}`);
  const cell = fake.workbook.sheet(sheet).cells.get(key(p.row, p.col)) ?? emptyCell();
  return cell.formula ? { value: cell.value, formula: cell.formula } : { value: cell.value };
}

/** Bridge calls of the WPS host to read `grid` once (the wpsBridgeCalls benchmark). */
export async function countWpsReadCalls(grid: WorkbookGrid, read: (application: unknown) => Promise<unknown>, options: { valueXml?: boolean } = {}): Promise<number> {
  const fake = new FakeEt(grid);
  if (options.valueXml === false) fake.valueXml = false;
  return fake.countCalls(() => read(fake.application));
}
