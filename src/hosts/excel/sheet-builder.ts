// Turns blocks of loaded range data (values, formulas, number formats, value types, text) into the
// host-neutral SheetGrid. A sheet may arrive in several blocks (a head, then row chunks).
import type { Cell, CellValue, Rect, SheetGrid } from '../../core/grid/types';
import { formulaOf } from './cell-io';

export interface BlockData {
  /** 1-based row and column of the block's top-left cell. */
  readonly top: number;
  readonly left: number;
  readonly values: readonly (readonly unknown[])[];
  readonly formulas: readonly (readonly unknown[])[];
  readonly numberFormat: readonly (readonly unknown[])[];
  readonly valueTypes: readonly (readonly unknown[])[];
  readonly text?: readonly (readonly unknown[])[];
}

function cellValue(value: unknown, type: unknown): CellValue {
  if (type === 'Error') return { error: String(value) };
  if (type === 'Empty') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : { error: '#NUM!' };
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  return value === null || value === undefined ? null : String(value);
}

export function toCell(value: unknown, formula: unknown, numberFormat: unknown, type: unknown, text: unknown): Cell | undefined {
  const cellFormula = formulaOf(value, formula);
  if (type === 'Empty' && cellFormula === undefined) return undefined;
  if (cellFormula === undefined && (value === '' || value === null || value === undefined) && type !== 'Error') return undefined;
  const cell: { -readonly [K in keyof Cell]: Cell[K] } = { value: cellValue(value, type) };
  if (cellFormula !== undefined) cell.formula = cellFormula;
  if (typeof numberFormat === 'string' && numberFormat !== '' && numberFormat !== 'General') cell.numFmt = numberFormat;
  if (typeof cell.value === 'number' && typeof text === 'string' && text !== '') cell.text = text;
  return cell;
}

const rectKey = (r: Rect): string => `${r.top},${r.left},${r.bottom},${r.right}`;

export class SheetBuilder {
  readonly name: string;
  visibility?: string;
  isProtected?: boolean;
  private readonly rows: (Cell | undefined)[][] = [];
  private rowCount = 0;
  private colCount = 0;
  private readonly merges = new Map<string, Rect>();

  constructor(name: string) {
    this.name = name;
  }

  /** Adds a block of cells; returns how many non-empty cells it held. */
  addBlock(block: BlockData): number {
    let count = 0;
    block.values.forEach((row, i) => {
      const r = block.top + i;
      row.forEach((value, j) => {
        const cell = toCell(
          value,
          block.formulas[i]?.[j],
          block.numberFormat[i]?.[j],
          block.valueTypes[i]?.[j],
          block.text?.[i]?.[j],
        );
        if (!cell) return;
        const c = block.left + j;
        (this.rows[r - 1] ??= [])[c - 1] = cell;
        count += 1;
        this.extend(r, c);
      });
    });
    return count;
  }

  /** The used range's bottom-right corner (cells read may stop earlier when capped). */
  extend(bottom: number, right: number): void {
    this.rowCount = Math.max(this.rowCount, bottom);
    this.colCount = Math.max(this.colCount, right);
  }

  addMerges(rects: readonly Rect[]): void {
    for (const rect of rects) {
      if (rect.bottom === rect.top && rect.right === rect.left) continue;
      this.merges.set(rectKey(rect), rect);
    }
  }

  build(limitRows?: number): SheetGrid {
    const merges = [...this.merges.values()].sort((a, b) => a.top - b.top || a.left - b.left);
    let rowCount = this.rowCount;
    let colCount = this.colCount;
    for (const m of merges) {
      rowCount = Math.max(rowCount, m.bottom);
      colCount = Math.max(colCount, m.right);
    }
    if (limitRows !== undefined) rowCount = Math.min(rowCount, limitRows);
    const sheet: { -readonly [K in keyof SheetGrid]: SheetGrid[K] } = {
      name: this.name,
      rows: this.rows,
      rowCount,
      colCount,
      merges,
    };
    if (this.isProtected !== undefined) sheet.protected = this.isProtected;
    if (this.visibility && this.visibility !== 'Visible') sheet.visibility = this.visibility === 'VeryHidden' ? 'veryHidden' : 'hidden';
    return sheet;
  }
}
