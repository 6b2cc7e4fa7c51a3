// The pane's state and the commands it sends to the host: validate (with progress and cancel),
// select, preview and apply changes, undo, highlights, reviewed marks, export, live re-check.
// Components only render what this returns; nothing here touches Excel directly.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CellChange, Finding, Message, ReviewedMark } from '../../core/findings/types';
import { parseA1 } from '../../core/grid/address';
import type { HeaderHint } from '../../core/model/types';
import type { TableSummary, WorkbookReport } from '../../core/report/types';
import { certainFixes } from '../../core/actions/fixes';
import { questionedBy } from '../../core/actions/row-story';
import { highlightMarks } from '../../core/actions/highlights';
import { markFor, withMark, withoutMark } from '../../core/actions/reviewed';
import { chooseProfile } from '../../core/profile/auto';
import type { SkippedRow } from '../../core/actions/score-formula';
import type { JournalEntry, PerfHost, WriteResult } from '../../hosts/types';
import { messageOf } from '../errors';
import { cellContentText } from '../cell-text';
import { text } from '../i18n/catalog';
import type { Language } from '../i18n';
import type { PaneServices, ServicesSource } from '../services';
import type { PreferenceStore } from './preferences';
import { DEFAULT_SETTINGS, readCustomProfileWith, resolveProfile, type Settings } from './settings';
import { useLiveRecheck } from './useLiveRecheck';
import { useServices } from './useServices';
import { useValidation } from './useValidation';

export type Busy = 'reading' | 'checking' | 'writing';

/** The command the pane waits on: its button shows a spinner and the pane says what it is doing. */
export type Action = keyof typeof text.working;

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
      /** The finding each change fixes (fix-all). */
      readonly because?: readonly Finding[];
      readonly questioned?: ReadonlyArray<{ readonly finding: Finding; readonly by: readonly Finding[] }>;
      readonly questionedSelf?: boolean;
    }
  | { readonly kind: 'review'; readonly finding: Finding; readonly all?: readonly Finding[] };

export interface ControllerOptions {
  readonly host: PerfHost;
  /** The services, or their loader (called after the first render). */
  readonly services: ServicesSource;
  readonly language: Language;
  /** Quiet time after the last edit before a live re-check. */
  readonly liveDelayMs?: number;
  /** Settings kept between sessions (the add-in passes the browser's storage; tests pass none). */
  readonly preferences?: PreferenceStore;
}

/** Last session's settings; a custom profile waits for the core to validate it again. */
function storedSettings(preferences: PreferenceStore | undefined): { settings: Settings; custom?: unknown } {
  const stored = preferences?.load();
  if (!stored) return { settings: DEFAULT_SETTINGS };
  return {
    settings: { profileChoice: stored.profileChoice, expectedTotal: stored.expectedTotal },
    custom: stored.customProfile,
  };
}

/** A write the host refused: nothing was written; a changed workbook calls for 重新校验. */
function refused(result: Extract<WriteResult, { ok: false }>): Notice {
  return {
    intent: result.reason === 'changed' ? 'warning' : 'error',
    title: text.writeRefused,
    message: result.message,
    revalidate: result.reason === 'changed',
  };
}

/** A command that succeeded: its message, followed by the host's note when it left something as it was. */
function done(result: Extract<WriteResult, { ok: true }>, message: Message): Notice {
  if (!result.note) return { intent: 'success', message };
  return { intent: 'warning', message: { zh: `${message.zh}${result.note.zh}`, en: `${message.en} ${result.note.en}` } };
}

/** A message followed by a count of notes, when there is one. */
function withCount(message: Message, count: Message | undefined): Message {
  return count ? { zh: `${message.zh}${count.zh}`, en: `${message.en} ${count.en}` } : message;
}

export function usePaneController({ host, services: source, language, liveDelayMs = 800, preferences }: ControllerOptions) {
  const [notice, setNotice] = useState<Notice>();
  const [journal, setJournal] = useState<readonly JournalEntry[]>([]);
  const [dialog, setDialog] = useState<DialogState>();
  const [live, setLive] = useState(false);
  const [showReviewed, setShowReviewed] = useState(false);
  const [stored] = useState(() => storedSettings(preferences));
  const [highlightNotes, setHighlightNotesState] = useState(() => preferences?.load()?.highlightNotes === true);
  const [settings, setSettingsState] = useState<Settings>(stored.settings);
  const pendingCustom = useRef(stored.custom);
  const [running, setRunning] = useState<Action>();
  // A row the user named as the header (以选中行为表头重新校验): every check of this pane uses it until cleared.
  const [headerHint, setHeaderHint] = useState<HeaderHint>();
  const headerHintRef = useRef<HeaderHint | undefined>(undefined);
  const headerHints = useCallback((): readonly HeaderHint[] => (headerHintRef.current ? [headerHintRef.current] : []), []);

  const services = useServices(source);
  const loaded = services.loaded;

  // The custom profile of last session is checked by the core like a pasted one; if it no longer
  // passes, the national profile is used and the user is told why.
  useEffect(() => {
    const custom = pendingCustom.current;
    if (!loaded || custom === undefined) return;
    pendingCustom.current = undefined;
    const result = loaded.loadProfile(custom);
    if (result.ok) {
      setSettingsState((s) => (s.profileChoice === 'custom' && !s.customProfile ? { ...s, customProfile: result.profile } : s));
    } else {
      setSettingsState((s) => (s.profileChoice === 'custom' && !s.customProfile ? { ...s, profileChoice: 'national' } : s));
      setNotice({ intent: 'warning', message: text.storedProfileUnusable(result.errors[0]) });
    }
  }, [loaded]);
  // Until the core has loaded, the settings panel shows no profile figures; a validation waits for it.
  const profile = useMemo(() => (loaded ? resolveProfile(settings, loaded) : undefined), [settings, loaded]);
  const settingsRef = useRef(settings);
  settingsRef.current = settings;
  // The national profile in the settings is the default, and the default follows the core's rule
  // (chooseProfile 'auto', as perf-audit's): a Hubei layout (family F: a 20-point budget block,
  // 年度绩效目标 blocks) is checked with the Hubei profile instead, said so with the reason, one click
  // from going back; 'declined' keeps the national profile for this pane.
  const autoRef = useRef<'hubei' | 'declined' | undefined>(undefined);
  const [autoHubei, setAutoHubei] = useState(false);
  const effectiveSettings = useCallback(
    (): Settings => (settingsRef.current.profileChoice === 'national' && autoRef.current === 'hubei' ? { ...settingsRef.current, profileChoice: 'hubei' } : settingsRef.current),
    [],
  );
  const profileFor = useCallback((ready: PaneServices) => resolveProfile(effectiveSettings(), ready), [effectiveSettings]);
  const reconsider = useCallback((next: WorkbookReport): boolean => {
    if (settingsRef.current.profileChoice !== 'national' || autoRef.current === 'declined') return false;
    const hubeiLayout = chooseProfile('auto', next.tables).profile.id === 'hubei';
    if (hubeiLayout === (autoRef.current === 'hubei')) return false;
    autoRef.current = hubeiLayout ? 'hubei' : undefined;
    setAutoHubei(hubeiLayout);
    return true;
  }, []);

  const fail = useCallback((error: unknown) => setNotice({ intent: 'error', message: messageOf(error) }), []);
  const {
    busy, setBusy, progress, report, setReport, perfFormulas, checkedAt, notes, stale, setStale, gridRef, marksRef, runCheck, validate, cancel, recheckSheets,
  } = useValidation({ host, services, profileFor, setNotice, fail, reconsider, headerHints });

  const useNational = useCallback(async () => {
    autoRef.current = 'declined';
    setAutoHubei(false);
    await validate();
  }, [validate]);

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

  /** The ribbon's 校验 or the page around the pane: the workbook may have been written meanwhile. */
  const validateFromOutside = useCallback(async () => {
    await refreshJournal();
    await validate();
  }, [refreshJournal, validate]);

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

  const write = useCallback(
    async (run: () => Promise<WriteResult>, success: (result: Extract<WriteResult, { ok: true }>) => Message, action: Action) => {
      setBusy('writing');
      setRunning(action);
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
        setRunning(undefined);
      }
    },
    [refreshJournal, validate, fail],
  );

  /**
   * Opens a dialog that lists cell changes with the first changed cell selected in the workbook
   * (where the host can select), so the cell stays in view behind the dialog. A cell that cannot be
   * selected (sheet hidden or gone) does not keep the dialog from opening.
   */
  const showChanges = useCallback(
    async (state: Extract<DialogState, { kind: 'changes' }>) => {
      const first = state.changes[0];
      if (first && host.capabilities.select) {
        try {
          await host.selectCell(first.sheet, first.address);
        } catch {
          // shown without the selection
        }
      }
      setDialog(state);
    },
    [host],
  );

  const previewFix = useCallback(
    (finding: Finding) => {
      if (!finding.fix) return;
      const by = report ? questionedBy(finding, report.findings) : [];
      void showChanges({
        kind: 'changes', title: text.fixTitle, label: finding.fix.description, changes: finding.fix.changes, skipped: [], conflicts: 0,
        questioned: by.length > 0 ? [{ finding, by }] : [], questionedSelf: true,
      });
    },
    [report, showChanges],
  );

  const previewAllFixes = useCallback(() => {
    if (!report) return;
    const batch = certainFixes(report.findings);
    const n = batch.findings.length;
    const label = text.fixAllLabel(n);
    void showChanges({
      kind: 'changes', title: text.allFixesTitle, label, changes: batch.changes, skipped: [], conflicts: batch.conflicts.length,
      because: batch.because, questioned: batch.questioned,
    });
  }, [report, showChanges]);

  const previewFormulas = useCallback(
    (summary: TableSummary) => {
      const grid = gridRef.current;
      const ready = services.current();
      if (!grid || !ready?.recognise || !ready.scoreFormulas) return;
      const table = ready.recognise(grid, { headerHints: headerHints() }).tables.find((t) => t.sheet === summary.sheet && t.range === summary.range);
      if (!table) {
        setNotice({ intent: 'warning', message: text.stale, revalidate: true });
        return;
      }
      const plan = ready.scoreFormulas(table, { profile: profileFor(ready) });
      void showChanges({ kind: 'changes', title: text.formulaTitle, label: plan.label, changes: plan.changes, skipped: plan.skipped, conflicts: 0 });
    },
    [services, profileFor, headerHints, showChanges],
  );

  const previewFormulaValues = useCallback(() => {
    const grid = gridRef.current;
    const ready = services.current();
    if (!grid || !ready?.formulaValues) return;
    const plan = ready.formulaValues(grid, profileFor(ready)?.defaultScoreDecimals);
    void showChanges({ kind: 'changes', title: text.valuesTitle, label: plan.label, changes: plan.changes, skipped: plan.skipped, conflicts: 0 });
  }, [services, profileFor, showChanges]);

  const readCustom = useCallback((json: string) => readCustomProfileWith(json, services), [services]);

  const applyDialog = useCallback(async () => {
    if (dialog?.kind !== 'changes') return;
    setDialog(undefined);
    await write(() => host.applyChanges(dialog.changes, dialog.label), (r) => text.written(r.written), dialog.because ? 'fixAll' : 'apply');
  }, [dialog, host, write]);

  const undo = useCallback(async () => {
    const last = journal[journal.length - 1];
    await write(() => host.undoLast(), (r) => {
      const entry = r.entry ?? last;
      if (!entry || entry.changes.length === 0) return text.undone(entry?.label ?? text.undo);
      return text.restored(entry.label, entry.changes.map((c) => ({ address: c.address, shown: cellContentText(c.before, '') })));
    }, 'undo');
  }, [journal, host, write]);

  /** A host command that changes only formatting or adds a sheet: no re-check afterwards. */
  const command = useCallback(
    async <T,>(run: () => Promise<T>, outcome: (result: T) => Notice | undefined, action: Action) => {
      setBusy('writing');
      setRunning(action);
      try {
        const shown = outcome(await run());
        if (shown) setNotice(shown);
      } catch (error) {
        fail(error);
      } finally {
        setBusy(undefined);
        setRunning(undefined);
      }
    },
    [fail],
  );

  // Notes only where the host can write them; in the pane's language.
  const withNotes = highlightNotes && host.capabilities.cellNotes === true;
  const highlight = useCallback(async () => {
    if (!report) return;
    const marks = highlightMarks(report.findings, withNotes ? { notes: language } : {});
    await command(
      () => host.highlight(marks),
      (r) => (r.ok ? done(r, withCount(text.highlighted(r.written), r.notes ? text.notesAdded(r.notes) : undefined)) : refused(r)),
      'highlight',
    );
  }, [report, host, command, withNotes, language]);

  const clearHighlights = useCallback(
    () =>
      command(
        () => host.clearHighlights(),
        (r) => (r.ok ? done(r, withCount(text.cleared(r.written), r.notes ? text.notesRemoved(r.notes) : undefined)) : refused(r)),
        'clearHighlights',
      ),
    [host, command],
  );

  const setHighlightNotes = useCallback(
    (on: boolean) => {
      setHighlightNotesState(on);
      preferences?.save({ highlightNotes: on });
    },
    [preferences],
  );

  /** Marks changed: stored in the workbook, then the last read is checked again with them. */
  const saveMarks = useCallback(
    async (update: (marks: readonly ReviewedMark[]) => ReviewedMark[]) => {
      setBusy('writing');
      setRunning('review');
      try {
        const marks = update(await host.loadReviewed());
        await host.saveReviewed(marks);
        marksRef.current = marks;
        const grid = gridRef.current;
        const next = grid ? runCheck(grid, marks) : undefined;
        if (next) setReport(next);
      } catch (error) {
        fail(error);
      } finally {
        setBusy((b) => (b === 'writing' ? undefined : b));
        setRunning(undefined);
      }
    },
    [host, runCheck, fail],
  );

  const review = useCallback(
    async (finding: Finding, reason: string) => {
      const all = dialog?.kind === 'review' && dialog.all ? dialog.all : [finding];
      setDialog(undefined);
      const at = new Date().toISOString();
      const by = host.reviewer?.();
      await saveMarks((marks) => all.reduce<ReviewedMark[]>((acc, f) => withMark(acc, markFor(f, reason, at, by)), [...marks]));
    },
    [saveMarks, dialog, host],
  );

  const unreview = useCallback((mark: ReviewedMark) => saveMarks((marks) => withoutMark(marks, mark)), [saveMarks]);

  const exportReport = useCallback(async () => {
    if (!report) return;
    await command(
      () => host.exportReport(report, language),
      (r): Notice | undefined => ('sheet' in r ? { intent: 'success', message: text.exported(r.sheet) } : r.ok ? undefined : refused(r)),
      'export',
    );
  }, [report, host, language, command]);

  // After a check with a named header row: say what it found (a refusal is shown among the report's notes).
  const announceHint = useRef(false);
  useEffect(() => {
    if (!announceHint.current || !report) return;
    announceHint.current = false;
    const outcome = report.headerHints?.[0];
    if (outcome?.found) {
      const tables = report.tables.filter((t) => t.sheet === outcome.sheet).length;
      setNotice({ intent: 'success', message: text.headerRowFound(outcome.sheet, outcome.row, tables) });
    }
  }, [report]);

  /** 以选中行为表头重新校验: the row of the selected cell is the header of its sheet's table, then a full check. */
  const applySelectedHeader = useCallback(async () => {
    if (!host.selectedCell) return;
    setBusy('reading');
    setRunning('header');
    let at: { sheet: string; address: string } | undefined;
    try {
      at = await host.selectedCell();
    } catch {
      at = undefined;
    } finally {
      setBusy((b) => (b === 'reading' ? undefined : b));
    }
    const cell = at ? parseA1(at.address) : undefined;
    if (!at || !cell) {
      setRunning(undefined);
      setNotice({ intent: 'warning', message: text.noSelection });
      return;
    }
    const hint = { sheet: at.sheet, row: cell.row };
    headerHintRef.current = hint;
    setHeaderHint(hint);
    announceHint.current = true;
    try {
      await validate();
    } finally {
      setRunning(undefined);
    }
  }, [host, validate]);

  const clearHeaderHint = useCallback(async () => {
    headerHintRef.current = undefined;
    setHeaderHint(undefined);
    if (report) await validate();
  }, [report, validate]);

  useLiveRecheck({
    host,
    enabled: live,
    delayMs: liveDelayMs,
    onSheetsEdited: (sheets) => void recheckSheets(sheets),
    onError: (error) => {
      fail(error);
      setLive(false);
    },
  });

  const setSettings = useCallback(
    (next: Settings) => {
      setSettingsState(next);
      pendingCustom.current = undefined;
      preferences?.save({
        profileChoice: next.profileChoice,
        expectedTotal: next.expectedTotal,
        ...(next.profileChoice === 'custom' && next.customProfile ? { customProfile: next.customProfile } : {}),
      });
      if (report) setStale(true);
    },
    [report, preferences],
  );

  return {
    busy,
    /** The command the pane waits on (undefined while idle or during a plain validation). */
    running,
    headerHint,
    canUseSelectedHeader: host.selectedCell !== undefined,
    applySelectedHeader,
    clearHeaderHint,
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
    /** The profile the last check used (named in the verdict). */
    checkedProfile: autoHubei && loaded ? (loaded.profileById('hubei') ?? profile) : profile,
    /** The settings say 全国, but the tables are Hubei forms: checked with the Hubei profile. */
    autoHubei,
    useNational,
    // PERF.* formulas only where they compute: not in an Excel without CustomFunctionsRuntime 1.2.
    canInsertFormulas: host.capabilities.customFunctions !== false && loaded?.recognise !== undefined && loaded.scoreFormulas !== undefined,
    ruleTitle: loaded?.ruleTitle,
    readCustom,
    validate,
    validateFromOutside,
    cancel,
    select,
    previewFix,
    previewAllFixes,
    previewFormulas,
    previewFormulaValues,
    perfFormulas,
    checkedAt,
    canConvertFormulas: loaded?.formulaValues !== undefined,
    applyDialog,
    closeDialog: () => setDialog(undefined),
    openReview: (finding: Finding) => setDialog({ kind: 'review', finding }),
    openReviewRule: (findings: readonly Finding[]) => findings[0] && setDialog({ kind: 'review', finding: findings[0], all: findings }),
    review,
    unreview,
    undo,
    highlight,
    clearHighlights,
    /** 同时写入批注, remembered between sessions. */
    highlightNotes,
    setHighlightNotes,
    exportReport,
    setLive,
    setShowReviewed,
    setSettings,
    dismissNotice: () => setNotice(undefined),
  };
}

export type PaneController = ReturnType<typeof usePaneController>;
