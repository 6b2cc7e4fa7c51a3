// Cells holding PERF functions. A workbook handed in with =PERF.SCORE(...) shows #NAME? on a
// computer without the add-in (a reviewer's), so the pane tells how many there are. No decimal.js
// here: the pane's first script counts them.
import { a1 } from '../grid/address';
import type { Cell, WorkbookGrid } from '../grid/types';

const PERF_CALL = /(^|[^A-Za-z0-9_.])PERF\.[A-Za-z]+\s*\(/i;

export function isPerfFormula(formula: string | undefined): boolean {
  return formula !== undefined && PERF_CALL.test(formula);
}

export interface PerfFormulaCell {
  readonly sheet: string;
  readonly address: string;
  readonly row: number;
  readonly col: number;
  readonly cell: Cell;
}

/** Every cell whose formula calls a PERF function, sheet by sheet, row by row. */
export function perfFormulaCells(grid: WorkbookGrid): PerfFormulaCell[] {
  const out: PerfFormulaCell[] = [];
  for (const sheet of grid.sheets) {
    sheet.rows.forEach((cells, r) => {
      cells?.forEach((cell, c) => {
        if (cell && isPerfFormula(cell.formula)) out.push({ sheet: sheet.name, address: a1(r + 1, c + 1), row: r + 1, col: c + 1, cell });
      });
    });
  }
  return out;
}
