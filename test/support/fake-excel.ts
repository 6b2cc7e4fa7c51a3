// A fake Excel for tests and benchmarks: Excel.run and a RequestContext over an in-memory workbook,
// with Office.js's proxy/load/sync semantics, that COUNTS sync() round trips and records what each
// one carried. Use it through `fake.deps` with createExcelHost(fake.deps):
//
//   const fake = new FakeExcel(workbookOf(sheetFromRows('Sheet1', rows)));
//   const host = createExcelHost(fake.deps);
//   const syncs = await fake.countSyncs(() => host.readWorkbook());
//
// Modelled limits: a payload limit (set payloadLimitBytes = 5 MB to act like Excel on the web), the
// 5,000,000-cell range read limit, the 512 merged areas limit of getMergedAreasOrNullObject,
// locked cells on protected sheets, formatting on protected sheets, hidden sheets not activatable.
import type { CellValue, WorkbookGrid } from '../../src/core/grid/types';
import type { ExcelDeps } from '../../src/hosts/excel/deps';
import { createExcelHost } from '../../src/hosts/excel/host';
import { functionNamesFor, type FunctionNames } from '../../src/functions/names';
import { FakeWorkbook } from './fake-excel/model';
import { FakeContext, type SyncRecord } from './fake-excel/proxy';
import type { PendingCalc } from './fake-excel/range';
import { WorkbookProxy, type ChangeHandler } from './fake-excel/workbook';

import type { FakeSheet } from './fake-excel/model';

export { FakeWorkbook, FakeExcelError, type FakeCell, type FakeSheet } from './fake-excel/model';
export type { SyncRecord } from './fake-excel/proxy';

export interface FakeRequestContext {
  readonly workbook: WorkbookProxy;
  sync(): Promise<void>;
}

function versionAtMost(version: string, max: string): boolean {
  const a = version.split('.').map(Number);
  const b = max.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d < 0;
  }
  return true;
}

export class FakeExcel {
  readonly workbook: FakeWorkbook;
  /** Highest ExcelApi version this fake claims (isSetSupported). */
  apiVersion = '1.17';
  /** Highest CustomFunctionsRuntime version (Microsoft 365: 1.5); undefined for an Excel without custom functions. */
  customFunctionsVersion: string | undefined = '1.5';
  /**
   * Office.context.displayLanguage. 'zh-CN' makes this Excel show PERF's functions by their Chinese
   * names: formulasLocal reads and takes PERF.指标得分, and PERF.SCORE through range.formulas is #NAME?.
   */
  displayLanguage = 'en-US';
  /** Request and response payload limit per sync (Excel on the web: 5 MB). */
  payloadLimitBytes = Number.POSITIVE_INFINITY;
  maxRangeCells = 5_000_000;
  readonly apiCalls = new Map<string, number>();
  settingsLimitBytes = 2 * 1024 * 1024;
  syncCount = 0;
  readonly log: SyncRecord[] = [];
  /** Runs at the start of every sync (1-based index): simulate a user editing between round trips. */
  beforeSync?: (index: number) => void;
  /** Fault injection: return an error code to make sync `index` fail as a whole. */
  failSync?: (index: number, ops: { loads: number; writes: number }) => string | undefined;
  /** Fault injection: return an error code to make the n-th write command of sync `index` fail. */
  failWrite?: (index: number, write: number) => string | undefined;
  /** Custom functions (=PERF.…) answer this many fake milliseconds after the write; until then #BUSY!. */
  customFunctionMs = 0;
  readonly pendingCalcs: PendingCalc[] = [];
  /** Fake time: advanced only by deps.sleep, so waits cost no real time. */
  clockMs = 0;
  /** Computes the value of a formula written by the add-in; null when absent. */
  evaluate?: (sheet: string, address: string, formula: string) => CellValue;
  readonly changeHandlers = new Set<ChangeHandler>();
  readonly calculatedHandlers = new Set<ChangeHandler>();
  readonly nameChangedHandlers = new Set<ChangeHandler>();
  readonly selectionHandlers = new Set<ChangeHandler>();
  /** Selections made by the add-in (range.select()), whose events fire after the sync. */
  private ownSelections: Array<{ sheet: FakeSheet; address: string }> = [];
  /** Events raised by the add-in's own writes, fired after the sync. */
  private ownEvents: Array<{ sheet: FakeSheet; address: string }> = [];
  /** Every event fired, in order (kind, sheet name, triggerSource). */
  readonly events: Array<{ kind: 'changed' | 'calculated' | 'nameChanged' | 'selectionChanged'; sheet: string; triggerSource?: string }> = [];
  /** Contexts that ended with commands never synced (Excel.run flushes them in one more round trip). */
  flushedAtEnd = 0;
  now = new Date('2024-03-01T08:00:00Z');
  /** The user is typing in a cell (Excel's cell edit mode): see startCellEdit. */
  cellEditing = false;
  /** Excel.run calls and the options each was given. */
  readonly runs: Array<{ delayForCellEdit: boolean }> = [];
  private ids = 0;
  private editEnded?: { promise: Promise<void>; resolve: () => void };

  constructor(source?: WorkbookGrid | FakeWorkbook) {
    this.workbook = source instanceof FakeWorkbook ? source : FakeWorkbook.from(source ?? { sheets: [{ name: 'Sheet1', rows: [], rowCount: 0, colCount: 0, merges: [] }] });
  }

  /** Finishes every calculation whose time has come: the cell takes its value. */
  settleCalculations(): void {
    for (let i = this.pendingCalcs.length - 1; i >= 0; i -= 1) {
      const calc = this.pendingCalcs[i];
      if (calc.readyAt > this.clockMs) continue;
      calc.cell.value = calc.value;
      this.pendingCalcs.splice(i, 1);
    }
  }

  /** Excel recalculates a formula cell: it keeps its old value until the calculation ends `ms` later. */
  recalculate(sheet: string, address: string, value: CellValue, ms: number): void {
    const p = this.workbook.cell(sheet, address);
    const s = this.workbook.sheet(sheet);
    const cell = [...s.cells.values()].find((c) => c === p);
    if (!cell) throw new Error(`no cell ${sheet}!${address}`);
    this.pendingCalcs.push({ cell, value, readyAt: this.clockMs + ms });
  }

  /** The user starts typing in a cell: plain batches now fail, delayed ones wait. */
  startCellEdit(): void {
    this.cellEditing = true;
  }

  /** The user presses Enter or Esc: delayed batches go on. */
  endCellEdit(): void {
    this.cellEditing = false;
    const ended = this.editEnded;
    this.editEnded = undefined;
    ended?.resolve();
  }

  cellEditEnded(): Promise<void> {
    if (!this.editEnded) {
      let resolve = (): void => undefined;
      const promise = new Promise<void>((r) => {
        resolve = r;
      });
      this.editEnded = { promise, resolve };
    }
    return this.editEnded.promise;
  }

  newContext(options?: { delayForCellEdit?: boolean }): FakeRequestContext {
    const context = new FakeContext(this, options?.delayForCellEdit === true);
    const workbook = new WorkbookProxy(context, this);
    return { workbook, sync: () => context.sync() };
  }

  private async runIn<T>(ctx: FakeRequestContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    const result = await batch(ctx as unknown as Excel.RequestContext);
    const inner = (ctx.workbook as unknown as { context: FakeContext }).context;
    if (inner.pending > 0) {
      this.flushedAtEnd += 1;
      await ctx.sync();
    }
    return result;
  }

  run = <T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: { delayForCellEdit?: boolean }): Promise<T> => {
    this.runs.push({ delayForCellEdit: options?.delayForCellEdit === true });
    return this.runIn(this.newContext(options), batch);
  };

  runWith = <T>(object: unknown, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const inner = (object as { context?: FakeContext }).context ?? (object as FakeContext);
    const workbook = new WorkbookProxy(inner, this);
    this.runs.push({ delayForCellEdit: inner.delayForCellEdit });
    return this.runIn({ workbook, sync: () => inner.sync() }, batch);
  };

  isSetSupported = (name: string, version: string): boolean => {
    if (name === 'ExcelApi') return versionAtMost(version, this.apiVersion);
    if (name === 'CustomFunctionsRuntime') return this.customFunctionsVersion !== undefined && versionAtMost(version, this.customFunctionsVersion);
    return false;
  };

  /** Which names PERF's functions are shown by here (FakeEnv: the ranges' formulasLocal and #NAME?). */
  get functionNames(): FunctionNames {
    return functionNamesFor(this.displayLanguage);
  }

  /** What createExcelHost needs, bound to this fake. */
  get deps(): ExcelDeps {
    return {
      run: this.run,
      runWith: this.runWith as ExcelDeps['runWith'],
      isSetSupported: this.isSetSupported,
      displayLanguage: () => this.displayLanguage,
      now: () => this.now,
      sleep: async (ms: number) => {
        this.clockMs += ms;
        await Promise.resolve();
      },
      newId: () => `entry-${++this.ids}`,
    };
  }

  /** Sync round trips made while `task` runs. */
  async countSyncs(task: () => Promise<unknown>): Promise<number> {
    const before = this.syncCount;
    await task();
    return this.syncCount - before;
  }

  /**
   * Fires worksheets.onChanged as Excel does after an edit: by the user ('Unknown'), or by this
   * add-in ('ThisLocalAddin', ExcelApi 1.14; before 1.14 the property is absent).
   */
  async emitChanged(sheet: string, address: string, triggerSource = 'Unknown'): Promise<void> {
    const target = this.workbook.sheet(sheet);
    const args: Record<string, unknown> = { worksheetId: target.id, address, changeType: 'RangeEdited', source: 'Local', type: 'WorksheetChanged' };
    if (this.isSetSupported('ExcelApi', '1.14')) args.triggerSource = triggerSource;
    this.events.push({ kind: 'changed', sheet: target.name, triggerSource });
    await Promise.all([...this.changeHandlers].map((h) => h(args)));
  }

  /** Fires worksheets.onCalculated: a sheet finished calculating (formulas depending on another sheet's edit). */
  async emitCalculated(sheet: string): Promise<void> {
    const target = this.workbook.sheet(sheet);
    this.events.push({ kind: 'calculated', sheet: target.name });
    const args = { worksheetId: target.id, type: 'WorksheetCalculated', address: '' };
    await Promise.all([...this.calculatedHandlers].map((h) => h(args)));
  }

  /** The user renames a sheet: worksheets.onNameChanged fires (ExcelApi 1.17). */
  async renameSheet(from: string, to: string): Promise<void> {
    const target = this.workbook.sheet(from);
    target.name = to;
    if (!this.isSetSupported('ExcelApi', '1.17')) return;
    this.events.push({ kind: 'nameChanged', sheet: to });
    const args = { worksheetId: target.id, nameBefore: from, nameAfter: to, source: 'Local', type: 'WorksheetNameChanged' };
    await Promise.all([...this.nameChangedHandlers].map((h) => h(args)));
  }

  /**
   * The user selects `address` on `sheet` (a click or the keyboard): the sheet becomes active and
   * worksheets.onSelectionChanged fires with the sheet's id and the address ('B5' or 'B5:C7').
   */
  async userSelects(sheet: string, address: string): Promise<void> {
    const target = this.workbook.sheet(sheet);
    this.workbook.activeSheet = target.name;
    this.workbook.selection = { sheet: target.name, address };
    await this.emitSelectionChanged(target, address);
  }

  private async emitSelectionChanged(target: FakeSheet, address: string): Promise<void> {
    this.events.push({ kind: 'selectionChanged', sheet: target.name });
    const args = { worksheetId: target.id, address, type: 'WorksheetSelectionChanged' };
    await Promise.all([...this.selectionHandlers].map((h) => h(args)));
  }

  ownWrite(sheet: FakeSheet, address: string): void {
    this.ownEvents.push({ sheet, address });
  }

  ownSelection(sheet: FakeSheet, address: string): void {
    this.ownSelections.push({ sheet, address });
  }

  /** After a sync: one onChanged per write command of this add-in, then onCalculated for each sheet written. */
  afterSync(): void {
    const selections = this.ownSelections;
    this.ownSelections = [];
    for (const e of selections) void this.emitSelectionChanged(e.sheet, e.address);
    const events = this.ownEvents;
    this.ownEvents = [];
    if (events.length === 0) return;
    for (const e of events) void this.emitChanged(e.sheet.name, e.address, 'ThisLocalAddin');
    for (const sheet of new Set(events.map((e) => e.sheet.name))) void this.emitCalculated(sheet);
  }
}

/**
 * Read round trips of the Excel host for one workbook (the readSyncs benchmark): a fresh host
 * reads `grid` through the fake once; `webLimit` applies Excel on the web's 5 MB payload limit.
 */
export async function countReadSyncs(grid: WorkbookGrid, options: { webLimit?: boolean } = {}): Promise<number> {
  const fake = new FakeExcel(grid);
  if (options.webLimit) fake.payloadLimitBytes = 5 * 1024 * 1024;
  const host = createExcelHost(fake.deps);
  return fake.countSyncs(() => host.readWorkbook());
}
