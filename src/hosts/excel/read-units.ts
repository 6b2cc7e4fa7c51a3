// Reading a sheet in row chunks: plan chunks within the cell budgets, pack them into batches of
// a learned size, and on a failed batch split it (batch, then rows, then drop the merged areas)
// until every piece passes or a single row proves unreadable (noted, never silently skipped).
// The extras of a range are its merged areas (ExcelApi 1.13).
import type { Rect } from '../../core/grid/types';
import { isAbort, isMergeLimit, isSizeError } from './errors';
import { msg } from './messages';
import {
  DATA_PROPS,
  READ_LIMITS,
  applyExtras,
  blockData,
  cellsIn,
  queueExtras,
  reportProgress,
  syncChecked,
  type Job,
  type ReadEnv,
  type Unit,
} from './read-job';

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
export function plan(job: Job, sheet: string, used: Rect, rects: readonly Rect[], alreadyRead: number, budget: { left: number }): Unit[] {
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

/**
 * Reads units in one sync. A batch refused for its size (or for too many merged areas) is split:
 * the batch, then the rows, then the extras dropped. Any other failure (a sheet renamed meanwhile,
 * Excel refusing the request) is thrown as it is: splitting would not help.
 */
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
    const mergesAsked = env.features.merges && units.some((u) => u.extras);
    if (!isSizeError(error) && !(mergesAsked && isMergeLimit(error))) throw error;
    const size = units.reduce((sum, u) => sum + cellsIn(u.rect), 0);
    const budget = env.state.batchCells ?? READ_LIMITS.batchCells;
    env.state.batchCells = Math.max(READ_LIMITS.minBatchCells, Math.min(budget, Math.floor(size / 2)));
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
    if (unit.extras && env.features.merges) {
      job.notes.push(msg.mergesUnreadable(unit.sheet));
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
    applyExtras(builder, extras);
    finishUnit(job, unit.sheet);
  }
}

/** Runs units in batches within the (learned) cell budget, splitting units larger than it first. */
export async function runUnits(context: Excel.RequestContext, env: ReadEnv, job: Job, planned: readonly Unit[]): Promise<void> {
  for (const unit of planned) job.pending.set(unit.sheet, (job.pending.get(unit.sheet) ?? 0) + 1);
  reportProgress(job);
  const queue = [...planned];
  while (queue.length > 0) {
    const budget = env.state.batchCells ?? READ_LIMITS.batchCells;
    const batch: Unit[] = [];
    let size = 0;
    while (queue.length > 0) {
      const next = queue[0];
      const cells = cellsIn(next.rect);
      if (cells > budget && next.rect.bottom > next.rect.top) {
        queue.splice(0, 1, ...splitRows(next));
        job.pending.set(next.sheet, (job.pending.get(next.sheet) ?? 0) + 1);
        continue;
      }
      if (batch.length > 0 && size + cells > budget) break;
      batch.push(next);
      size += cells;
      queue.shift();
    }
    await runBatch(context, env, job, batch);
  }
}
