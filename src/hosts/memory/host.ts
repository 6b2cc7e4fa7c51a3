// An in-memory PerfHost over a MemoryWorkbook: the same contract as the Excel host (all-or-nothing
// batches, journal written before the cells, exact undo, saved fills, reviewed marks in the
// workbook), without Office. Used by the pane's tests and by the browser preview.
import { parseA1 } from '../../core/grid/address';
import type { SheetGrid, WorkbookGrid } from '../../core/grid/types';
import type { CellChange, Message, ReviewedMark } from '../../core/findings/types';
import { PerfHostError } from '../host-error';
import type { WorkbookReport } from '../../core/report/types';
import { reportSheetRows, uniqueSheetName } from '../../core/actions/report-sheet';
import type { HighlightMark, HostCapabilities, JournalEntry, PerfHost, ReadOptions, WriteResult } from '../types';
import { memoryMessages as msg, type CellName } from './messages';
import { parseFills, parseJournal, parseReviewed, serializeFills, serializeJournal, serializeReviewed, STORE, type SavedFill } from './store';
import { movedSinceRead } from './since-read';
import { NOTES_STORE, notePlanMessage, noteMessages, parseNotes, planNotes, serializeNotes, type WantedNote } from '../notes';
import { cellHolds, MemoryWorkbook } from './workbook';

export const SEVERITY_FILLS: Readonly<Record<HighlightMark['severity'], string>> = {
  error: '#F8C9C4',
  warning: '#FCE7A8',
  info: '#CFE2F3',
};

export const JOURNAL_LIMIT = 20;

export interface MemoryHostOptions {
  /** Waits this long per sheet while reading, to behave like a large workbook (progress, cancel). */
  readonly readDelayMs?: number;
  readonly capabilities?: Partial<Omit<HostCapabilities, 'notes'>> & { readonly notes?: readonly Message[] };
  readonly now?: () => Date;
  /** The name the host reports for the person using it (stamped on reviewed marks); none when absent. */
  readonly reviewer?: string;
}

export interface MemoryHost extends PerfHost {
  readonly workbook: MemoryWorkbook;
}

/** Rejects with a message the pane can show (the same shape as the Excel host's errors). */
export class MemoryHostError extends PerfHostError {
  constructor(perfMessage: Message) {
    super(perfMessage, 'MemoryHostError');
  }
}

function abortError(): DOMException {
  return new DOMException(msg.readCancelled.zh, 'AbortError');
}

function wait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError());
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

const refused = (reason: 'protected' | 'changed' | 'unsupported' | 'failed', message: Message, cells?: CellName[]): WriteResult =>
  cells ? { ok: false, reason, message, cells } : { ok: false, reason, message };

const cellNames = (cells: readonly CellName[]): CellName[] => cells.map(({ sheet, address }) => ({ sheet, address }));

function groupBySheet<T extends { sheet: string }>(items: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) (out.get(item.sheet) ?? out.set(item.sheet, []).get(item.sheet)!).push(item);
  return out;
}

export function createMemoryHost(source: WorkbookGrid | MemoryWorkbook, options: MemoryHostOptions = {}): MemoryHost {
  const workbook = source instanceof MemoryWorkbook ? source : new MemoryWorkbook(source);
  const now = options.now ?? (() => new Date());
  const capabilities: HostCapabilities = {
    select: true,
    highlight: true,
    storeInWorkbook: true,
    watchChanges: true,
    addSheet: true,
    cellNotes: true,
    ...options.capabilities,
    notes: options.capabilities?.notes ?? [],
  };
  let counter = 0;
  /** What each sheet held when the pane last read it: writes are checked against it. */
  const lastRead = new Map<string, SheetGrid>();

  /** After our own write the last read is brought up to date, so our write is not taken for the user's. */
  function refreshLastRead(changes: readonly CellChange[]): void {
    const sheets = [...new Set(changes.map((c) => c.sheet))].filter((s) => lastRead.has(s));
    for (const sheet of workbook.snapshot(sheets).sheets) lastRead.set(sheet.name, sheet);
  }

  /** Why a batch of cells cannot be written: a missing sheet, a bad address, protection. */
  function refuseStructure(cells: readonly CellName[]): WriteResult | undefined {
    if (cells.length === 0) return refused('failed', msg.emptyBatch);
    const missing = cells.find((c) => !workbook.hasSheet(c.sheet));
    if (missing) return refused('changed', msg.sheetMissing(missing.sheet), cellNames([missing]));
    const bad = cells.find((c) => !parseA1(c.address));
    if (bad) return refused('failed', msg.badAddress(bad.address), cellNames([bad]));
    const locked = cells.filter((c) => workbook.isProtected(c.sheet));
    if (locked.length > 0) return refused('protected', msg.protectedCells(locked), cellNames(locked));
    return undefined;
  }

  function writeAll(changes: readonly CellChange[], side: 'before' | 'after'): void {
    for (const [sheet, list] of groupBySheet(changes)) {
      workbook.write(sheet, list.map((c) => ({ address: c.address, content: c[side] })), false);
    }
  }

  function readJournal(): JournalEntry[] {
    return parseJournal(workbook.document(STORE.journal));
  }

  function restoreSavedFills(): number {
    const saved = parseFills(workbook.document(STORE.fills));
    let restored = 0;
    for (const [sheet, list] of groupBySheet(saved)) {
      // A fill the user changed after we coloured it is theirs now: leave it.
      const ours = list.filter((f: SavedFill) => workbook.fill(sheet, f.address) === f.applied);
      workbook.setFills(sheet, ours.map((f) => ({ address: f.address, color: f.color })));
      restored += ours.length;
    }
    workbook.setDocument(STORE.fills, undefined);
    return restored;
  }

  /** Deletes PERF's earlier notes (unless edited) and adds the wanted ones where a cell has none. */
  function applyNotes(wanted: readonly WantedNote[], clearing = false): { count: number; note?: Message } {
    const plan = planNotes(parseNotes(workbook.document(NOTES_STORE)), wanted, (c) => workbook.note(c.sheet, c.address));
    for (const [sheet, list] of groupBySheet(plan.remove)) workbook.setNotes(sheet, list.map((n) => ({ address: n.address, text: null })));
    for (const [sheet, list] of groupBySheet(plan.add)) workbook.setNotes(sheet, list.map((n) => ({ address: n.address, text: n.text })));
    workbook.setDocument(NOTES_STORE, plan.record.length > 0 ? serializeNotes(plan.record) : undefined);
    return { count: clearing ? plan.remove.length : plan.add.length, note: notePlanMessage(plan) };
  }

  const wantedNotes = (marks: readonly HighlightMark[]): WantedNote[] =>
    marks.flatMap((m) => (typeof m.note === 'string' && m.note !== '' ? [{ sheet: m.sheet, address: m.address.toUpperCase(), text: m.note }] : []));

  function result(written: number, notes: { count: number; note?: Message } | undefined): WriteResult {
    const note = notes?.note;
    return { ok: true, written, ...(notes && notes.count > 0 ? { notes: notes.count } : {}), ...(note ? { note } : {}) };
  }

  return {
    kind: 'file',
    capabilities,
    workbook,
    ...(options.reviewer !== undefined ? { reviewer: () => options.reviewer } : {}),

    async readWorkbook(read: ReadOptions = {}): Promise<WorkbookGrid> {
      const wanted = read.sheets;
      const names = wanted ? workbook.sheetNames().filter((n) => wanted.includes(n)) : workbook.sheetNames();
      const delay = options.readDelayMs ?? 0;
      for (let i = 0; i < names.length; i++) {
        if (read.signal?.aborted) throw abortError();
        if (delay > 0) await wait(delay, read.signal);
        read.onProgress?.({ done: i + 1, total: names.length, sheet: names[i] });
      }
      if (read.signal?.aborted) throw abortError();
      const grid = workbook.snapshot(names);
      for (const sheet of grid.sheets) lastRead.set(sheet.name, sheet);
      return grid;
    },

    async selectCell(sheet: string, address: string): Promise<void> {
      if (!workbook.hasSheet(sheet)) throw new MemoryHostError(msg.sheetMissing(sheet));
      if (!parseA1(address.split(':')[0])) throw new MemoryHostError(msg.badAddress(address));
      workbook.select(sheet, address.split(':')[0]);
    },

    async applyChanges(changes: readonly CellChange[], label: Message): Promise<WriteResult> {
      const problem = refuseStructure(changes);
      if (problem) return problem;
      const stale = changes.filter((c) => !cellHolds(workbook.cell(c.sheet, c.address), c.before));
      if (stale.length > 0) return refused('changed', msg.changedSince(stale), cellNames(stale));
      const moved = movedSinceRead(workbook, lastRead, changes);
      if (moved.length > 0) return refused('changed', msg.movedSince(moved), cellNames(changes.filter((c) => moved.includes(c.sheet))));
      const entry: JournalEntry = { id: `m${now().getTime()}-${++counter}`, at: now().toISOString(), label, changes: [...changes] };
      // Journal first: should the write fail half-way, the entry still says how to undo it.
      workbook.setDocument(STORE.journal, serializeJournal([...readJournal(), entry].slice(-JOURNAL_LIMIT)));
      writeAll(changes, 'after');
      refreshLastRead(changes);
      return { ok: true, written: changes.length, entry };
    },

    async undoLast(): Promise<WriteResult> {
      const entries = readJournal();
      const last = entries[entries.length - 1];
      if (!last) return refused('failed', msg.nothingToUndo);
      const problem = refuseStructure(last.changes);
      if (problem) return problem;
      const edited = last.changes.filter((c) => !cellHolds(workbook.cell(c.sheet, c.address), c.after));
      if (edited.length > 0) return refused('changed', msg.changedSinceFix(edited), cellNames(edited));
      writeAll([...last.changes].reverse(), 'before');
      refreshLastRead(last.changes);
      workbook.setDocument(STORE.journal, serializeJournal(entries.slice(0, -1)));
      return { ok: true, written: last.changes.length, entry: last };
    },

    async journal(): Promise<readonly JournalEntry[]> {
      return readJournal();
    },

    async highlight(marks: readonly HighlightMark[]): Promise<WriteResult> {
      if (!capabilities.highlight) return refused('unsupported', msg.cannotHighlight);
      const problem = refuseStructure(marks);
      if (problem) return problem;
      const wanted = wantedNotes(marks);
      if (wanted.length > 0 && !capabilities.cellNotes) return refused('unsupported', noteMessages.unsupported);
      // Colours of an earlier run are restored first, so none is ever left behind.
      restoreSavedFills();
      const saved: SavedFill[] = marks.map((mark) => ({
        sheet: mark.sheet,
        address: mark.address.toUpperCase(),
        color: workbook.fill(mark.sheet, mark.address),
        applied: SEVERITY_FILLS[mark.severity],
      }));
      workbook.setDocument(STORE.fills, serializeFills(saved));
      for (const [sheet, list] of groupBySheet(saved)) {
        workbook.setFills(sheet, list.map((f) => ({ address: f.address, color: f.applied })));
      }
      return result(saved.length, capabilities.cellNotes ? applyNotes(wanted) : undefined);
    },

    async clearHighlights(): Promise<WriteResult> {
      if (!capabilities.highlight) return refused('unsupported', msg.cannotHighlight);
      const saved = parseFills(workbook.document(STORE.fills));
      const locked = saved.filter((f) => workbook.isProtected(f.sheet));
      const notes = capabilities.cellNotes ? parseNotes(workbook.document(NOTES_STORE)) : [];
      const lockedNotes = notes.filter((n) => workbook.isProtected(n.sheet));
      if (locked.length + lockedNotes.length > 0) return refused('protected', msg.protectedCells([...locked, ...lockedNotes]), cellNames([...locked, ...lockedNotes]));
      const restored = restoreSavedFills();
      return result(restored, capabilities.cellNotes ? applyNotes([], true) : undefined);
    },

    async loadReviewed(): Promise<readonly ReviewedMark[]> {
      return parseReviewed(workbook.document(STORE.reviewed));
    },

    async saveReviewed(marks: readonly ReviewedMark[]): Promise<void> {
      workbook.setDocument(STORE.reviewed, serializeReviewed(marks));
    },

    async exportReport(report: WorkbookReport, language: 'zh' | 'en'): Promise<{ readonly sheet: string } | WriteResult> {
      if (!capabilities.addSheet) return refused('unsupported', msg.cannotAddSheet);
      const sheet = uniqueSheetName(workbook.sheetNames());
      workbook.addSheet(sheet, reportSheetRows(report, language));
      return { sheet };
    },

    async watchChanges(onChange: (sheet: string, address: string) => void): Promise<() => void> {
      return workbook.subscribe((event) => {
        if (event.type === 'cells' && event.byUser) event.addresses.forEach((address) => onChange(event.sheet, address));
      });
    },

    async watchSelection(onSelect: (sheet: string, address: string) => void): Promise<() => void> {
      return workbook.subscribe((event) => {
        if (event.type === 'selection') onSelect(event.sheet, event.address);
      });
    },

    async selectedCell(): Promise<{ sheet: string; address: string } | undefined> {
      const at = workbook.selection;
      return at ? { sheet: at.sheet, address: at.address.split(':')[0] } : undefined;
    },
  };
}
