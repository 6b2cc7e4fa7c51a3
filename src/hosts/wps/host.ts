// createWpsHost: the PerfHost over WPS 表格's object model (window.Application), behind the same
// interface as the Excel host, so the pane and the core do not know which host they run in.
// ET calls are synchronous; operations still run one at a time (a queue), so a click cannot start a
// write while a read of the same pane is between sheets.
import { parseA1, parseRectA1, rectA1 } from '../../core/grid/address';
import type { Message, ReviewedMark } from '../../core/findings/types';
import type { WorkbookReport } from '../../core/report/types';
import { reportSheetRows, uniqueSheetName } from '../../core/actions/report-sheet';
import { parseReviewed, serializeReviewed } from '../memory/store';
import { textNeedsGuard } from '../excel/cell-io';
import type { HighlightMark, HostCapabilities, PerfHost, ReadOptions, WriteResult } from '../types';
import { wpsVersion, type EtApplication, type EtWorksheet } from './et';
import { WpsHostError, asHostError, detailOf } from './errors';
import { registrationProblem } from './functions';
import { wpsMsg } from './messages';
import { readWorkbook, type WpsState } from './read';
import { WPS_STORE, WPS_STORE_LIMITS, readDocument, writeDocument } from './store';
import { applyChanges, clearHighlights, fail, highlight, quietly, readJournal, undoLast, type WriteEnv } from './write';

export interface WpsHostOptions {
  readonly now?: () => Date;
  readonly newId?: () => string;
}

function serial(): <T>(task: () => T | Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => T | Promise<T>): Promise<T> => {
    const next = tail.then(task, task);
    tail = next.catch(() => undefined);
    return next;
  };
}

function newId(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (typeof c?.randomUUID === 'function') return c.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

export { wpsVersion };

export function capabilitiesOf(app: EtApplication): HostCapabilities {
  const notes: Message[] = [wpsMsg.noUndoInWps];
  if (typeof app.AddCustomFunction !== 'function') notes.push(wpsMsg.noFunctionsApi(wpsVersion(app)));
  else {
    const problem = registrationProblem(app);
    if (problem) notes.push(problem);
  }
  return {
    select: true,
    highlight: true,
    storeInWorkbook: true,
    watchChanges: typeof app.ApiEvent?.AddApiEventListener === 'function',
    addSheet: true,
    // 批注 through Range.AddComment / Comment.Text() / Comment.Delete(), in every WPS with add-ins.
    cellNotes: true,
    notes,
  };
}

function sheetOf(app: EtApplication, name: string): EtWorksheet {
  const book = app.ActiveWorkbook;
  if (!book) throw new WpsHostError(wpsMsg.noWorkbook);
  try {
    return book.Worksheets.Item(name);
  } catch {
    throw new WpsHostError(wpsMsg.sheetMissing(name));
  }
}

function selectCell(app: EtApplication, sheet: string, address: string): void {
  const clean = typeof address === 'string' ? address.replace(/\$/g, '') : '';
  if (!parseA1(clean) && !parseRectA1(clean)) throw new WpsHostError(wpsMsg.badAddress(String(address)));
  const ws = sheetOf(app, sheet);
  try {
    ws.Activate();
    ws.Range(clean).Select();
  } catch (error) {
    throw new WpsHostError(wpsMsg.selectFailed(sheet, clean, detailOf(error)));
  }
}

function exportReport(app: EtApplication, report: WorkbookReport, language: 'zh' | 'en'): { readonly sheet: string } | WriteResult {
  try {
    const book = app.ActiveWorkbook;
    if (!book) return fail('failed', wpsMsg.noWorkbook);
    const sheets = book.Worksheets;
    const count = Number(sheets.Count);
    const names: string[] = [];
    for (let i = 1; i <= count; i += 1) names.push(String(sheets.Item(i).Name));
    const name = uniqueSheetName(names);
    const rows = reportSheetRows(report, language);
    const width = Math.max(1, ...rows.map((r) => r.length));
    return quietly(app, () => {
      const ws = sheets.Add(undefined, sheets.Item(count));
      ws.Name = name;
      if (rows.length > 0) {
        const values = rows.map((row) =>
          Array.from({ length: width }, (_u, j) => {
            const cell = row[j];
            if (!cell) return '';
            if (cell.formula) return cell.formula;
            return typeof cell.value === 'string' && textNeedsGuard(cell.value) ? `'${cell.value}` : cell.value;
          }),
        );
        ws.Range(rectA1({ top: 1, left: 1, bottom: rows.length, right: width })).Value2 = values;
      }
      return { sheet: name };
    });
  } catch (error) {
    return fail('failed', wpsMsg.cannotAddSheet(detailOf(error)));
  }
}

type Addressed = { Address?: (a?: boolean, b?: boolean) => unknown } | null | undefined;

/** The address of a range as A1 without $, or '' when it is not a range. */
function addressOf(range: Addressed): string {
  return range && typeof range.Address === 'function' ? String(range.Address(false, false)) : '';
}

/** The top-left cell of an address ('B5:C7' or 'B5:C7,E2' → 'B5'). */
function topLeft(address: string): string {
  return address.split(',')[0].split(':')[0].replace(/\$/g, '').trim().toUpperCase();
}

/**
 * Listens to an ET sheet event (sheet, range) as (sheet name, address); returns the unsubscribe function.
 * A refused subscription throws for edits (live re-check must say it is off) and is ignored for
 * selections (opening a finding from a click is a convenience).
 */
function listen(app: EtApplication, event: 'SheetChange' | 'SheetSelectionChange', on: (sheet: string, address: string) => void): () => void {
  const hub = app.ApiEvent;
  if (!hub || typeof hub.AddApiEventListener !== 'function') return () => undefined;
  const listener = (sheet: { Name?: unknown } | undefined, range: Addressed) => {
    try {
      const name = String(sheet?.Name ?? '');
      const address = addressOf(range);
      if (name && address) on(name, address);
    } catch {
      // An event we cannot read is skipped; the next validation reads the sheet anyway.
    }
  };
  try {
    hub.AddApiEventListener(event, listener as unknown as (...args: never[]) => void);
  } catch (error) {
    if (event === 'SheetChange') throw error;
    return () => undefined;
  }
  return () => {
    try {
      if (typeof hub.RemoveApiEventListener === 'function') hub.RemoveApiEventListener(event, listener as unknown as (...args: never[]) => void);
    } catch {
      // already gone with the pane
    }
  };
}

function watchChanges(app: EtApplication, onChange: (sheet: string, address: string) => void): () => void {
  return listen(app, 'SheetChange', onChange);
}

/** SheetSelectionChange as (sheet, top-left cell). */
function watchSelection(app: EtApplication, onSelect: (sheet: string, address: string) => void): () => void {
  return listen(app, 'SheetSelectionChange', (sheet, address) => {
    const cell = topLeft(address);
    if (cell) onSelect(sheet, cell);
  });
}

/** The active sheet and the top-left cell of the selection; undefined when a shape or nothing is selected. */
function selectedCell(app: EtApplication): { sheet: string; address: string } | undefined {
  try {
    const cell = topLeft(addressOf(app.Selection as Addressed));
    const sheet = app.ActiveSheet;
    const name = sheet ? String(sheet.Name ?? '') : '';
    return cell && name ? { sheet: name, address: cell } : undefined;
  } catch {
    return undefined;
  }
}

/** The WPS host over `app` (window.Application in WPS; tests pass a fake). */
/** The user name set in WPS (Application.UserName), trimmed and cut to 64 characters; undefined when empty or unreadable. */
function userNameOf(app: EtApplication): string | undefined {
  try {
    const name = app.UserName;
    if (typeof name !== 'string') return undefined;
    const trimmed = name.trim();
    return trimmed === '' ? undefined : [...trimmed].slice(0, 64).join('');
  } catch {
    return undefined;
  }
}

export function createWpsHost(app: EtApplication, options: WpsHostOptions = {}): PerfHost {
  const state: WpsState = { snapshots: new Map() };
  const env: WriteEnv = { app, state, now: options.now ?? (() => new Date()), newId: options.newId ?? newId };
  const queue = serial();
  // A write that throws before it changed anything (ET refusing a read, the journal unreadable) is
  // reported as not done; writeBatch itself reports a write that failed half-way.
  const guarded = (what: Message, task: () => WriteResult): Promise<WriteResult> =>
    queue(() => {
      try {
        return task();
      } catch (error) {
        return fail('failed', error instanceof WpsHostError ? error.perfMessage : wpsMsg.notDone(what, detailOf(error)));
      }
    });
  /** Runs `task` in the queue; anything ET throws becomes a WpsHostError with `message`. */
  const asked = <T>(message: (detail: string) => Message, task: () => T | Promise<T>): Promise<T> =>
    queue(async () => {
      try {
        return await task();
      } catch (error) {
        throw asHostError(error, message);
      }
    });
  return {
    kind: 'wps',
    capabilities: capabilitiesOf(app),
    readWorkbook: (read?: ReadOptions) => queue(() => readWorkbook(app, state, read)),
    selectCell: (sheet: string, address: string) =>
      asked((detail) => wpsMsg.selectFailed(sheet, String(address), detail), () => selectCell(app, sheet, address)),
    applyChanges: (changes, label: Message) => guarded(wpsMsg.what.fix, () => applyChanges(env, changes, label)),
    undoLast: () => guarded(wpsMsg.what.undo, () => undoLast(env)),
    journal: () => asked((detail) => wpsMsg.storeReadFailed(wpsMsg.what.journal, detail), () => readJournal(app)),
    highlight: (marks: readonly HighlightMark[]) => guarded(wpsMsg.what.highlight, () => highlight(env, marks)),
    clearHighlights: () => guarded(wpsMsg.what.clearHighlights, () => clearHighlights(env)),
    loadReviewed: () =>
      asked((detail) => wpsMsg.storeReadFailed(wpsMsg.what.reviewed, detail), () => parseReviewed(readDocument(app, WPS_STORE.reviewed))),
    saveReviewed: (marks: readonly ReviewedMark[]) =>
      queue(() => {
        const text = serializeReviewed(Array.isArray(marks) ? marks : []);
        if (text.length > WPS_STORE_LIMITS.reviewedChars) throw new WpsHostError(wpsMsg.reviewedTooLarge);
        try {
          writeDocument(app, WPS_STORE.reviewed, marks.length > 0 ? text : undefined);
        } catch (error) {
          throw new WpsHostError(wpsMsg.storeFailed(detailOf(error)));
        }
      }),
    exportReport: (report: WorkbookReport, language: 'zh' | 'en') => queue(() => exportReport(app, report, language)),
    watchChanges: async (onChange) => {
      try {
        return watchChanges(app, onChange);
      } catch (error) {
        throw asHostError(error, wpsMsg.watchFailed);
      }
    },
    watchSelection: async (onSelect) => watchSelection(app, onSelect),
    selectedCell: () => queue(() => selectedCell(app)),
    reviewer: () => userNameOf(app),
  };
}
