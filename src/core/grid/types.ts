// The host-neutral picture of a workbook: what a host (Excel, ExcelJS) reads, before any meaning.
// Plain data only (no classes), so a grid can cross worker threads and be saved as JSON.

/** An Excel error value such as #N/A or #DIV/0!. */
export interface CellError {
  readonly error: string;
}

export type CellValue = number | string | boolean | CellError | null;

export interface Cell {
  readonly value: CellValue;
  /** Formula as Excel shows it, with the leading '='. */
  readonly formula?: string;
  /** Excel number format code ('0.00', '0%', 'General'); absent means General. */
  readonly numFmt?: string;
  /** Text as displayed, when the host knows it (Office's range.text). */
  readonly text?: string;
}

/** A rectangle of cells, 1-based and inclusive, as Excel counts. */
export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface SheetGrid {
  readonly name: string;
  /** rows[r - 1][c - 1] is the cell at Excel row r, column c; holes are empty cells. */
  readonly rows: ReadonlyArray<ReadonlyArray<Cell | undefined> | undefined>;
  /** Last used row and column (1-based); 0 for an empty sheet. */
  readonly rowCount: number;
  readonly colCount: number;
  readonly merges: readonly Rect[];
  readonly hiddenRows?: readonly number[];
  readonly hiddenCols?: readonly number[];
  readonly protected?: boolean;
  /** 'visible' | 'hidden' | 'veryHidden'; absent means visible. */
  readonly visibility?: string;
}

export interface WorkbookGrid {
  readonly sheets: readonly SheetGrid[];
  /** File name or workbook name, for messages. */
  readonly name?: string;
  /**
   * What the host could not read fully (a sheet too large, an API this Excel lacks), zh first:
   * the grid is still usable, the pane shows these so nothing is skipped silently.
   */
  readonly notes?: ReadonlyArray<{ readonly zh: string; readonly en: string }>;
}

export function isCellError(value: CellValue | undefined): value is CellError {
  return typeof value === 'object' && value !== null && 'error' in value;
}
