// readWorkbook: every sheet into the grid model in ONE context.sync() for ordinary workbooks.
//
// The sheet list is not loaded first: the batch walks the sheets itself with
// worksheets.getFirst() → getNextOrNullObject() → … (ExcelApi 1.5), queueing for each step the
// sheet's name, visibility, protection and the head of its used range (values, formulas, number
// formats, value types, text, merged areas). Steps past the last sheet are null
// objects and everything chained from them is null too, so one sync returns the whole workbook.
// The walk is speculative: 64 steps (or the last count + 8); more sheets cost one sync per 64.
//
// Payload: Excel on the web limits a request or response to 5 MB and any range read to 5 million
// cells. The head of each sheet is therefore capped (500 rows × 64 columns); larger used ranges are
// read in row chunks, packed into batches of about 40,000 cells. A batch that still fails (size, or
// more than 512 merged areas in a range) is split in halves until it passes; what cannot be read is
// skipped with a note in grid.notes. Sheets beyond 1 million cells, or a workbook beyond 3 million,
// are truncated with a note. If the single-batch read fails for its size, a conservative path reads
// the sheet list, then the used ranges, then the chunks — and keeps to it for the rest of the session.
import { a1, columnLetters } from '../../core/grid/address';
import type { Rect, WorkbookGrid } from '../../core/grid/types';
import type { ReadOptions } from '../types';
import type { ExcelFeatures } from './capabilities';
import { HostError, errorDetail, isAbort, isHostError, isItemNotFound, isMergeLimit, isSizeError, officeErrorCode, throwIfAborted } from './errors';
import { msg } from './messages';
import {
  DATA_PROPS,
  READ_LIMITS,
  RECT_PROPS,
  addSheet,
  applyExtras,
  blockData,
  cellsIn,
  finish,
  newJob,
  queueCalcState,
  queueExtras,
  rectOf,
  syncChecked,
  type Extras,
  type ReadEnv,
  type Unit,
} from './read-job';
import { plan, runUnits } from './read-units';

export { READ_LIMITS, type ReadState } from './read-job';

const HEAD_ADDRESS = `A1:${columnLetters(READ_LIMITS.headCols)}${READ_LIMITS.headRows}`;

/** One read: the grid, and whether Excel was still calculating when it began. */
interface Read {
  readonly grid: WorkbookGrid;
  readonly calculating: boolean;
}

interface SheetProbe extends Extras {
  readonly sheet: Excel.Worksheet;
  readonly used: Excel.Range;
  readonly head: Excel.Range;
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

/** The one-sync path: walk (or name) the sheets, read each head; then chunks for big sheets. */
async function readFast(context: Excel.RequestContext, env: ReadEnv, options: ReadOptions): Promise<Read> {
  const job = newJob(options);
  const workbook = context.workbook;
  workbook.load('name');
  const calc = queueCalcState(context, env.features, job);
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
  calc();
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
      applyExtras(builder, probe);
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
  return { grid: finish(job, env.state), calculating: job.calculating === true };
}

/** The conservative path: sheet list, then used ranges, then chunks (3 syncs or more). */
async function readCareful(context: Excel.RequestContext, env: ReadEnv, options: ReadOptions): Promise<Read> {
  const job = newJob(options);
  const workbook = context.workbook;
  workbook.load('name');
  const collection = workbook.worksheets;
  collection.load('items/name,items/visibility');
  const calc = queueCalcState(context, env.features, job);
  await syncChecked(context, options.signal);
  job.name = workbook.name;
  calc();
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
  return { grid: finish(job, env.state), calculating: job.calculating === true };
}

/** The message for a read that failed for a reason other than size. */
function readFailure(error: unknown): HostError {
  if (isItemNotFound(error)) return new HostError(msg.sheetsChangedDuringRead);
  if (officeErrorCode(error) === 'GeneralException') return new HostError(msg.readRefused);
  return new HostError(msg.readFailed(errorDetail(error)));
}

async function readOnce(env: ReadEnv, options: ReadOptions): Promise<Read> {
  try {
    if (!env.state.fastFailed) return await env.deps.run((context) => readFast(context, env, options));
  } catch (error) {
    if (isAbort(error) || isHostError(error)) throw error;
    // Size and merged-area limits: the careful path reads in smaller pieces, for the rest of the session.
    if (isSizeError(error) || isMergeLimit(error)) env.state.fastFailed = true;
    // A known cause the careful path cannot get round: say it once.
    else if (isItemNotFound(error) || officeErrorCode(error) === 'GeneralException') throw readFailure(error);
  }
  try {
    return await env.deps.run((context) => readCareful(context, env, options));
  } catch (error) {
    if (isAbort(error) || isHostError(error)) throw error;
    throw readFailure(error);
  }
}

/** Values Excel shows while a result is still coming: a custom function (#BUSY!) or external data. */
const PENDING = new Set(['#BUSY!', '#GETTING_DATA']);

/** Cells of the grid whose result is still coming. */
function pendingCells(grid: WorkbookGrid): Array<{ sheet: string; address: string }> {
  const out: Array<{ sheet: string; address: string }> = [];
  for (const sheet of grid.sheets) {
    sheet.rows.forEach((row, r) =>
      row?.forEach((cell, c) => {
        const v = cell?.value;
        if (typeof v === 'object' && v !== null && PENDING.has(String(v.error).toUpperCase())) out.push({ sheet: sheet.name, address: a1(r + 1, c + 1) });
      }),
    );
  }
  return out;
}

/** One small round trip: is Excel done calculating, and have the pending cells answered? */
async function settled(env: ReadEnv, cells: ReadonlyArray<{ sheet: string; address: string }>): Promise<boolean> {
  return env.deps.run(async (context) => {
    const application = env.features.calcState ? context.workbook.application : undefined;
    application?.load('calculationState');
    const probes = cells.slice(0, READ_LIMITS.pendingProbeCells).map((cell) => {
      const range = context.workbook.worksheets.getItemOrNullObject(cell.sheet).getRange(cell.address);
      range.load('values');
      return range;
    });
    await context.sync();
    if (application && application.calculationState !== 'Done') return false;
    return probes.every((range) => range.isNullObject || !PENDING.has(String(range.values[0]?.[0]).toUpperCase()));
  });
}

/**
 * Reads the workbook; while Excel is still calculating (a formula just written, custom functions
 * answering with #BUSY! meanwhile), waits and polls with one small round trip, then reads again.
 * After READ_LIMITS.settleMs, what is still pending is read as it is, with a note.
 */
export async function readWorkbook(env: ReadEnv, options: ReadOptions = {}): Promise<WorkbookGrid> {
  if (!env.features.base) throw new HostError(msg.needsApi('1.7'));
  throwIfAborted(options.signal);
  let read = await readOnce(env, options);
  let pending = pendingCells(read.grid);
  let waited = 0;
  let step: number = READ_LIMITS.settleFirstMs;
  while ((read.calculating || pending.length > 0) && waited < READ_LIMITS.settleMs) {
    await env.deps.sleep(step);
    waited += step;
    step = Math.min(step * 2, READ_LIMITS.settleStepMs);
    throwIfAborted(options.signal);
    if (!(await settled(env, pending))) continue;
    read = await readOnce(env, options);
    pending = pendingCells(read.grid);
  }
  if (pending.length === 0 && !read.calculating) return read.grid;
  const note = pending.length > 0 ? msg.stillCalculating(pending) : msg.calculationRunning;
  return { ...read.grid, notes: [...(read.grid.notes ?? []), note] };
}
