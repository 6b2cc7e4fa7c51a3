// The state of one workbook read: limits, the job (sheets, notes, pending chunks), and the
// helpers that queue and apply the data of a range block. Used by read.ts and read-units.ts.
import type { Message } from '../../core/findings/types';
import type { Rect, SheetGrid, WorkbookGrid } from '../../core/grid/types';
import type { ReadOptions } from '../types';
import type { ExcelFeatures } from './capabilities';
import type { ExcelDeps } from './deps';
import { throwIfAborted } from './errors';
import { SheetBuilder, type BlockData } from './sheet-builder';
import type { Snapshots } from './snapshot';

export const READ_LIMITS = {
  headRows: 500,
  headCols: 64,
  chainSteps: 64,
  chunkCells: 20_000,
  batchCells: 40_000,
  minBatchCells: 500,
  sheetCells: 1_000_000,
  workbookCells: 3_000_000,
  /** Waiting for Excel to finish calculating before a read counts: first pause, longest pause, total. */
  settleFirstMs: 250,
  settleStepMs: 2_000,
  settleMs: 15_000,
  /** Pending cells looked at per poll (the rest are read again once these answered). */
  pendingProbeCells: 200,
} as const;

export const DATA_PROPS = 'values,formulas,numberFormat,valueTypes,text';
export const RECT_PROPS = 'rowIndex,columnIndex,rowCount,columnCount';
export const AREA_PROPS = 'items/rowIndex,items/columnIndex,items/rowCount,items/columnCount';

export interface ReadState {
  /** Sheets found by the last read: sizes the speculative walk of the next one. */
  sheetCountHint: number;
  /** What each sheet held when last read completely, for the checks before a fix. */
  readonly snapshots: Snapshots;
  /** The one-sync path failed in this session (size, merges, or this Excel): go straight to the careful one. */
  fastFailed?: boolean;
  /** Cells per batch learned from failed batches (long texts make cells heavy): never grows back in a session. */
  batchCells?: number;
}

export interface ReadEnv {
  readonly deps: ExcelDeps;
  readonly features: ExcelFeatures;
  readonly state: ReadState;
}

export interface Extras {
  readonly merges?: Excel.RangeAreas;
}

export interface Unit {
  readonly sheet: string;
  readonly rect: Rect;
  readonly extras: boolean;
}

export interface Job {
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
  /** Excel had not finished calculating when the first round trip ran (application.calculationState). */
  calculating?: boolean;
}

type RangeLike = Pick<Excel.Range, 'rowIndex' | 'columnIndex' | 'rowCount' | 'columnCount'>;

export const rectOf = (r: RangeLike): Rect => ({
  top: r.rowIndex + 1,
  left: r.columnIndex + 1,
  bottom: r.rowIndex + r.rowCount,
  right: r.columnIndex + r.columnCount,
});

export const cellsIn = (r: Rect): number => (r.bottom - r.top + 1) * (r.right - r.left + 1);

export function queueExtras(range: Excel.Range, features: ExcelFeatures, wanted: boolean): Extras {
  if (!wanted) return {};
  const out: { merges?: Excel.RangeAreas } = {};
  if (features.merges) {
    out.merges = range.getMergedAreasOrNullObject();
    out.merges.areas.load(AREA_PROPS);
  }
  return out;
}

export function areasOf(areas: Excel.RangeAreas | undefined): Rect[] | undefined {
  if (!areas || areas.isNullObject) return undefined;
  return areas.areas.items.map(rectOf);
}

export function applyExtras(builder: SheetBuilder, extras: Extras): void {
  if (extras.merges) builder.addMerges(areasOf(extras.merges) ?? []);
}

export function blockData(range: Excel.Range): Omit<BlockData, 'top' | 'left'> {
  return {
    values: range.values,
    formulas: range.formulas,
    numberFormat: range.numberFormat,
    valueTypes: range.valueTypes,
    text: range.text,
  };
}

/** Queues application.calculationState (ExcelApi 1.9) into the next sync; the returned function records it in the job. */
export function queueCalcState(context: Excel.RequestContext, features: ExcelFeatures, job: Job): () => void {
  if (!features.calcState) return () => undefined;
  const application = context.workbook.application;
  application.load('calculationState');
  return () => {
    job.calculating = application.calculationState !== 'Done';
  };
}

export async function syncChecked(context: Excel.RequestContext, signal?: AbortSignal): Promise<void> {
  throwIfAborted(signal);
  await context.sync();
  throwIfAborted(signal);
}

export function reportProgress(job: Job, sheet?: string): void {
  if (!job.options.onProgress) return;
  let done = 0;
  for (const name of job.order) if ((job.pending.get(name) ?? 0) === 0) done += 1;
  try {
    job.options.onProgress({ done, total: job.order.length, sheet });
  } catch {
    // A failing progress callback must not break the read.
  }
}

export function newJob(options: ReadOptions): Job {
  return { builders: new Map(), order: [], notes: [], pending: new Map(), limitRows: new Map(), incomplete: new Set(), used: new Map(), options };
}

export function addSheet(job: Job, name: string, visibility: string, isProtected: boolean | undefined): SheetBuilder {
  const builder = new SheetBuilder(name);
  builder.visibility = visibility;
  builder.isProtected = isProtected;
  job.builders.set(name, builder);
  job.order.push(name);
  return builder;
}

export function finish(job: Job, state: ReadState): WorkbookGrid {
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
