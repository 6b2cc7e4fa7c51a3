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
import { functionNamesFor } from '../../functions/names';
import { forExcel, holds, writeCell, type CellContent } from './cell-io';
import type { ExcelDeps } from './deps';
import { errorDetail, failureMessage, isAccessDenied } from './errors';
import { msg } from './messages';
import { recordWrites, type Snapshots } from './snapshot';
import { STORE_KEYS, appendToJournal, parseJournal, queueRead, queueWrite, serializeJournal } from './store';
import { fail, judged, queueVerify, type CellRef, type Target, type Verdict } from './verify';

export { fail, type CellRef } from './verify';

export const MAX_BATCH_CELLS = 5000;

/**
 * Cells per round trip. office.js sends about 450 bytes per written cell and 650 per verified cell
 * (each with its own object paths), so a batch of MAX_BATCH_CELLS would pass Excel on the web's
 * 5 MB request limit in one request: writes go in requests of WRITE_CHUNK cells (about 1 MB).
 */
export const WRITE_CHUNK = 2000;

export function chunked<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

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
  const out: CellWrite[] = [];
  for (const part of chunked(writes, WRITE_CHUNK)) {
    const probes = part.map((w) => {
      const range = context.workbook.worksheets.getItemOrNullObject(w.sheet).getRange(w.address);
      range.load('values,formulas');
      return { w, range };
    });
    try {
      await context.sync();
    } catch {
      out.push(...part);
      continue;
    }
    out.push(...probes.filter(({ w, range }) => !range.isNullObject && !holds(range.values[0]?.[0], range.formulas[0]?.[0], w.content)).map((p) => p.w));
  }
  return out;
}

/**
 * Puts back the cells a failed batch changed (one batch, else one sync per cell), then the
 * journal; returns the cells left unrestored.
 */
async function rollback(context: Excel.RequestContext, all: readonly CellWrite[], journal: string): Promise<CellRef[]> {
  const writes = await differing(context, all);
  const parts = chunked(writes, WRITE_CHUNK);
  const stuck: CellRef[] = [];
  let journalDone = false;
  for (const [i, part] of parts.entries()) {
    try {
      queueWrites(context, part);
      // With the last part, the journal goes back too.
      if (i === parts.length - 1) queueWrite(context, STORE_KEYS.journal, journal);
      await context.sync();
      journalDone = i === parts.length - 1;
    } catch {
      for (const w of part) {
        try {
          queueWrites(context, [w]);
          await context.sync();
        } catch {
          stuck.push({ sheet: w.sheet, address: w.address });
        }
      }
    }
  }
  if (stuck.length === 0 && !journalDone) {
    try {
      queueWrite(context, STORE_KEYS.journal, journal);
      await context.sync();
    } catch {
      // The cells are as before; a journal entry for writes that did not happen only makes a later undo refuse.
    }
  }
  return stuck;
}

/**
 * The write round trips: the journal first, with the first WRITE_CHUNK cells, then the rest in
 * requests of WRITE_CHUNK. All or nothing: a failure in any of them puts back every cell written
 * so far and the journal as it was. Undefined when it succeeded.
 */
async function commit(
  context: Excel.RequestContext,
  journal: string,
  writes: readonly CellWrite[],
  undo: { journal: string; writes: readonly CellWrite[] },
): Promise<WriteResult | undefined> {
  try {
    for (const [i, part] of chunked(writes, WRITE_CHUNK).entries()) {
      if (i === 0) queueWrite(context, STORE_KEYS.journal, journal);
      queueWrites(context, part);
      await context.sync();
    }
    return undefined;
  } catch (error) {
    const detail = errorDetail(error);
    const stuck = await rollback(context, undo.writes, undo.journal);
    if (stuck.length > 0) return fail('failed', msg.writeFailedPartial(stuck, detail), stuck);
    const reason = isAccessDenied(error) ? 'protected' : 'failed';
    return fail(reason, msg.writeFailedRestored(detail));
  }
}

/** Cells verified per round trip: each also reads its whole row once (the checks against the last read). */
const VERIFY_CHUNK = 1500;

/** The verification of `targets` in requests of VERIFY_CHUNK cells (one in the usual case), joined. */
async function verifyAll(context: Excel.RequestContext, targets: readonly Target[], snapshots: Snapshots | undefined, rows = true): Promise<Verdict> {
  const verdict: Verdict = { locked: [], changed: [], moved: [] };
  for (const part of chunked(targets, VERIFY_CHUNK)) {
    const judge = queueVerify(context, part, snapshots, rows);
    await context.sync();
    const one = judge();
    verdict.locked.push(...one.locked);
    verdict.changed.push(...one.changed);
    for (const sheet of one.moved) if (!verdict.moved.includes(sheet)) verdict.moved.push(sheet);
  }
  return verdict;
}

function copyChange(c: CellChange): CellChange {
  const format = (f: string | undefined) => (typeof f === 'string' && f !== '' ? { numberFormat: f } : {});
  const before: CellChange['before'] = {
    ...(c.before.formula ? { value: c.before.value, formula: c.before.formula } : { value: c.before.value }),
    ...format(c.before.numberFormat),
  };
  const after: CellChange['after'] = {
    ...(c.after.formula ? { value: c.after.value, formula: c.after.formula } : { value: c.after.value }),
    ...format(c.after.numberFormat),
  };
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
      const verdict = await verifyAll(context, entry.changes.map((c) => ({ sheet: c.sheet, address: c.address, expect: c.before })), snapshots);
      const refused = judged(verdict, msg.changedSince);
      if (refused) return refused;
      const previous = storedJournal() ?? serializeJournal([]);
      const next = appendToJournal(parseJournal(previous), entry);
      if (next === undefined) return fail('failed', msg.journalTooLarge(changes.length));
      const names = functionNamesFor(deps.displayLanguage?.());
      const writes = entry.changes.map((c) => ({ sheet: c.sheet, address: c.address, content: forExcel(c.after, names) }));
      const failed = await commit(context, next, writes, {
        journal: previous,
        writes: entry.changes.map((c) => ({ sheet: c.sheet, address: c.address, content: forExcel(c.before, names) })),
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
      const verdict = await verifyAll(context, entry.changes.map((c) => ({ sheet: c.sheet, address: c.address, expect: c.after })), snapshots, false);
      const refused = judged(verdict, msg.changedSinceFix);
      if (refused) return refused;
      const names = functionNamesFor(deps.displayLanguage?.());
      const writes = entry.changes.map((c) => ({ sheet: c.sheet, address: c.address, content: forExcel(c.before, names) }));
      const failed = await commit(context, serializeJournal(entries.slice(0, -1)), writes, {
        journal: previous,
        writes: entry.changes.map((c) => ({ sheet: c.sheet, address: c.address, content: forExcel(c.after, names) })),
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
