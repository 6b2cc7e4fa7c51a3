// The seam between the pane and a workbook. The Excel host (Office.js) and the file host
// (ExcelJS, for the preview) implement it; the pane and the ribbon command only see this.
import type { WorkbookGrid } from '../core/grid/types';
import type { CellChange, Message, ReviewedMark, Severity } from '../core/findings/types';
import type { WorkbookReport } from '../core/report/types';

export interface HostCapabilities {
  /** The host can select a cell and activate its sheet. */
  readonly select: boolean;
  /** Cell fills can be changed and restored. */
  readonly highlight: boolean;
  /** Data stored inside the workbook (journal, reviewed marks, saved fills) survives closing the pane. */
  readonly storeInWorkbook: boolean;
  /**
   * Without storeInWorkbook: reviewed marks still reach the file the user saves (the preview writes them
   * into its download), so the review dialog can promise that and no more.
   */
  readonly reviewedInDownload?: boolean;
  /** Edits can be watched for live re-check. */
  readonly watchChanges: boolean;
  /** A report sheet can be added. */
  readonly addSheet: boolean;
  /**
   * PERF.* formulas compute where they are written (Excel: CustomFunctionsRuntime 1.2). False turns
   * off what writes them (插入公式); absent means no such limit (a file opened later in Excel).
   */
  readonly customFunctions?: boolean;
  /**
   * Highlights can attach a cell note (Excel note, WPS 批注) with the findings' text, and clearing
   * deletes exactly the notes PERF added. Absent means no.
   */
  readonly cellNotes?: boolean;
  /** Why cellNotes is off in this host (e.g. the Excel version needed), for the pane to show. */
  readonly cellNotesWhy?: Message;
  /** Why a capability is missing (e.g. an API set not supported by this Excel), for the pane to show. */
  readonly notes: readonly Message[];
}

export interface ReadProgress {
  readonly done: number;
  readonly total: number;
  readonly sheet?: string;
}

export interface ReadOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: ReadProgress) => void;
  /** Read only these sheets (live re-check of the affected table); all when absent. */
  readonly sheets?: readonly string[];
}

/** One batch of writes as recorded in the undo journal, kept inside the workbook. */
export interface JournalEntry {
  readonly id: string;
  readonly at: string;
  readonly label: Message;
  /** Exactly what was in each cell before (value and formula) and what was written. */
  readonly changes: readonly CellChange[];
}

export type WriteResult =
  | {
      readonly ok: true;
      readonly written: number;
      readonly entry?: JournalEntry;
      /** Cell notes added (highlight) or deleted (clear), when the batch touched notes. */
      readonly notes?: number;
      /** Done, with something the user should know (cells left as they were, and why). */
      readonly note?: Message;
    }
  | {
      readonly ok: false;
      /** protected: sheet or cell locked; changed: the cell no longer holds what was validated. */
      readonly reason: 'protected' | 'changed' | 'unsupported' | 'failed';
      readonly message: Message;
      readonly cells?: ReadonlyArray<{ readonly sheet: string; readonly address: string }>;
    };

export interface HighlightMark {
  readonly sheet: string;
  readonly address: string;
  readonly severity: Severity;
  /**
   * The note to attach (hosts with cellNotes): never written over a note the cell already has.
   * Absent: no note for this cell.
   */
  readonly note?: string;
}

export interface PerfHost {
  readonly kind: 'excel' | 'file' | 'wps';
  readonly capabilities: HostCapabilities;
  /** The whole workbook (or the named sheets) as a grid: one read round trip in Excel. */
  readWorkbook(options?: ReadOptions): Promise<WorkbookGrid>;
  selectCell(sheet: string, address: string): Promise<void>;
  /**
   * Writes a batch as a whole or not at all: checks every cell still holds its `before`, records
   * the batch in the journal first, then writes in one round trip.
   */
  applyChanges(changes: readonly CellChange[], label: Message): Promise<WriteResult>;
  /** Restores the last journal entry exactly (values and formulas), even in a later session. */
  undoLast(): Promise<WriteResult>;
  journal(): Promise<readonly JournalEntry[]>;
  /**
   * Colours cells by severity after saving their original fills in the workbook; with notes on the
   * marks, adds them where the cell has none and records them in the workbook. PERF's notes of an
   * earlier run are deleted first unless the user has edited them.
   */
  highlight(marks: readonly HighlightMark[]): Promise<WriteResult>;
  /** Restores the saved original fills and deletes the notes PERF added (unless edited since), and forgets both. */
  clearHighlights(): Promise<WriteResult>;
  loadReviewed(): Promise<readonly ReviewedMark[]>;
  saveReviewed(marks: readonly ReviewedMark[]): Promise<void>;
  /** Adds a new sheet 校验报告 (or 校验报告 (2)…, never overwriting) and returns its name. */
  exportReport(report: WorkbookReport, language: 'zh' | 'en'): Promise<{ readonly sheet: string } | WriteResult>;
  /** Calls back with the sheet and address of edits; returns an unsubscribe function. */
  watchChanges(onChange: (sheet: string, address: string) => void): Promise<() => void>;
  /**
   * Calls back with the sheet and address (top-left cell) whenever the user selects a cell, so the
   * pane can open the finding of that cell; returns an unsubscribe function. Absent where the host
   * cannot report selections.
   */
  watchSelection?(onSelect: (sheet: string, address: string) => void): Promise<() => void>;
  /**
   * The sheet and top-left cell of the user's current selection (for 以选中行为表头重新校验), or
   * undefined when nothing is selected. Absent where the host cannot tell.
   */
  selectedCell?(): Promise<{ readonly sheet: string; readonly address: string } | undefined>;
  /**
   * The name of the person using the host, stamped on reviewed marks as `by` (WPS: the user name set
   * in WPS). Absent, or undefined, where the host cannot tell: Office.js gives a task pane in Excel no
   * user name, and the preview has no identity.
   */
  reviewer?(): string | undefined;
}
