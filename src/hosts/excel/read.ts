// readWorkbook: every sheet into the grid model in ONE context.sync() for ordinary workbooks.
//
// The sheet list is not loaded first: the batch walks the sheets itself with
// worksheets.getFirst() → getNextOrNullObject() → … (ExcelApi 1.5), queueing for each step the
// sheet's name, visibility, protection and the head of its used range (values, formulas, number
// formats, value types, text, merged areas, visible areas). Steps past the last sheet are null
// objects and everything chained from them is null too, so one sync returns the whole workbook.
// The walk is speculative: 64 steps (or the last count + 8); more sheets cost one sync per 64.
//
// Payload: Excel on the web limits a request or response to 5 MB and any range read to 5 million
// cells. The head of each sheet is therefore capped (500 rows × 64 columns); larger used ranges are
// read in row chunks, packed into batches of about 40,000 cells. A batch that still fails (size, or
// more than 512 merged areas in a range) is split in halves until it passes; what cannot be read is
// skipped with a note in grid.notes. Sheets beyond 1 million cells, or a workbook beyond 3 million,
// are truncated with a note. If the single-batch read fails as a whole, a conservative path reads
// the sheet list, then the used ranges, then the chunks.
import type { Message } from '../../core/findings/types';
import { columnLetters } from '../../core/grid/address';
import type { Rect, SheetGrid, WorkbookGrid } from '../../core/grid/types';
import type { ReadOptions } from '../types';
import type { ExcelFeatures } from './capabilities';
import type { ExcelDeps } from './deps';
import { HostError, errorDetail, isAbort, throwIfAborted } from './errors';
import { msg } from './messages';
import { SheetBuilder, type BlockData } from './sheet-builder';
import type { Snapshots } from './snapshot';

export const READ_LIMITS = {
  headRows: 500,
  headCols: 64,
  chainSteps: 64,
  chunkCells: 20_000,
  batchCells: 40_000,
  sheetCells: 1_000_000,
  workbookCells: 3_000_000,
} as const;

const HEAD_ADDRESS = `A1:${columnLetters(READ_LIMITS.headCols)}${READ_LIMITS.headRows}`;
const DATA_PROPS = 'values,formulas,numberFormat,valueTypes,text';
const RECT_PROPS = 'rowIndex,columnIndex,rowCount,columnCount';
const AREA_PROPS = 'items/rowIndex,items/columnIndex,items/rowCount,items/columnCount';

export interface ReadState {
  /** Sheets found by the last read: sizes the speculative walk of the next one. */
  sheetCountHint: number;
  /** What each sheet held when last read completely, for the checks before a fix. */
  readonly snapshots: Snapshots;
}

interface ReadEnv {
  readonly deps: ExcelDeps;
  readonly features: ExcelFeatures;
  readonly state: ReadState;
}

interface Extras {
  readonly merges?: Excel.RangeAreas;
  readonly visible?: Excel.RangeAreas;
}

interface SheetProbe extends Extras {
  readonly sheet: Excel.Worksheet;
  readonly used: Excel.Range;
  readonly head: Excel.Range;
}

interface Unit {
  readonly sheet: string;
  readonly rect: Rect;
  readonly extras: boolean;
}

interface Job {
  readonly builders: Map<string, SheetBuilder>;
  readonly order: string[];
  readonly notes: Message[];
  readonly pending: Map<string, number>;
  readonly limitRows: Map<string, number>;
  /** Sheets not read in full (truncated, rows skipped): no snapshot for them. */
  readonly incomplete: Set<string>;
  readonly used: Map<string, Rect>;
  readonly options: ReadOptions;
  name?: string;
}

type RangeLike = Pick<Excel.Range, 'rowIndex' | 'columnIndex' | 'rowCount' | 'columnCount'>;

const rectOf = (r: RangeLike): Rect => ({
  top: r.rowIndex + 1,
  left: r.columnIndex + 1,
  bottom: r.rowIndex + r.rowCount,
  right: r.columnIndex + r.columnCount,
});

const cellsIn = (r: Rect): number => (r.bottom - r.top + 1) * (r.right - r.left + 1);

function queueExtras(range: Excel.Range, features: ExcelFeatures, wanted: boolean): Extras {
  if (!wanted) return {};
  const out: { merges?: Excel.RangeAreas; visible?: Excel.RangeAreas } = {};
  if (features.merges) {
    out.merges = range.getMergedAreasOrNullObject();
    out.merges.areas.load(AREA_PROPS);
  }
  if (features.visibleCells) {
    out.visible = range.getSpecialCellsOrNullObject('Visible');
    out.visible.areas.load(AREA_PROPS);
  }
  return out;
}

function areasOf(areas: Excel.RangeAreas | undefined): Rect[] | undefined {
  if (!areas || areas.isNullObject) return undefined;
  return areas.areas.items.map(rectOf);
}

function applyExtras(builder: SheetBuilder, block: Rect, extras: Extras, features: ExcelFeatures): void {
  if (extras.merges) builder.addMerges(areasOf(extras.merges) ?? []);
  if (extras.visible && features.visibleCells) builder.addVisibility(block, areasOf(extras.visible));
}

function blockData(range: Excel.Range): Omit<BlockData, 'top' | 'left'> {
  return {
    values: range.values,
    formulas: range.formulas,
    numberFormat: range.numberFormat,
    valueTypes: range.valueTypes,
    text: range.text,
  };
}

function queueProbe(sheet: Excel.Worksheet, features: ExcelFeatures): SheetProbe {
  sheet.load('name,visibility');
  sheet.protection.load('protected');
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load(RECT_PROPS);
  const head = used.getIntersectionOrNullObject(HEAD_ADDRESS);
  head.load(`${RECT_PROPS},${DATA_PROPS}`);
  return { sheet, used, head, ...queueExtras(head, features, true) };
}

async function syncChecked(context: Excel.RequestContext, signal?: AbortSignal): Promise<void> {
  throwIfAborted(signal);
  await context.sync();
  throwIfAborted(signal);
}

function reportProgress(job: Job, sheet?: string): void {
  if (!job.options.onProgress) return;
  let done = 0;
  for (const name of job.order) if ((job.pending.get(name) ?? 0) === 0) done += 1;
  try {
    job.options.onProgress({ done, total: job.order.length, sheet });
  } catch {
    // A failing progress callback must not break the read.
  }
}

/** Rows of `rect` in chunks of at most `chunkCells`, cut at `budget` cells; returns the chunks and rows left out. */
function chunk(sheet: string, rect: Rect, budget: number): { units: Unit[]; used: number; cutAt?: number } {
  const width = rect.right - rect.left + 1;
  const rowsPerChunk = Math.max(1, Math.floor(READ_LIMITS.chunkCells / width));
  const units: Unit[] = [];
  let used = 0;
  for (let top = rect.top; top <= rect.bottom; top += rowsPerChunk) {
    let bottom = Math.min(rect.bottom, top + rowsPerChunk - 1);
    const room = Math.floor((budget - used) / width);
    if (room <= 0) return { units, used, cutAt: top - 1 };
    if (bottom - top + 1 > room) bottom = top + room - 1;
    units.push({ sheet, rect: { top, left: rect.left, bottom, right: rect.right }, extras: true });
    used += (bottom - top + 1) * width;
    if (bottom < Math.min(rect.bottom, top + rowsPerChunk - 1)) return { units, used, cutAt: bottom };
  }
  return { units, used };
}

/** Units covering `rects` of one sheet, within the sheet and workbook cell budgets. */
function plan(job: Job, sheet: string, used: Rect, rects: readonly Rect[], alreadyRead: number, budget: { left: number }): Unit[] {
  const units: Unit[] = [];
  let sheetLeft = Math.min(READ_LIMITS.sheetCells - alreadyRead, budget.left);
  for (const rect of rects) {
    const part = chunk(sheet, rect, Math.max(0, sheetLeft));
    units.push(...part.units);
    sheetLeft -= part.used;
    budget.left -= part.used;
    if (part.cutAt !== undefined) {
      job.limitRows.set(sheet, part.cutAt);
      job.incomplete.add(sheet);
      job.notes.push(msg.sheetTooLarge(sheet, used.bottom, used.right, part.cutAt));
      break;
    }
  }
  return units;
}

function batches(units: readonly Unit[]): Unit[][] {
  const out: Unit[][] = [];
  let current: Unit[] = [];
  let size = 0;
  for (const unit of units) {
    const cells = cellsIn(unit.rect);
    if (current.length > 0 && size + cells > READ_LIMITS.batchCells) {
      out.push(current);
      current = [];
      size = 0;
    }
    current.push(unit);
    size += cells;
  }
  if (current.length > 0) out.push(current);
  return out;
}

function splitRows(unit: Unit): [Unit, Unit] {
  const mid = Math.floor((unit.rect.top + unit.rect.bottom) / 2);
  return [
    { ...unit, rect: { ...unit.rect, bottom: mid } },
    { ...unit, rect: { ...unit.rect, top: mid + 1 } },
  ];
}

function finishUnit(job: Job, sheet: string): void {
  job.pending.set(sheet, (job.pending.get(sheet) ?? 1) - 1);
  reportProgress(job, sheet);
}

/** Reads units in one sync; on failure splits the batch, then the rows, then drops the extras. */
async function runBatch(context: Excel.RequestContext, env: ReadEnv, job: Job, units: readonly Unit[]): Promise<void> {
  const queued = units.map((unit) => {
    const range = context.workbook.worksheets
      .getItem(unit.sheet)
      .getRangeByIndexes(unit.rect.top - 1, unit.rect.left - 1, unit.rect.bottom - unit.rect.top + 1, unit.rect.right - unit.rect.left + 1);
    range.load(DATA_PROPS);
    return { unit, range, extras: queueExtras(range, env.features, unit.extras) };
  });
  try {
    await syncChecked(context, job.options.signal);
  } catch (error) {
    if (isAbort(error)) throw error;
    if (units.length > 1) {
      const mid = Math.ceil(units.length / 2);
      await runBatch(context, env, job, units.slice(0, mid));
      await runBatch(context, env, job, units.slice(mid));
      return;
    }
    const unit = units[0];
    if (unit.rect.bottom > unit.rect.top) {
      const [a, b] = splitRows(unit);
      job.pending.set(unit.sheet, (job.pending.get(unit.sheet) ?? 0) + 1);
      await runBatch(context, env, job, [a]);
      await runBatch(context, env, job, [b]);
      return;
    }
    if (unit.extras && (env.features.merges || env.features.visibleCells)) {
      if (env.features.merges) job.notes.push(msg.mergesUnreadable(unit.sheet));
      await runBatch(context, env, job, [{ ...unit, extras: false }]);
      return;
    }
    job.notes.push(msg.rowsUnreadable(unit.sheet, String(unit.rect.top)));
    job.incomplete.add(unit.sheet);
    finishUnit(job, unit.sheet);
    return;
  }
  for (const { unit, range, extras } of queued) {
    const builder = job.builders.get(unit.sheet);
    if (!builder) continue;
    builder.addBlock({ top: unit.rect.top, left: unit.rect.left, ...blockData(range) });
    applyExtras(builder, unit.rect, extras, env.features);
    finishUnit(job, unit.sheet);
  }
}

async function runUnits(context: Excel.RequestContext, env: ReadEnv, job: Job, units: readonly Unit[]): Promise<void> {
  for (const unit of units) job.pending.set(unit.sheet, (job.pending.get(unit.sheet) ?? 0) + 1);
  reportProgress(job);
  for (const batch of batches(units)) await runBatch(context, env, job, batch);
}

function newJob(options: ReadOptions): Job {
  return { builders: new Map(), order: [], notes: [], pending: new Map(), limitRows: new Map(), incomplete: new Set(), used: new Map(), options };
}

function addSheet(job: Job, name: string, visibility: string, isProtected: boolean | undefined): SheetBuilder {
  const builder = new SheetBuilder(name);
  builder.visibility = visibility;
  builder.isProtected = isProtected;
  job.builders.set(name, builder);
  job.order.push(name);
  return builder;
}

function finish(job: Job, state: ReadState): WorkbookGrid {
  const sheets: SheetGrid[] = job.order.map((name) => {
    const builder = job.builders.get(name) as SheetBuilder;
    return builder.build(job.limitRows.get(name));
  });
  if (!job.options.sheets) state.snapshots.clear();
  for (const sheet of sheets) {
    if (job.incomplete.has(sheet.name)) state.snapshots.delete(sheet.name);
    else state.snapshots.set(sheet.name, { used: job.used.get(sheet.name), rows: sheet.rows, overrides: new Map() });
  }
  const grid: { -readonly [K in keyof WorkbookGrid]: WorkbookGrid[K] } = { sheets };
  if (job.name) grid.name = job.name;
  const notes = [...new Map(job.notes.map((note) => [note.zh, note])).values()];
  if (notes.length > 0) grid.notes = notes;
  return grid;
}

/** The one-sync path: walk (or name) the sheets, read each head; then chunks for big sheets. */
async function readFast(context: Excel.RequestContext, env: ReadEnv, options: ReadOptions): Promise<WorkbookGrid> {
  const job = newJob(options);
  const workbook = context.workbook;
  workbook.load('name');
  const probes: SheetProbe[] = [];
  const wanted = options.sheets;
  if (wanted) {
    for (const name of wanted) probes.push(queueProbe(workbook.worksheets.getItemOrNullObject(name), env.features));
    await syncChecked(context, options.signal);
  } else {
    const steps = Math.max(READ_LIMITS.chainSteps, env.state.sheetCountHint + 8);
    let sheet = workbook.worksheets.getFirst();
    for (;;) {
      const round: SheetProbe[] = [];
      for (let i = 0; i < steps; i += 1) {
        round.push(queueProbe(sheet, env.features));
        sheet = sheet.getNextOrNullObject();
      }
      await syncChecked(context, options.signal);
      probes.push(...round);
      if (round[round.length - 1].sheet.isNullObject) break;
    }
  }
  job.name = workbook.name;
  const missing: string[] = [];
  const budget = { left: READ_LIMITS.workbookCells };
  const skipped: string[] = [];
  const later: Unit[] = [];
  probes.forEach((probe, i) => {
    if (probe.sheet.isNullObject) {
      if (wanted) missing.push(wanted[i]);
      return;
    }
    const builder = addSheet(job, probe.sheet.name, probe.sheet.visibility, probe.sheet.protection.protected);
    if (probe.used.isNullObject) return;
    const used = rectOf(probe.used);
    job.used.set(builder.name, used);
    builder.extend(used.bottom, used.right);
    let headCells = 0;
    const rest: Rect[] = [];
    if (!probe.head.isNullObject) {
      const head = rectOf(probe.head);
      headCells = cellsIn(head);
      builder.addBlock({ top: head.top, left: head.left, ...blockData(probe.head) });
      applyExtras(builder, head, probe, env.features);
      if (used.right > head.right) rest.push({ top: head.top, left: head.right + 1, bottom: head.bottom, right: used.right });
      if (used.bottom > head.bottom) rest.push({ top: head.bottom + 1, left: used.left, bottom: used.bottom, right: used.right });
    } else {
      rest.push(used);
    }
    budget.left -= headCells;
    if (rest.length === 0) return;
    if (budget.left <= 0) {
      skipped.push(builder.name);
      job.incomplete.add(builder.name);
      return;
    }
    later.push(...plan(job, builder.name, used, rest, headCells, budget));
  });
  env.state.sheetCountHint = job.order.length;
  if (missing.length > 0) job.notes.push(msg.sheetsMissing(missing));
  if (skipped.length > 0) job.notes.push(msg.workbookTooLarge(skipped));
  await runUnits(context, env, job, later);
  return finish(job, env.state);
}

/** The conservative path: sheet list, then used ranges, then chunks (3 syncs or more). */
async function readCareful(context: Excel.RequestContext, env: ReadEnv, options: ReadOptions): Promise<WorkbookGrid> {
  const job = newJob(options);
  const workbook = context.workbook;
  workbook.load('name');
  const collection = workbook.worksheets;
  collection.load('items/name,items/visibility');
  await syncChecked(context, options.signal);
  job.name = workbook.name;
  let sheets = collection.items;
  if (options.sheets) {
    const wanted = new Set(options.sheets);
    const missing = options.sheets.filter((name) => !sheets.some((s) => s.name === name));
    if (missing.length > 0) job.notes.push(msg.sheetsMissing(missing));
    sheets = sheets.filter((s) => wanted.has(s.name));
  }
  const used = sheets.map((sheet) => {
    sheet.protection.load('protected');
    const range = sheet.getUsedRangeOrNullObject(true);
    range.load(RECT_PROPS);
    return range;
  });
  await syncChecked(context, options.signal);
  const budget = { left: READ_LIMITS.workbookCells };
  const skipped: string[] = [];
  const units: Unit[] = [];
  sheets.forEach((sheet, i) => {
    const builder = addSheet(job, sheet.name, sheet.visibility, sheet.protection.protected);
    if (used[i].isNullObject) return;
    const rect = rectOf(used[i]);
    job.used.set(sheet.name, rect);
    builder.extend(rect.bottom, rect.right);
    if (budget.left <= 0) {
      skipped.push(sheet.name);
      job.incomplete.add(sheet.name);
      return;
    }
    units.push(...plan(job, sheet.name, rect, [rect], 0, budget));
  });
  env.state.sheetCountHint = job.order.length;
  if (skipped.length > 0) job.notes.push(msg.workbookTooLarge(skipped));
  await runUnits(context, env, job, units);
  return finish(job, env.state);
}

export async function readWorkbook(env: ReadEnv, options: ReadOptions = {}): Promise<WorkbookGrid> {
  if (!env.features.base) throw new HostError(msg.needsApi('1.7'));
  throwIfAborted(options.signal);
  try {
    return await env.deps.run((context) => readFast(context, env, options));
  } catch (error) {
    if (isAbort(error)) throw error;
    try {
      return await env.deps.run((context) => readCareful(context, env, options));
    } catch (second) {
      if (isAbort(second)) throw second;
      throw new HostError(msg.readFailed(errorDetail(second)));
    }
  }
}
