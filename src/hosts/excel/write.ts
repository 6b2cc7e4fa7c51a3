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
import { holds, writeCell, type CellContent } from './cell-io';
import type { ExcelDeps } from './deps';
import { errorDetail, failureMessage, isAccessDenied } from './errors';
import { msg } from './messages';
import { recordWrites, type Snapshots } from './snapshot';
import { STORE_KEYS, appendToJournal, parseJournal, queueRead, queueWrite, serializeJournal } from './store';
import { fail, judged, queueVerify, type CellRef } from './verify';

export { fail, type CellRef } from './verify';

export const MAX_BATCH_CELLS = 5000;

interface CellWrite extends CellRef {
  readonly content: CellContent;
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
    return fail('failed', failureMessage(error, msg.unexpected));
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
    return fail('failed', failureMessage(error, msg.unexpected));
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
