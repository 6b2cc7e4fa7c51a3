import type { Cell, CellValue, Rect, SheetGrid } from './types';

export function cellAt(sheet: SheetGrid, row: number, col: number): Cell | undefined {
  return sheet.rows[row - 1]?.[col - 1];
}

export function valueAt(sheet: SheetGrid, row: number, col: number): CellValue {
  return cellAt(sheet, row, col)?.value ?? null;
}

/** The merged area that covers (row, col), if any. */
export function mergeAt(sheet: SheetGrid, row: number, col: number): Rect | undefined {
  return sheet.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
}
