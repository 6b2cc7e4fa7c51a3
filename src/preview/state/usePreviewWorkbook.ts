// The preview page's state: the opened workbook (from the sample, the file picker or a drop), what
// the grid shows (a snapshot per change), the pane's findings for the tints, the selected cell, and
// the corrected download. Opening never throws: an unreadable file becomes the file host's message.
import type { PreferenceStore } from '../../taskpane/state/preferences';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Finding, Message } from '../../core/findings/types';
import type { SheetGrid } from '../../core/grid/types';
import type { OpenedFile, OpenFileResult } from '../../hosts/file/browser-host';
import { createValidateBridge, type ValidateBridge } from '../../taskpane/bridge';
import type { PaneServices } from '../../taskpane/services';
import { messageOf } from '../../taskpane/errors';
import { previewText } from '../texts';
import { perfFormulaCells } from '../../core/actions/perf-formulas';
import { mergeFindings, observeChecks } from './observe-checks';

export interface PreviewDeps {
  readonly open: (data: ArrayBuffer | Uint8Array, name: string) => Promise<OpenFileResult>;
  readonly save: (data: Uint8Array, name: string) => void;
  /** The pane's services; the page loads the checking core on demand (while the first file opens). */
  readonly services: () => PaneServices | Promise<PaneServices>;
  /** The pane's settings and the page's language, kept between visits (the browser's storage). */
  readonly preferences?: PreferenceStore;
}

export interface Problem {
  readonly title: Message;
  readonly message: Message;
}

export interface PageNotice {
  readonly intent: 'success' | 'info';
  readonly message: Message;
}

export interface Selection {
  readonly sheet: string;
  readonly address: string;
  /** Changes on every selection, so selecting the same cell again scrolls to it again. */
  readonly nonce: number;
}

interface Opened {
  readonly file: OpenedFile;
  readonly key: number;
  readonly bridge: ValidateBridge;
  readonly services: PaneServices;
}

/** A File's bytes, also where Blob.arrayBuffer is missing (older engines, jsdom). */
export function readFileBytes(file: Blob): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
    reader.readAsArrayBuffer(file);
  });
}

const detail = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0];

export function usePreviewWorkbook(deps: PreviewDeps) {
  const [opened, setOpened] = useState<Opened>();
  const [opening, setOpening] = useState<string>();
  const [problem, setProblem] = useState<Problem>();
  const [notice, setNotice] = useState<PageNotice>();
  const [version, setVersion] = useState(0);
  const [findings, setFindings] = useState<readonly Finding[]>([]);
  const [selection, setSelection] = useState<Selection>();
  const [active, setActive] = useState<string>();
  const latestOpen = useRef(0);
  const currentKey = useRef(0);
  const nonce = useRef(0);
  const depsRef = useRef(deps);
  depsRef.current = deps;

  const file = opened?.file;

  // Every change to the workbook (a fix, an undo) redraws the grid; a selection from the pane moves it.
  useEffect(() => {
    if (!file) return undefined;
    return file.workbook.subscribe((event) => {
      if (event.type === 'selection') {
        setActive(event.sheet);
        setSelection({ sheet: event.sheet, address: event.address, nonce: ++nonce.current });
      } else {
        setVersion((v) => v + 1);
      }
    });
  }, [file]);

  // `version` counts the workbook's changes: a new snapshot after each.
  const sheets: readonly SheetGrid[] = useMemo(() => (file ? file.workbook.snapshot().sheets : []), [file, version]);

  const openBytes = useCallback(async (data: ArrayBuffer | Uint8Array, name: string, validate = true) => {
    const request = ++latestOpen.current;
    setOpening(name);
    setProblem(undefined);
    setNotice(undefined);
    // The checking core loads while ExcelJS reads the file.
    const loading = Promise.resolve().then(() => depsRef.current.services());
    loading.catch(() => undefined); // answered below, once the file is read
    let result: OpenFileResult;
    try {
      result = await depsRef.current.open(data, name);
    } catch (error) {
      result = { ok: false, problem: { code: 'corrupt', message: { zh: `无法读取：${detail(error)}`, en: `Cannot read: ${detail(error)}` } } };
    }
    const base = result.ok ? await loading.then((services) => ({ services }), (error: unknown) => ({ error })) : undefined;
    if (request !== latestOpen.current) return; // a later file was chosen meanwhile
    setOpening(undefined);
    if (!result.ok) {
      setProblem({ title: previewText.openFailed(name), message: result.problem.message });
      return;
    }
    if (!base || 'error' in base) {
      setProblem({ title: previewText.openFailed(name), message: messageOf(base?.error) });
      return;
    }
    const key = currentKey.current + 1;
    currentKey.current = key;
    // Findings reach the grid only from the pane of the file now shown, never from one closed meanwhile.
    const services = observeChecks(base.services, (checked, report) => {
      if (currentKey.current === key) setFindings((previous) => mergeFindings(previous, checked, report.findings));
    });
    const bridge = createValidateBridge();
    const first = result.file.workbook.snapshot().sheets.find((s) => !s.visibility || s.visibility === 'visible');
    setOpened({ file: result.file, key, bridge, services });
    setFindings([]);
    setSelection(undefined);
    setActive(first?.name ?? result.file.workbook.sheetNames()[0]);
    // The pane validates as soon as it is mounted (the bridge waits for it).
    if (validate) void bridge.validate();
  }, []);

  const openFiles = useCallback(
    async (files: ArrayLike<File> | null | undefined) => {
      const chosen = files?.[0];
      if (!chosen) return;
      let bytes: ArrayBuffer;
      try {
        bytes = await readFileBytes(chosen);
      } catch (error) {
        setProblem({
          title: previewText.openFailed(chosen.name),
          message: { zh: `无法读取文件：${detail(error)}`, en: `The file could not be read: ${detail(error)}` },
        });
        return;
      }
      await openBytes(bytes, chosen.name);
      if (files.length > 1) setNotice({ intent: 'info', message: previewText.oneFileOnly });
    },
    [openBytes],
  );

  const download = useCallback(async (language: 'zh' | 'en' = 'zh') => {
    if (!file) return;
    const result = await file.download(language);
    if (!result.ok) {
      setProblem({ title: previewText.downloadFailed, message: result.message });
      return;
    }
    depsRef.current.save(result.data, result.name);
    setNotice({ intent: 'success', message: previewText.downloaded(result.name, result.written) });
  }, [file]);

  /**
   * 转为数值并下载: the PERF formulas replaced by their values through the pane's own write path (one
   * batch in the page's undo journal), the pane checks again, then the download.
   */
  const downloadValues = useCallback(
    async (language: 'zh' | 'en' = 'zh') => {
      const services = opened?.services;
      if (!file || !services?.formulaValues) return;
      const plan = services.formulaValues(file.workbook.snapshot());
      if (plan.changes.length > 0) {
        const written = await file.host.applyChanges(plan.changes, plan.label);
        if (!written.ok) {
          setProblem({ title: previewText.downloadFailed, message: written.message });
          return;
        }
        await opened?.bridge.validate();
      }
      await download(language);
    },
    [file, opened, download],
  );

  // A click in the grid selects the cell in the workbook, as in Excel: the host reports it to the pane,
  // which opens the cell's finding; the workbook's selection event moves the grid.
  const selectCell = useCallback(
    (sheet: string, address: string) => {
      if (file) file.workbook.select(sheet, address);
      else setSelection({ sheet, address, nonce: ++nonce.current });
    },
    [file],
  );

  const reportProblem = useCallback((title: Message, message: Message) => setProblem({ title, message }), []);
  const dismissProblem = useCallback(() => setProblem(undefined), []);
  const dismissNotice = useCallback(() => setNotice(undefined), []);

  return {
    file,
    fileKey: opened?.key ?? 0,
    bridge: opened?.bridge,
    services: opened?.services,
    opening,
    problem,
    notice,
    sheets,
    findings,
    selection,
    active,
    changedCells: useMemo(() => (file ? file.changes().length : 0), [file, version]),
    setActive,
    openBytes,
    openFiles,
    download,
    downloadValues,
    perfFormulas: useMemo(() => perfFormulaCells({ sheets }).length, [sheets]),
    selectCell,
    reportProblem,
    dismissProblem,
    dismissNotice,
  };
}

export type PreviewWorkbook = ReturnType<typeof usePreviewWorkbook>;
