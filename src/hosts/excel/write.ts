// applyChanges and undoLast: all or nothing, journal first.
// apply: one verification round trip (each cell still holds `before`, sheet and cell not locked),
// then ONE write round trip whose first command stores the journal entry in the workbook; the
// cell writes follow in the same batch. Office.js batches are not transactions: if a command
// fails, the earlier ones stay done, so a failed write batch is rolled back (cells first, the
// journal last, so no written cell is ever left without its record).
// undo: read the journal, verify every cell still holds what we wrote, then one write round trip.
import type { CellChange, Message } from '../../core/findings/types';
import { parseA1 } from '../../core/grid/address';
import type { JournalEntry, WriteResult } from '../types';
import type { Rect } from '../../core/grid/types';
import { holds, writeCell, type CellContent } from './cell-io';
import { toCell } from './sheet-builder';
import { recordWrites, sameCell, snapshotCell, type SheetSnapshot, type Snapshots } from './snapshot';
import type { ExcelDeps } from './deps';
import { errorDetail, isAccessDenied } from './errors';
import { msg } from './messages';
import { STORE_KEYS, appendToJournal, parseJournal, queueRead, queueWrite, serializeJournal } from './store';

export const MAX_BATCH_CELLS = 5000;

export interface CellRef {
  readonly sheet: string;
  readonly address: string;
}

interface Target extends CellRef {
  readonly expect: CellContent;
}

interface CellWrite extends CellRef {
  readonly content: CellContent;
}

export function fail(reason: 'protected' | 'changed' | 'unsupported' | 'failed', message: Message, cells?: readonly CellRef[]): WriteResult {
  return cells && cells.length > 0 ? { ok: false, reason, message, cells: [...cells] } : { ok: false, reason, message };
}

const cellKey = (c: CellRef): string => `${c.sheet}\u0000${c.address.replace(/\$/g, '').toUpperCase()}`;

function isContent(x: unknown): boolean {
  if (typeof x !== 'object' || x === null) return false;
  const f = (x as { formula?: unknown }).formula;
  return f === undefined || (typeof f === 'string' && (f === '' || f.startsWith('=')));
}

/** Why a batch cannot be written as given, or undefined when it is well-formed. */
export function invalidBatch(changes: readonly CellChange[]): string | undefined {
  if (!Array.isArray(changes)) return 'not a list';
  if (changes.length > MAX_BATCH_CELLS) return `${changes.length} cells > ${MAX_BATCH_CELLS}`;
  const seen = new Set<string>();
  for (const change of changes) {
    if (typeof change?.sheet !== 'string' || change.sheet === '') return 'missing sheet';
    if (typeof change.address !== 'string' || !parseA1(change.address)) return `address ${String(change.address)}`;
    if (!isContent(change.before) || !isContent(change.after)) return `${change.sheet}!${change.address}`;
    const v = change.after.value;
    if (!((typeof v === 'number' && Number.isFinite(v)) || typeof v === 'string')) return `${change.sheet}!${change.address}`;
    const key = cellKey(change);
    if (seen.has(key)) return `${change.sheet}!${change.address} twice`;
    seen.add(key);
  }
  return undefined;
}

interface Verdict {
  readonly locked: CellRef[];
  readonly changed: CellRef[];
  /** Sheets whose rows or columns moved since the last read (inserted, deleted). */
  readonly moved: string[];
}

type RangeRect = Pick<Excel.Range, 'rowIndex' | 'columnIndex' | 'rowCount' | 'columnCount'>;

const sameRect = (range: RangeRect, rect: Rect): boolean =>
  range.rowIndex + 1 === rect.top &&
  range.columnIndex + 1 === rect.left &&
  range.rowIndex + range.rowCount === rect.bottom &&
  range.columnIndex + range.columnCount === rect.right;

/**
 * Queues, in the same round trip, the checks against the last read: each sheet's used range, and
 * (with `rows`) every target row in full. Returns a judge of moved sheets and changed rows.
 */
function queueContext(
  sheets: ReadonlyMap<string, Excel.Worksheet>,
  targets: readonly Target[],
  snapshots: Snapshots,
  rows: boolean,
): () => { moved: Set<string>; changedRows: Set<string> } {
  const usedChecks: Array<{ name: string; used: Excel.Range; snapshot: SheetSnapshot; sheet: Excel.Worksheet }> = [];
  const rowChecks: Array<{ name: string; row: number; range: Excel.Range; snapshot: SheetSnapshot }> = [];
  for (const [name, sheet] of sheets) {
    const snapshot = snapshots.get(name);
    if (!snapshot) continue;
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    usedChecks.push({ name, used, snapshot, sheet });
    const width = snapshot.used?.right ?? 0;
    if (!rows || width === 0) continue;
    const targetRows = new Set(targets.filter((t) => t.sheet === name).map((t) => parseA1(t.address)?.row ?? 0));
    for (const row of targetRows) {
      if (row < 1) continue;
      const range = sheet.getRangeByIndexes(row - 1, 0, 1, width);
      range.load('values,formulas,valueTypes');
      rowChecks.push({ name, row, range, snapshot });
    }
  }
  return () => {
    const moved = new Set<string>();
    const changedRows = new Set<string>();
    for (const { name, used, snapshot, sheet } of usedChecks) {
      if (sheet.isNullObject) continue;
      const same = used.isNullObject ? snapshot.used === undefined : snapshot.used !== undefined && sameRect(used, snapshot.used);
      if (!same) moved.add(name);
    }
    for (const { name, row, range, snapshot } of rowChecks) {
      if (range.isNullObject) continue;
      const values = range.values[0] ?? [];
      const differs = values.some((value, i) => {
        const now = toCell(value, range.formulas[0]?.[i], undefined, range.valueTypes[0]?.[i], undefined);
        return !sameCell(now, snapshotCell(snapshot, row, i + 1));
      });
      if (differs) changedRows.add(`${name}\u0000${row}`);
    }
    return { moved, changedRows };
  };
}

/** Queues what verification needs; the returned function judges after the sync. */
function queueVerify(context: Excel.RequestContext, targets: readonly Target[], snapshots?: Snapshots, rows = true): () => Verdict {
  const sheets = new Map<string, Excel.Worksheet>();
  const queued = targets.map((target) => {
    let sheet = sheets.get(target.sheet);
    if (!sheet) {
      sheet = context.workbook.worksheets.getItemOrNullObject(target.sheet);
      sheet.protection.load('protected');
      sheets.set(target.sheet, sheet);
    }
    const range = sheet.getRange(target.address);
    range.load('values,formulas');
    range.format.protection.load('locked');
    return { target, sheet, range };
  });
  const judgeContext = snapshots ? queueContext(sheets, targets, snapshots, rows) : undefined;
  return () => {
    const verdict: Verdict = { locked: [], changed: [], moved: [] };
    const context = judgeContext?.();
    for (const { target, sheet, range } of queued) {
      const ref = { sheet: target.sheet, address: target.address };
      const row = parseA1(target.address)?.row ?? 0;
      if (sheet.isNullObject || range.isNullObject) verdict.changed.push(ref);
      else if (sheet.protection.protected && range.format.protection.locked !== false) verdict.locked.push(ref);
      else if (!holds(range.values[0]?.[0], range.formulas[0]?.[0], target.expect)) verdict.changed.push(ref);
      else if (context?.moved.has(target.sheet)) {
        verdict.changed.push(ref);
        if (!verdict.moved.includes(target.sheet)) verdict.moved.push(target.sheet);
      } else if (context?.changedRows.has(`${target.sheet}\u0000${row}`)) verdict.changed.push(ref);
    }
    return verdict;
  };
}

function queueWrites(context: Excel.RequestContext, writes: readonly CellWrite[]): void {
  for (const w of writes) writeCell(context.workbook.worksheets.getItem(w.sheet).getRange(w.address), w.content);
}

/** The cells of `writes` that do not hold their content now (those a failed batch did write). */
async function differing(context: Excel.RequestContext, writes: readonly CellWrite[]): Promise<CellWrite[]> {
  const probes = writes.map((w) => {
    const range = context.workbook.worksheets.getItemOrNullObject(w.sheet).getRange(w.address);
    range.load('values,formulas');
    return { w, range };
  });
  try {
    await context.sync();
  } catch {
    return [...writes];
  }
  return probes.filter(({ w, range }) => !range.isNullObject && !holds(range.values[0]?.[0], range.formulas[0]?.[0], w.content)).map((p) => p.w);
}

/**
 * Puts back the cells a failed batch changed (one batch, else one sync per cell), then the
 * journal; returns the cells left unrestored.
 */
async function rollback(context: Excel.RequestContext, all: readonly CellWrite[], journal: string): Promise<CellRef[]> {
  const writes = await differing(context, all);
  try {
    queueWrites(context, writes);
    queueWrite(context, STORE_KEYS.journal, journal);
    await context.sync();
    return [];
  } catch {
    const stuck: CellRef[] = [];
    for (const w of writes) {
      try {
        queueWrites(context, [w]);
        await context.sync();
      } catch {
        stuck.push({ sheet: w.sheet, address: w.address });
      }
    }
    if (stuck.length === 0) {
      try {
        queueWrite(context, STORE_KEYS.journal, journal);
        await context.sync();
      } catch {
        // The cells are as before; a journal entry for writes that did not happen only makes a later undo refuse.
      }
    }
    return stuck;
  }
}

/** The write round trip: journal first, then the cells. Undefined when it succeeded. */
async function commit(
  context: Excel.RequestContext,
  journal: string,
  writes: readonly CellWrite[],
  undo: { journal: string; writes: readonly CellWrite[] },
): Promise<WriteResult | undefined> {
  queueWrite(context, STORE_KEYS.journal, journal);
  queueWrites(context, writes);
  try {
    await context.sync();
    return undefined;
  } catch (error) {
    const detail = errorDetail(error);
    const stuck = await rollback(context, undo.writes, undo.journal);
    if (stuck.length > 0) return fail('failed', msg.writeFailedPartial(stuck, detail), stuck);
    const reason = isAccessDenied(error) ? 'protected' : 'failed';
    return fail(reason, msg.writeFailedRestored(detail));
  }
}

function judged(verdict: Verdict, changedMessage: (cells: readonly CellRef[]) => Message): WriteResult | undefined {
  if (verdict.locked.length > 0) return fail('protected', msg.protectedCells(verdict.locked), verdict.locked);
  if (verdict.moved.length > 0) return fail('changed', msg.layoutChanged(verdict.moved), verdict.changed);
  if (verdict.changed.length > 0) return fail('changed', changedMessage(verdict.changed), verdict.changed);
  return undefined;
}

function copyChange(c: CellChange): CellChange {
  const before: CellChange['before'] = c.before.formula ? { value: c.before.value, formula: c.before.formula } : { value: c.before.value };
  const after: CellChange['after'] = c.after.formula ? { value: c.after.value, formula: c.after.formula } : { value: c.after.value };
  return { sheet: c.sheet, address: c.address, before, after };
}

export async function applyChanges(deps: ExcelDeps, changes: readonly CellChange[], label: Message, snapshots?: Snapshots): Promise<WriteResult> {
  const invalid = invalidBatch(changes);
  if (invalid) return fail('failed', msg.badBatch(invalid));
  if (changes.length === 0) return { ok: true, written: 0 };
  const entry: JournalEntry = { id: deps.newId(), at: deps.now().toISOString(), label, changes: changes.map(copyChange) };
  try {
    return await deps.run(async (context) => {
      const storedJournal = queueRead(context, STORE_KEYS.journal);
      const verify = queueVerify(context, entry.changes.map((c) => ({ sheet: c.sheet, address: c.address, expect: c.before })), snapshots);
      await context.sync();
      const refused = judged(verify(), msg.changedSince);
      if (refused) return refused;
      const previous = storedJournal() ?? serializeJournal([]);
      const next = appendToJournal(parseJournal(previous), entry);
      if (next === undefined) return fail('failed', msg.journalTooLarge(changes.length));
      const writes = entry.changes.map((c) => ({ sheet: c.sheet, address: c.address, content: c.after }));
      const failed = await commit(context, next, writes, {
        journal: previous,
        writes: entry.changes.map((c) => ({ sheet: c.sheet, address: c.address, content: c.before })),
      });
      if (failed) return failed;
      if (snapshots) recordWrites(snapshots, writes);
      return { ok: true, written: entry.changes.length, entry };
    });
  } catch (error) {
    return fail('failed', msg.unexpected(errorDetail(error)));
  }
}

export async function undoLast(deps: ExcelDeps, snapshots?: Snapshots): Promise<WriteResult> {
  try {
    return await deps.run(async (context) => {
      const storedJournal = queueRead(context, STORE_KEYS.journal);
      await context.sync();
      const previous = storedJournal() ?? serializeJournal([]);
      const entries = parseJournal(previous);
      const entry = entries[entries.length - 1];
      if (!entry) return fail('failed', msg.nothingToUndo);
      // Other edits in the fixed rows do not block an undo; inserted or deleted rows do.
      const verify = queueVerify(context, entry.changes.map((c) => ({ sheet: c.sheet, address: c.address, expect: c.after })), snapshots, false);
      await context.sync();
      const refused = judged(verify(), msg.changedSinceFix);
      if (refused) return refused;
      const writes = entry.changes.map((c) => ({ sheet: c.sheet, address: c.address, content: c.before }));
      const failed = await commit(context, serializeJournal(entries.slice(0, -1)), writes, {
        journal: previous,
        writes: entry.changes.map((c) => ({ sheet: c.sheet, address: c.address, content: c.after })),
      });
      if (failed) return failed;
      if (snapshots) recordWrites(snapshots, writes);
      return { ok: true, written: entry.changes.length, entry };
    });
  } catch (error) {
    return fail('failed', msg.unexpected(errorDetail(error)));
  }
}

export async function readJournal(deps: ExcelDeps): Promise<readonly JournalEntry[]> {
  try {
    return await deps.run(async (context) => {
      const stored = queueRead(context, STORE_KEYS.journal);
      await context.sync();
      return parseJournal(stored());
    });
  } catch {
    return [];
  }
}
