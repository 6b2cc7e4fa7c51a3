// Writes through ET with the Excel host's guarantees: refused unless every target still holds what
// was validated and its sheet has not moved since the read ("请重新校验"); the journal entry stored
// before any cell is written; all or nothing (a failure restores the cells already written); screen
// updating and events switched off during the batch and restored in `finally`.
import { a1, parseA1, parseRectA1 } from '../../core/grid/address';
import { MAX_HIGHLIGHT_CELLS, SEVERITY_FILL } from '../excel/highlight';
import type { Cell, CellValue } from '../../core/grid/types';
import { isCellError } from '../../core/grid/types';
import type { CellChange, Message } from '../../core/findings/types';
import type { HighlightMark, JournalEntry, WriteResult } from '../types';
import { parseFills, parseJournal, serializeFills, serializeJournal, type SavedFill } from '../memory/store';
import { cellContent, cellHolds, fillOf, setFill, writeCell } from './cells';
import type { EtApplication, EtRange, EtWorksheet, EtWorksheets } from './et';
import { WpsHostError, detailOf } from './errors';
import { wpsMsg, type CellName } from './messages';
import type { WpsState } from './read';
import { usedRectOf } from './read';
import { WPS_STORE, WPS_STORE_LIMITS, readDocument, writeDocument } from './store';
import { notePlanMessage, parseNotes, planNotes, serializeNotes, type SavedNote, type WantedNote } from '../notes';

const RANK: Readonly<Record<HighlightMark['severity'], number>> = { error: 3, warning: 2, info: 1 };

/** One mark per cell (ranges expanded), the most severe winning, as the Excel host colours them; undefined when too many. */
function expand(marks: readonly HighlightMark[]): HighlightMark[] | undefined {
  const out = new Map<string, HighlightMark>();
  for (const mark of marks) {
    const rect = typeof mark?.address === 'string' ? parseRectA1(mark.address.replace(/\$/g, '')) : undefined;
    if (!rect || typeof mark.sheet !== 'string' || !(mark.severity in RANK)) continue;
    for (let r = rect.top; r <= rect.bottom; r += 1) {
      for (let c = rect.left; c <= rect.right; c += 1) {
        const key = `${mark.sheet}\u0000${a1(r, c)}`;
        const had = out.get(key);
        const note = typeof mark.note === 'string' && mark.note !== '' ? mark.note : had?.note;
        const severity = had && RANK[had.severity] >= RANK[mark.severity] ? had.severity : mark.severity;
        out.set(key, { sheet: mark.sheet, address: a1(r, c), severity, ...(note ? { note } : {}) });
        if (out.size > MAX_HIGHLIGHT_CELLS) return undefined;
      }
    }
  }
  return [...out.values()];
}

export interface WriteEnv {
  readonly app: EtApplication;
  readonly state: WpsState;
  readonly now: () => Date;
  readonly newId: () => string;
}

export const fail = (reason: 'protected' | 'changed' | 'unsupported' | 'failed', message: Message, cells?: readonly CellName[]): WriteResult =>
  cells ? { ok: false, reason, message, cells: cells.map(({ sheet, address }) => ({ sheet, address })) } : { ok: false, reason, message };

/** Runs `task` with screen updating and events off; both set back in `finally`. */
export function quietly<T>(app: EtApplication, task: () => T): T {
  const screen = app.ScreenUpdating;
  const events = app.EnableEvents;
  try {
    app.ScreenUpdating = false;
    app.EnableEvents = false;
    return task();
  } finally {
    try {
      app.ScreenUpdating = screen !== false;
    } finally {
      app.EnableEvents = events !== false;
    }
  }
}

class Sheets {
  private readonly cache = new Map<string, EtWorksheet | null>();
  private collection?: EtWorksheets | null;
  constructor(private readonly app: EtApplication) {}
  get(name: string): EtWorksheet | null {
    if (!this.cache.has(name)) {
      // ET failing to give the workbook's sheets is a failure, not a missing sheet: it propagates.
      if (this.collection === undefined) this.collection = this.app.ActiveWorkbook?.Worksheets ?? null;
      let ws: EtWorksheet | null = null;
      try {
        ws = this.collection?.Item(name) ?? null;
        if (ws && String(ws.Name).toLowerCase() !== name.toLowerCase()) ws = null;
      } catch {
        ws = null;
      }
      this.cache.set(name, ws);
    }
    return this.cache.get(name) ?? null;
  }
  range(name: string, address: string): EtRange {
    return (this.get(name) as EtWorksheet).Range(address);
  }
}

function sameValue(a: CellValue, b: CellValue): boolean {
  const empty = (v: CellValue) => v === null || v === '';
  if (empty(a) || empty(b)) return empty(a) && empty(b);
  if (isCellError(a) || isCellError(b)) return isCellError(a) && isCellError(b) && a.error === b.error;
  return a === b;
}

function sameCell(then: Cell | undefined, now: { value: CellValue; formula?: string }): boolean {
  if (then?.formula || now.formula) return (then?.formula ?? '').toUpperCase() === (now.formula ?? '').toUpperCase();
  return sameValue(then?.value ?? null, now.value);
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) (out.get(key(item)) ?? out.set(key(item), []).get(key(item))!).push(item);
  return out;
}

/** Why a batch cannot be written at all: nothing to write, a missing sheet, a bad address, protection. */
function refuseStructure(sheets: Sheets, cells: readonly CellName[], checkLocks: boolean): WriteResult | undefined {
  if (cells.length === 0) return fail('failed', wpsMsg.emptyBatch);
  const bad = cells.find((c) => typeof c.address !== 'string' || !parseA1(c.address.replace(/\$/g, '')));
  if (bad) return fail('failed', wpsMsg.badAddress(String(bad.address)), [bad]);
  const missing = cells.find((c) => !sheets.get(c.sheet));
  if (missing) return fail('changed', wpsMsg.sheetMissing(missing.sheet), [missing]);
  const locked = cells.filter((c) => {
    const ws = sheets.get(c.sheet) as EtWorksheet;
    if (ws.ProtectContents !== true) return false;
    return !checkLocks || sheets.range(c.sheet, c.address).Locked !== false;
  });
  if (locked.length > 0) return fail('protected', wpsMsg.protectedCells(locked), locked);
  return undefined;
}

/** Sheets whose used range or target rows differ from the last read (rows inserted, contents moved). */
function movedSinceRead(env: WriteEnv, sheets: Sheets, changes: readonly CellChange[]): string[] {
  const moved: string[] = [];
  for (const [sheet, list] of groupBy(changes, (c) => c.sheet)) {
    const snap = env.state.snapshots.get(sheet);
    if (!snap) continue; // a reopened pane undoing: nothing to compare with
    const ws = sheets.get(sheet) as EtWorksheet;
    const used = usedRectOf(ws.UsedRange);
    if (used.top !== snap.used.top || used.left !== snap.used.left || used.bottom !== snap.used.bottom || used.right !== snap.used.right) {
      moved.push(sheet);
      continue;
    }
    const rows = [...new Set(list.map((c) => parseA1(c.address.replace(/\$/g, ''))!.row))];
    const width = snap.grid.colCount;
    const differs = width > 0 && rows.some((row) => {
      const range = ws.Range(`${a1(row, 1)}:${a1(row, width)}`);
      const values = range.Value2;
      const formulas = range.Formula;
      const vs = Array.isArray(values) ? (Array.isArray(values[0]) ? values[0] : values) : [values];
      const fs = Array.isArray(formulas) ? (Array.isArray(formulas[0]) ? formulas[0] : formulas) : [formulas];
      for (let col = 1; col <= width; col += 1) {
        const raw = vs[col - 1];
        const f = fs[col - 1];
        const isFormula = typeof f === 'string' && f.startsWith('=') && !(typeof raw === 'string' && raw === f);
        const value: CellValue = raw === undefined || raw === null || raw === '' ? null : typeof raw === 'number' || typeof raw === 'boolean' || typeof raw === 'string' ? raw : String(raw);
        const then = snap.grid.rows[row - 1]?.[col - 1];
        // Error cells read as CVErr numbers here: compare them by their being errors.
        if (isCellError(then?.value ?? null) && typeof value === 'number') continue;
        if (!sameCell(then, isFormula ? { value, formula: f as string } : { value })) return true;
      }
      return false;
    });
    if (differs) moved.push(sheet);
  }
  return moved;
}

/** After our own write the snapshot is brought up to date, so our write is not taken for the user's. */
function patchSnapshots(env: WriteEnv, changes: readonly CellChange[], side: 'before' | 'after'): void {
  for (const c of changes) {
    const snap = env.state.snapshots.get(c.sheet);
    const p = parseA1(c.address.replace(/\$/g, ''));
    if (!snap || !p) continue;
    const rows = snap.grid.rows as (Cell | undefined)[][];
    const content = c[side];
    (rows[p.row - 1] ??= [])[p.col - 1] = content.formula ? { value: content.value, formula: content.formula } : { value: content.value };
  }
}

/** Writes one side of a batch; on failure puts back what it wrote and returns the failure. */
function writeBatch(env: WriteEnv, sheets: Sheets, changes: readonly CellChange[], side: 'before' | 'after'): WriteResult | undefined {
  const other = side === 'after' ? 'before' : 'after';
  const done: CellChange[] = [];
  return quietly(env.app, () => {
    try {
      for (const c of changes) {
        writeCell(sheets.range(c.sheet, c.address), c[side]);
        done.push(c);
      }
      return undefined;
    } catch (error) {
      const stuck: CellName[] = [];
      for (const c of [...done].reverse()) {
        try {
          writeCell(sheets.range(c.sheet, c.address), c[other]);
        } catch {
          stuck.push(c);
        }
      }
      const detail = detailOf(error);
      return stuck.length > 0 ? fail('failed', wpsMsg.writeFailedPartly(detail, stuck), stuck) : fail('failed', wpsMsg.writeFailed(detail));
    }
  });
}

export function readJournal(app: EtApplication): JournalEntry[] {
  return parseJournal(readDocument(app, WPS_STORE.journal));
}

function storeJournal(app: EtApplication, entries: readonly JournalEntry[]): void {
  let kept = entries.slice(-WPS_STORE_LIMITS.journalEntries);
  let text = serializeJournal(kept);
  while (text.length > WPS_STORE_LIMITS.journalChars && kept.length > 1) {
    kept = kept.slice(1);
    text = serializeJournal(kept);
  }
  if (text.length > WPS_STORE_LIMITS.journalChars) throw new WpsHostError(wpsMsg.journalTooLarge);
  writeDocument(app, WPS_STORE.journal, kept.length > 0 ? text : undefined);
}

export function applyChanges(env: WriteEnv, changes: readonly CellChange[], label: Message): WriteResult {
  const list: readonly CellChange[] = Array.isArray(changes) ? changes : [];
  const sheets = new Sheets(env.app);
  const problem = refuseStructure(sheets, list, true);
  if (problem) return problem;
  const stale = list.filter((c) => !cellHolds(sheets.range(c.sheet, c.address), c.before));
  if (stale.length > 0) return fail('changed', wpsMsg.changedSince(stale), stale);
  const moved = movedSinceRead(env, sheets, list);
  if (moved.length > 0) return fail('changed', wpsMsg.movedSince(moved), list.filter((c) => moved.includes(c.sheet)));
  const before = readJournal(env.app);
  const entry: JournalEntry = { id: env.newId(), at: env.now().toISOString(), label, changes: [...list] };
  try {
    // Journal first: should the write fail half-way, the entry still says how to undo it.
    storeJournal(env.app, [...before, entry]);
  } catch (error) {
    return fail('failed', error instanceof WpsHostError ? error.perfMessage : wpsMsg.storeFailed(detailOf(error)));
  }
  const failed = writeBatch(env, sheets, list, 'after');
  if (failed) {
    try {
      storeJournal(env.app, before);
    } catch {
      // the entry stays; undoing it finds the cells unchanged and refuses
    }
    return failed;
  }
  patchSnapshots(env, list, 'after');
  return { ok: true, written: list.length, entry };
}

export function undoLast(env: WriteEnv): WriteResult {
  const entries = readJournal(env.app);
  const last = entries[entries.length - 1];
  if (!last) return fail('failed', wpsMsg.nothingToUndo);
  const sheets = new Sheets(env.app);
  const problem = refuseStructure(sheets, last.changes, true);
  if (problem) return problem;
  const edited = last.changes.filter((c) => !cellHolds(sheets.range(c.sheet, c.address), c.after));
  if (edited.length > 0) return fail('changed', wpsMsg.changedSinceFix(edited), edited);
  const failed = writeBatch(env, sheets, [...last.changes].reverse(), 'before');
  if (failed) return failed;
  patchSnapshots(env, last.changes, 'before');
  try {
    storeJournal(env.app, entries.slice(0, -1));
  } catch (error) {
    return fail('failed', wpsMsg.journalNotUpdated(detailOf(error)));
  }
  return { ok: true, written: last.changes.length, entry: last };
}

/** Puts back the saved fills PERF put there (a fill the user changed since is theirs: left alone). */
function restoreFills(env: WriteEnv, sheets: Sheets): number {
  const saved = parseFills(readDocument(env.app, WPS_STORE.fills));
  let restored = 0;
  quietly(env.app, () => {
    for (const f of saved) {
      if (!sheets.get(f.sheet)) continue;
      const range = sheets.range(f.sheet, f.address);
      if (fillOf(range) !== f.applied) continue;
      setFill(range, f.color);
      restored += 1;
    }
  });
  writeDocument(env.app, WPS_STORE.fills, undefined);
  return restored;
}

/** A cell's 批注 text now, or null: two bridge calls (Comment, Text()) for a cell with one. */
function commentText(sheets: Sheets, cell: CellName): string | null {
  if (!sheets.get(cell.sheet)) return null;
  const comment = sheets.range(cell.sheet, cell.address).Comment;
  if (!comment) return null;
  const text = comment.Text();
  return typeof text === 'string' ? text : text === undefined || text === null ? '' : String(text);
}

/**
 * Deletes PERF's earlier 批注 (unless edited) and adds the wanted ones where a cell has none. The
 * record is stored first listing every note PERF may leave behind, so a failure half-way still lets
 * 清除高亮 find them; then the final record. Runs inside `quietly`.
 */
function applyNotes(env: WriteEnv, sheets: Sheets, wanted: readonly WantedNote[], clearing: boolean): { count: number; note?: Message } {
  const stored = readDocument(env.app, WPS_STORE.notes);
  const saved = parseNotes(stored);
  if (saved.length === 0 && wanted.length === 0) return { count: 0 };
  const plan = planNotes(saved, wanted, (c) => commentText(sheets, c));
  const final = serializeNotes(plan.record);
  if (final.length > WPS_STORE_LIMITS.notesChars) throw new NotesTooLarge();
  const pending: SavedNote[] = [...plan.record, ...plan.remove];
  if (plan.add.length > 0 || plan.remove.length > 0) writeDocument(env.app, WPS_STORE.notes, serializeNotes(pending));
  for (const n of plan.remove) sheets.range(n.sheet, n.address).Comment?.Delete();
  for (const n of plan.add) sheets.range(n.sheet, n.address).AddComment(n.text);
  const next = plan.record.length > 0 ? final : undefined;
  if (next !== stored) writeDocument(env.app, WPS_STORE.notes, next);
  return { count: clearing ? plan.remove.length : plan.add.length, note: notePlanMessage(plan) };
}

class NotesTooLarge extends Error {}

const wantedNotes = (list: readonly HighlightMark[]): WantedNote[] =>
  list.flatMap((m) => (m.note ? [{ sheet: m.sheet, address: m.address.replace(/\$/g, '').toUpperCase(), text: m.note }] : []));

function finished(written: number, notes: { count: number; note?: Message }): WriteResult {
  return { ok: true, written, ...(notes.count > 0 ? { notes: notes.count } : {}), ...(notes.note ? { note: notes.note } : {}) };
}

export function highlight(env: WriteEnv, marks: readonly HighlightMark[]): WriteResult {
  const list = expand(Array.isArray(marks) ? marks : []);
  if (!list) return fail('failed', wpsMsg.tooManyHighlights(MAX_HIGHLIGHT_CELLS));
  const sheets = new Sheets(env.app);
  const problem = refuseStructure(sheets, list, false);
  if (problem) return problem;
  const wanted = wantedNotes(list);
  try {
    restoreFills(env, sheets);
    const saved: SavedFill[] = list.map((mark) => ({
      sheet: mark.sheet,
      address: mark.address.replace(/\$/g, '').toUpperCase(),
      color: fillOf(sheets.range(mark.sheet, mark.address)),
      applied: SEVERITY_FILL[mark.severity],
    }));
    const text = serializeFills(saved);
    if (text.length > WPS_STORE_LIMITS.fillsChars) return fail('failed', wpsMsg.fillsTooLarge);
    writeDocument(env.app, WPS_STORE.fills, text);
    const notes = quietly(env.app, () => {
      for (const f of saved) setFill(sheets.range(f.sheet, f.address), f.applied);
      return applyNotes(env, sheets, wanted, false);
    });
    return finished(saved.length, notes);
  } catch (error) {
    if (error instanceof NotesTooLarge) return fail('failed', wpsMsg.notesTooLarge);
    return fail('failed', wpsMsg.writeFailed(detailOf(error)));
  }
}

export function clearHighlights(env: WriteEnv): WriteResult {
  const sheets = new Sheets(env.app);
  const saved = parseFills(readDocument(env.app, WPS_STORE.fills));
  const notes = parseNotes(readDocument(env.app, WPS_STORE.notes));
  const locked = [...saved, ...notes].filter((f) => sheets.get(f.sheet)?.ProtectContents === true);
  if (locked.length > 0) return fail('protected', wpsMsg.protectedCells(locked), locked);
  try {
    const written = restoreFills(env, sheets);
    return finished(written, quietly(env.app, () => applyNotes(env, sheets, [], true)));
  } catch (error) {
    return fail('failed', wpsMsg.writeFailed(detailOf(error)));
  }
}

export { cellContent };
