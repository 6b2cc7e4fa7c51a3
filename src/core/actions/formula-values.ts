// 转为数值: every PERF formula replaced by its value at the precision its table shows, as one batch
// (previewed, undoable), so the workbook handed in needs no add-in. The precision is the cell's own
// number format when it has one, else the most decimals of the other numbers in its column (the
// stated scores around it) and the profile's score decimals. A formula whose value is an error or text
// is left as it is, with the reason.
import Decimal from 'decimal.js';
import type { CellChange, Message } from '../findings/types';
import type { Cell, SheetGrid, WorkbookGrid } from '../grid/types';
import { isCellError } from '../grid/types';
import { perfFormulaCells, isPerfFormula } from './perf-formulas';

const m = (zh: string, en: string): Message => ({ zh, en });
const MAX_DECIMALS = 6;

/** Decimals a number format shows ('0.00' → 2, '#,##0.0' → 1, '0.00%' → 2 of the percent); undefined for General. */
export function formatDecimals(numFmt: string | undefined): { decimals: number; percent: boolean } | undefined {
  if (!numFmt || /^general$/i.test(numFmt.trim())) return undefined;
  const section = numFmt.split(';')[0].replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  if (!/[0#?]/.test(section)) return undefined;
  const fraction = /\.([0#?]+)/.exec(section);
  return { decimals: fraction ? fraction[1].length : 0, percent: section.includes('%') };
}

function ownDecimals(cell: Cell): number | undefined {
  const f = formatDecimals(cell.numFmt);
  return f ? f.decimals + (f.percent ? 2 : 0) : undefined;
}

/** The decimals the constant numbers of a column show (the stated scores around a formula). */
function columnDecimals(sheet: SheetGrid, col: number): number | undefined {
  let most: number | undefined;
  for (const cells of sheet.rows) {
    const cell = cells?.[col - 1];
    if (!cell || typeof cell.value !== 'number' || isPerfFormula(cell.formula) || cell.formula) continue;
    const d = ownDecimals(cell) ?? new Decimal(cell.value).decimalPlaces();
    most = Math.max(most ?? 0, Math.min(d, MAX_DECIMALS));
  }
  return most;
}

export interface FormulaValuesPlan {
  readonly changes: readonly CellChange[];
  readonly skipped: ReadonlyArray<{ readonly row: number; readonly address: string; readonly reason: Message }>;
  readonly label: Message;
}

export function formulaValueChanges(grid: WorkbookGrid, defaultDecimals = 2): FormulaValuesPlan {
  const changes: CellChange[] = [];
  const skipped: Array<{ row: number; address: string; reason: Message }> = [];
  const columnCache = new Map<string, number | undefined>();
  for (const found of perfFormulaCells(grid)) {
    const { cell } = found;
    const value = cell.value;
    if (typeof value !== 'number') {
      const shown = isCellError(value) ? value.error : String(value ?? '');
      skipped.push({
        row: found.row,
        address: `${found.sheet}!${found.address}`,
        reason: m(`${found.address} 的公式结果为 ${shown || '空'}，不是数值：请先在 Excel 中重新计算或改正`, `${found.address} gives ${shown || 'nothing'}, not a number: recalculate or correct it in Excel first`),
      });
      continue;
    }
    const key = `${found.sheet}\u0000${found.col}`;
    if (!columnCache.has(key)) {
      const sheet = grid.sheets.find((s) => s.name === found.sheet);
      columnCache.set(key, sheet ? columnDecimals(sheet, found.col) : undefined);
    }
    // The cell's own format decides; else the column's numbers, never fewer than the profile's score decimals
    // (after 插入公式 the constants left in a score column may be the one-decimal qualitative rows).
    const places = ownDecimals(cell) ?? Math.max(columnCache.get(key) ?? 0, defaultDecimals);
    const rounded = new Decimal(value).toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toNumber();
    changes.push({
      sheet: found.sheet,
      address: found.address,
      before: { value, formula: cell.formula },
      after: { value: rounded },
    });
  }
  const label = m(`PERF 公式转为数值（${changes.length} 个单元格）`, `PERF formulas to values (${changes.length} ${changes.length === 1 ? 'cell' : 'cells'})`);
  return { changes, skipped, label };
}
