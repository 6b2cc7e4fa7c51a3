// Reading and checking: a full validation (progress, cancel, a newer run replaces an older one) and
// the live re-check of edited sheets merged into the report. The last grid read and the reviewed
// marks are kept so marks can be re-applied without reading the workbook again. A validation first
// waits for the checking core when it is still loading (or loads it again after a failed load).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { WorkbookGrid } from '../../core/grid/types';
import type { Message, ReviewedMark } from '../../core/findings/types';
import type { HeaderHint } from '../../core/model/types';
import type { Profile } from '../../core/profile/types';
import type { WorkbookReport } from '../../core/report/types';
import { mergeReport } from '../../core/actions/report-merge';
import { perfFormulaCells } from '../../core/actions/perf-formulas';
import type { PerfHost, ReadProgress } from '../../hosts/types';
import { isAbortError } from '../errors';
import { text } from '../i18n/catalog';
import type { PaneServices } from '../services';
import type { Busy, Notice } from './usePaneController';
import type { ServicesHandle } from './useServices';

export interface ValidationOptions {
  readonly host: PerfHost;
  readonly services: ServicesHandle;
  /** The profile the settings choose, from the loaded services. */
  readonly profileFor: (services: PaneServices) => Profile | undefined;
  readonly setNotice: (notice: Notice | undefined) => void;
  readonly fail: (error: unknown) => void;
  /**
   * Looks at a fresh report and may change the profile (a Hubei layout checked with the national one):
   * true when it did, and the same grid is checked again.
   */
  readonly reconsider?: (report: WorkbookReport) => boolean;
  /** Rows the user named as a header: passed to every check of a grid holding their sheet. */
  readonly headerHints?: () => readonly HeaderHint[];
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

export function useValidation({ host, services, profileFor, setNotice, fail, reconsider, headerHints }: ValidationOptions) {
  const [busy, setBusy] = useState<Busy>();
  const [progress, setProgress] = useState<ReadProgress>();
  const [report, setReport] = useState<WorkbookReport>();
  const [notes, setNotes] = useState<readonly Message[]>(host.capabilities.notes);
  const [stale, setStale] = useState(false);
  /** PERF formulas in the workbook last read: a reviewer without the add-in would see #NAME?. */
  const [perfFormulas, setPerfFormulas] = useState(0);
  const [checkedAt, setCheckedAt] = useState<Date>();
  const gridRef = useRef<WorkbookGrid | undefined>(undefined);
  const marksRef = useRef<ReviewedMark[]>([]);
  const abortRef = useRef<AbortController | undefined>(undefined);

  const runCheck = useCallback(
    (grid: WorkbookGrid, marks: readonly ReviewedMark[]): WorkbookReport | undefined => {
      const loaded = services.current();
      const profile = loaded && profileFor(loaded);
      if (!loaded || !profile) return undefined;
      const hints = (headerHints?.() ?? []).filter((h) => grid.sheets.some((s) => s.name === h.sheet));
      return loaded.check(grid, { profile, reviewed: [...marks], ...(hints.length > 0 ? { headerHints: hints } : {}) });
    },
    [services, profileFor, headerHints],
  );

  const validate = useCallback(
    async (keepNotice = false): Promise<void> => {
      abortRef.current?.abort();
      const known = services.current();
      if (known && !profileFor(known)) {
        setNotice({ intent: 'warning', message: text.noProfile });
        return;
      }
      const controller = new AbortController();
      abortRef.current = controller;
      setBusy('reading');
      setProgress(undefined);
      if (!keepNotice) setNotice(undefined);
      try {
        if (!known && !profileFor(await services.ensure())) {
          if (abortRef.current === controller) setNotice({ intent: 'warning', message: text.noProfile });
          return;
        }
        if (controller.signal.aborted) throw new DOMException('cancelled', 'AbortError');
        const grid = await host.readWorkbook({
          signal: controller.signal,
          onProgress: (p) => {
            if (!controller.signal.aborted) setProgress(p);
          },
        });
        if (controller.signal.aborted) throw new DOMException('cancelled', 'AbortError');
        const marks = [...(await host.loadReviewed())];
        setBusy('checking');
        let next = runCheck(grid, marks);
        if (!next) return;
        if (reconsider?.(next)) next = runCheck(grid, marks) ?? next;
        gridRef.current = grid;
        marksRef.current = marks;
        setReport(next);
        setPerfFormulas(perfFormulaCells(grid).length);
        setCheckedAt(new Date());
        // The checker carries the grid's read notes into report.notes; a checker that does not still has them shown.
        setNotes(uniqueNotes([...host.capabilities.notes, ...(grid.notes ?? []), ...(next.notes ?? [])]));
        setStale(false);
      } catch (error) {
        // A newer validation took over: it reports, not this one.
        if (abortRef.current !== controller) return;
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
    [host, services, runCheck, fail, profileFor, setNotice, reconsider],
  );

  const cancel = useCallback(() => abortRef.current?.abort(), []);

  useEffect(() => () => abortRef.current?.abort(), []);

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
        setPerfFormulas(perfFormulaCells(gridRef.current).length);
        setReport((previous) => (previous ? mergeReport(previous, partial, sheets) : partial));
        if (partial.notes?.length) setNotes((shown) => uniqueNotes([...shown, ...(partial.notes ?? [])]));
      } catch (error) {
        fail(error);
      }
    },
    [host, runCheck, fail],
  );

  return { busy, setBusy, progress, report, setReport, perfFormulas, checkedAt, notes, stale, setStale, gridRef, marksRef, runCheck, validate, cancel, recheckSheets };
}
