// The pane's state and the commands it sends to the host: validate (with progress and cancel),
// select, preview and apply changes, undo, highlights, reviewed marks, export, live re-check.
// Components only render what this returns; nothing here touches Excel directly.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { WorkbookGrid } from '../../core/grid/types';
import type { CellChange, Finding, Message, ReviewedMark } from '../../core/findings/types';
import type { TableSummary, WorkbookReport } from '../../core/report/types';
import { certainFixes } from '../../core/actions/fixes';
import { highlightMarks } from '../../core/actions/highlights';
import { markFor, withMark, withoutMark } from '../../core/actions/reviewed';
import { mergeReport } from '../../core/actions/report-merge';
import { scoreFormulaChanges, type SkippedRow } from '../../core/actions/score-formula';
import type { JournalEntry, PerfHost, ReadProgress, WriteResult } from '../../hosts/types';
import { isAbortError, messageOf } from '../errors';
import { text } from '../i18n/catalog';
import type { Language } from '../i18n';
import type { PaneServices } from '../services';
import { DEFAULT_SETTINGS, resolveProfile, type Settings } from './settings';

export type Busy = 'reading' | 'checking' | 'writing';

export interface Notice {
  readonly intent: 'success' | 'error' | 'warning' | 'info';
  readonly message: Message;
  readonly title?: Message;
  /** Offer 重新校验 (the workbook changed since the validation). */
  readonly revalidate?: boolean;
}

export type DialogState =
  | {
      readonly kind: 'changes';
      readonly title: Message;
      readonly label: Message;
      readonly changes: readonly CellChange[];
      readonly skipped: readonly SkippedRow[];
      readonly conflicts: number;
    }
  | { readonly kind: 'review'; readonly finding: Finding };

export interface ControllerOptions {
  readonly host: PerfHost;
  readonly services: PaneServices;
  readonly language: Language;
  /** Quiet time after the last edit before a live re-check. */
  readonly liveDelayMs?: number;
}

function replaceSheets(grid: WorkbookGrid, fresh: WorkbookGrid): WorkbookGrid {
  const byName = new Map(fresh.sheets.map((s) => [s.name, s]));
  const sheets = grid.sheets.map((s) => byName.get(s.name) ?? s);
  const added = fresh.sheets.filter((s) => !grid.sheets.some((g) => g.name === s.name));
  return { ...grid, sheets: [...sheets, ...added] };
}

function uniqueNotes(notes: readonly Message[]): Message[] {
  return notes.filter((note, i) => notes.findIndex((n) => n.zh === note.zh) === i);
}

export function usePaneController({ host, services, language, liveDelayMs = 800 }: ControllerOptions) {
  const [busy, setBusy] = useState<Busy>();
  const [progress, setProgress] = useState<ReadProgress>();
  const [report, setReport] = useState<WorkbookReport>();
  const [notice, setNotice] = useState<Notice>();
  const [notes, setNotes] = useState<readonly Message[]>(host.capabilities.notes);
  const [journal, setJournal] = useState<readonly JournalEntry[]>([]);
  const [dialog, setDialog] = useState<DialogState>();
  const [live, setLive] = useState(false);
  const [showReviewed, setShowReviewed] = useState(false);
  const [settings, setSettingsState] = useState<Settings>(DEFAULT_SETTINGS);
  const [stale, setStale] = useState(false);

  const gridRef = useRef<WorkbookGrid | undefined>(undefined);
  const marksRef = useRef<ReviewedMark[]>([]);
  const abortRef = useRef<AbortController | undefined>(undefined);
  const profile = useMemo(() => resolveProfile(settings, services), [settings, services]);
  const profileRef = useRef(profile);
  profileRef.current = profile;

  const fail = useCallback((error: unknown) => setNotice({ intent: 'error', message: messageOf(error) }), []);

  const refreshJournal = useCallback(async () => {
    try {
      setJournal(await host.journal());
    } catch (error) {
      fail(error);
    }
  }, [host, fail]);

  // The journal lives in the workbook: a reopened pane can still undo the last batch.
  useEffect(() => {
    void refreshJournal();
  }, [refreshJournal]);

  const runCheck = useCallback(
    (grid: WorkbookGrid, marks: readonly ReviewedMark[]): WorkbookReport | undefined => {
      const current = profileRef.current;
      if (!current) return undefined;
      return services.check(grid, { profile: current, reviewed: [...marks] });
    },
    [services],
  );

  const validate = useCallback(
    async (keepNotice = false): Promise<void> => {
      abortRef.current?.abort();
      if (!profileRef.current) {
        setNotice({ intent: 'warning', message: text.noProfile });
        return;
      }
      const controller = new AbortController();
      abortRef.current = controller;
      setBusy('reading');
      setProgress(undefined);
      if (!keepNotice) setNotice(undefined);
      try {
        const grid = await host.readWorkbook({
          signal: controller.signal,
          onProgress: (p) => {
            if (!controller.signal.aborted) setProgress(p);
          },
        });
        if (controller.signal.aborted) throw new DOMException('cancelled', 'AbortError');
        const marks = [...(await host.loadReviewed())];
        setBusy('checking');
        const next = runCheck(grid, marks);
        if (!next) return;
        gridRef.current = grid;
        marksRef.current = marks;
        setReport(next);
        // The checker carries the grid's read notes into report.notes; a checker that does not still has them shown.
        setNotes(uniqueNotes([...host.capabilities.notes, ...(grid.notes ?? []), ...(next.notes ?? [])]));
        setStale(false);
      } catch (error) {
        if (isAbortError(error)) setNotice({ intent: 'info', message: text.cancelled });
        else fail(error);
      } finally {
        if (abortRef.current === controller) {
          abortRef.current = undefined;
          setBusy(undefined);
          setProgress(undefined);
        }
      }
    },
    [host, runCheck, fail],
  );

  const cancel = useCallback(() => abortRef.current?.abort(), []);

  useEffect(() => () => abortRef.current?.abort(), []);

  const select = useCallback(
    async (finding: Finding) => {
      const cell = finding.cells[0];
      if (!cell) return;
      try {
        await host.selectCell(finding.sheet, cell);
      } catch (error) {
        fail(error);
      }
    },
    [host, fail],
  );

  const refused = (result: Extract<WriteResult, { ok: false }>): Notice => ({
    intent: result.reason === 'changed' ? 'warning' : 'error',
    title: text.writeRefused,
    message: result.message,
    revalidate: result.reason === 'changed',
  });

  const write = useCallback(
    async (run: () => Promise<WriteResult>, success: (result: Extract<WriteResult, { ok: true }>) => Message) => {
      setBusy('writing');
      try {
        const result = await run();
        if (result.ok) {
          setNotice({ intent: 'success', message: success(result) });
          await refreshJournal();
          await validate(true);
        } else {
          setNotice(refused(result));
          await refreshJournal();
        }
      } catch (error) {
        fail(error);
      } finally {
        setBusy((b) => (b === 'writing' ? undefined : b));
      }
    },
    [refreshJournal, validate, fail],
  );

  const previewFix = useCallback((finding: Finding) => {
    if (!finding.fix) return;
    setDialog({ kind: 'changes', title: text.fixTitle, label: finding.fix.description, changes: finding.fix.changes, skipped: [], conflicts: 0 });
  }, []);

  const previewAllFixes = useCallback(() => {
    if (!report) return;
    const batch = certainFixes(report.findings);
    const n = batch.findings.length;
    const label = { zh: `修正全部确定问题（${n} 处）`, en: `Fix all certain issues (${n})` };
    setDialog({ kind: 'changes', title: text.allFixesTitle, label, changes: batch.changes, skipped: [], conflicts: batch.conflicts.length });
  }, [report]);

  const previewFormulas = useCallback(
    (summary: TableSummary) => {
      const grid = gridRef.current;
      if (!grid || !services.recognise) return;
      const table = services.recognise(grid).tables.find((t) => t.sheet === summary.sheet && t.range === summary.range);
      if (!table) {
        setNotice({ intent: 'warning', message: text.stale, revalidate: true });
        return;
      }
      const plan = scoreFormulaChanges(table, { profile: profileRef.current });
      setDialog({ kind: 'changes', title: text.formulaTitle, label: plan.label, changes: plan.changes, skipped: plan.skipped, conflicts: 0 });
    },
    [services],
  );

  const applyDialog = useCallback(async () => {
    if (dialog?.kind !== 'changes') return;
    setDialog(undefined);
    await write(() => host.applyChanges(dialog.changes, dialog.label), (r) => text.written(r.written));
  }, [dialog, host, write]);

  const undo = useCallback(async () => {
    const last = journal[journal.length - 1];
    await write(() => host.undoLast(), (r) => text.undone(r.entry?.label ?? last?.label ?? text.undo));
  }, [journal, host, write]);

  const highlight = useCallback(async () => {
    if (!report) return;
    const marks = highlightMarks(report.findings);
    setBusy('writing');
    try {
      const result = await host.highlight(marks);
      setNotice(result.ok ? { intent: 'success', message: text.highlighted(result.written) } : refused(result));
    } catch (error) {
      fail(error);
    } finally {
      setBusy(undefined);
    }
  }, [report, host, fail]);

  const clearHighlights = useCallback(async () => {
    setBusy('writing');
    try {
      const result = await host.clearHighlights();
      setNotice(result.ok ? { intent: 'success', message: text.cleared(result.written) } : refused(result));
    } catch (error) {
      fail(error);
    } finally {
      setBusy(undefined);
    }
  }, [host, fail]);

  /** Marks changed: stored in the workbook, then the last read is checked again with them. */
  const saveMarks = useCallback(
    async (update: (marks: readonly ReviewedMark[]) => ReviewedMark[]) => {
      try {
        const marks = update(await host.loadReviewed());
        await host.saveReviewed(marks);
        marksRef.current = marks;
        const grid = gridRef.current;
        const next = grid ? runCheck(grid, marks) : undefined;
        if (next) setReport(next);
      } catch (error) {
        fail(error);
      }
    },
    [host, runCheck, fail],
  );

  const review = useCallback(
    async (finding: Finding, reason: string) => {
      setDialog(undefined);
      await saveMarks((marks) => withMark(marks, markFor(finding, reason, new Date().toISOString())));
    },
    [saveMarks],
  );

  const unreview = useCallback((mark: ReviewedMark) => saveMarks((marks) => withoutMark(marks, mark)), [saveMarks]);

  const exportReport = useCallback(async () => {
    if (!report) return;
    setBusy('writing');
    try {
      const result = await host.exportReport(report, language);
      if ('sheet' in result) setNotice({ intent: 'success', message: text.exported(result.sheet) });
      else if (!result.ok) setNotice(refused(result));
    } catch (error) {
      fail(error);
    } finally {
      setBusy(undefined);
    }
  }, [report, host, language, fail]);

  /** Live re-check: read and check only the edited sheets, then merge into the report. */
  const recheckSheets = useCallback(
    async (sheets: readonly string[]) => {
      const grid = gridRef.current;
      if (!grid || sheets.length === 0) return;
      try {
        const fresh = await host.readWorkbook({ sheets });
        const partial = runCheck(fresh, marksRef.current);
        if (!partial) return;
        gridRef.current = replaceSheets(gridRef.current ?? grid, fresh);
        setReport((previous) => (previous ? mergeReport(previous, partial, sheets) : partial));
        if (partial.notes?.length) setNotes((shown) => uniqueNotes([...shown, ...(partial.notes ?? [])]));
      } catch (error) {
        fail(error);
      }
    },
    [host, runCheck, fail],
  );

  useEffect(() => {
    if (!live) return undefined;
    let stop: (() => void) | undefined;
    let ended = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const pending = new Set<string>();
    const flush = () => {
      const sheets = [...pending];
      pending.clear();
      void recheckSheets(sheets);
    };
    host
      .watchChanges((sheet) => {
        pending.add(sheet);
        if (timer) clearTimeout(timer);
        timer = setTimeout(flush, liveDelayMs);
      })
      .then((unsubscribe) => (ended ? unsubscribe() : (stop = unsubscribe)))
      .catch((error: unknown) => {
        fail(error);
        setLive(false);
      });
    return () => {
      ended = true;
      if (timer) clearTimeout(timer);
      stop?.();
    };
  }, [live, host, liveDelayMs, recheckSheets, fail]);

  const setSettings = useCallback(
    (next: Settings) => {
      setSettingsState(next);
      if (report) setStale(true);
    },
    [report],
  );

  return {
    busy,
    progress,
    report,
    notice,
    notes,
    journal,
    dialog,
    live,
    showReviewed,
    settings,
    stale,
    profile,
    canInsertFormulas: services.recognise !== undefined,
    validate,
    cancel,
    select,
    previewFix,
    previewAllFixes,
    previewFormulas,
    applyDialog,
    closeDialog: () => setDialog(undefined),
    openReview: (finding: Finding) => setDialog({ kind: 'review', finding }),
    review,
    unreview,
    undo,
    highlight,
    clearHighlights,
    exportReport,
    setLive,
    setShowReviewed,
    setSettings,
    dismissNotice: () => setNotice(undefined),
  };
}

export type PaneController = ReturnType<typeof usePaneController>;
