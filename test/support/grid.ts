// Build grids for tests from readable rows: plain values, or { v, f, fmt, text } for formulas and formats.
import { parseA1, parseRectA1 } from '../../src/core/grid/address';
import type { Cell, CellValue, Rect, SheetGrid, WorkbookGrid } from '../../src/core/grid/types';

export interface CellSpec {
  v: CellValue;
  f?: string;
  fmt?: string;
  text?: string;
}

export type RowSpec = ReadonlyArray<CellValue | CellSpec | undefined>;

export interface SheetOptions {
  /** Merged areas in A1 notation: ['A1:I1', 'A8:A39']. */
  merges?: string[];
  /** Top-left cell where rows[0][0] goes (default 'A1'). */
  at?: string;
  hiddenRows?: number[];
  hiddenCols?: number[];
  protected?: boolean;
}

function isSpec(x: CellValue | CellSpec | undefined): x is CellSpec {
  return typeof x === 'object' && x !== null && 'v' in x;
}

function toCell(x: CellValue | CellSpec | undefined): Cell | undefined {
  if (x === undefined || x === null || x === '') return undefined;
  if (!isSpec(x)) return { value: x };
  const cell: { -readonly [K in keyof Cell]: Cell[K] } = { value: x.v };
  if (x.f !== undefined) cell.formula = x.f.startsWith('=') ? x.f : `=${x.f}`;
  if (x.fmt !== undefined) cell.numFmt = x.fmt;
  if (x.text !== undefined) cell.text = x.text;
  return cell;
}

export function sheetFromRows(name: string, rows: readonly RowSpec[], options: SheetOptions = {}): SheetGrid {
  const origin = parseA1(options.at ?? 'A1');
  if (!origin) throw new Error(`bad origin ${options.at}`);
  const out: (Cell | undefined)[][] = [];
  let rowCount = 0;
  let colCount = 0;
  rows.forEach((row, i) => {
    const r = origin.row + i;
    row.forEach((x, j) => {
      const cell = toCell(x);
      if (!cell) return;
      const c = origin.col + j;
      (out[r - 1] ??= [])[c - 1] = cell;
      rowCount = Math.max(rowCount, r);
      colCount = Math.max(colCount, c);
    });
  });
  const merges: Rect[] = (options.merges ?? []).map((m) => {
    const rect = parseRectA1(m);
    if (!rect) throw new Error(`bad merge ${m}`);
    return rect;
  });
  for (const m of merges) {
    rowCount = Math.max(rowCount, m.bottom);
    colCount = Math.max(colCount, m.right);
  }
  return {
    name,
    rows: out,
    rowCount,
    colCount,
    merges,
    hiddenRows: options.hiddenRows,
    hiddenCols: options.hiddenCols,
    protected: options.protected,
  };
}

export function workbookOf(...sheets: SheetGrid[]): WorkbookGrid {
  return { sheets };
}
