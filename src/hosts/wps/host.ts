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
import type { EtApplication, EtWorksheet } from './et';
import { WpsHostError, detailOf } from './errors';
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

/** The WPS version, for messages (ET's Version, or its Build). */
export function wpsVersion(app: EtApplication): string {
  try {
    const v = app.Build ?? app.Version;
    return v === undefined || v === null ? '?' : String(v);
  } catch {
    return '?';
  }
}

export function capabilitiesOf(app: EtApplication): HostCapabilities {
  const notes: Message[] = [wpsMsg.noUndoInWps];
  if (typeof app.AddCustomFunction !== 'function') notes.push(wpsMsg.noFunctionsApi(wpsVersion(app)));
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
  } catch {
    throw new WpsHostError(wpsMsg.selectFailed(sheet, clean));
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

function watchChanges(app: EtApplication, onChange: (sheet: string, address: string) => void): () => void {
  const hub = app.ApiEvent;
  if (!hub || typeof hub.AddApiEventListener !== 'function') return () => undefined;
  const listener = (sheet: { Name?: unknown } | undefined, range: { Address?: (a?: boolean, b?: boolean) => unknown } | undefined) => {
    try {
      const name = String(sheet?.Name ?? '');
      const address = range?.Address ? String(range.Address(false, false)) : '';
      if (name && address) onChange(name, address);
    } catch {
      // An event we cannot read is skipped; the next validation reads the sheet anyway.
    }
  };
  hub.AddApiEventListener('SheetChange', listener as unknown as (...args: never[]) => void);
  return () => {
    try {
      hub.RemoveApiEventListener('SheetChange', listener as unknown as (...args: never[]) => void);
    } catch {
      // already gone with the pane
    }
  };
}

/** The WPS host over `app` (window.Application in WPS; tests pass a fake). */
export function createWpsHost(app: EtApplication, options: WpsHostOptions = {}): PerfHost {
  const state: WpsState = { snapshots: new Map() };
  const env: WriteEnv = { app, state, now: options.now ?? (() => new Date()), newId: options.newId ?? newId };
  const queue = serial();
  const guarded = (task: () => WriteResult): Promise<WriteResult> =>
    queue(() => {
      try {
        return task();
      } catch (error) {
        return fail('failed', wpsMsg.writeFailed(detailOf(error)));
      }
    });
  return {
    kind: 'wps',
    capabilities: capabilitiesOf(app),
    readWorkbook: (read?: ReadOptions) => queue(() => readWorkbook(app, state, read)),
    selectCell: (sheet: string, address: string) => queue(() => selectCell(app, sheet, address)),
    applyChanges: (changes, label: Message) => guarded(() => applyChanges(env, changes, label)),
    undoLast: () => guarded(() => undoLast(env)),
    journal: () => queue(() => readJournal(app)),
    highlight: (marks: readonly HighlightMark[]) => guarded(() => highlight(env, marks)),
    clearHighlights: () => guarded(() => clearHighlights(env)),
    loadReviewed: () => queue(() => parseReviewed(readDocument(app, WPS_STORE.reviewed))),
    saveReviewed: (marks: readonly ReviewedMark[]) =>
      queue(() => {
        const text = serializeReviewed(Array.isArray(marks) ? marks : []);
        if (text.length > WPS_STORE_LIMITS.reviewedChars) throw new WpsHostError(wpsMsg.storeTooLarge('已复核标记'));
        try {
          writeDocument(app, WPS_STORE.reviewed, marks.length > 0 ? text : undefined);
        } catch (error) {
          throw new WpsHostError(wpsMsg.storeFailed(detailOf(error)));
        }
      }),
    exportReport: (report: WorkbookReport, language: 'zh' | 'en') => queue(() => exportReport(app, report, language)),
    watchChanges: async (onChange) => watchChanges(app, onChange),
  };
}
