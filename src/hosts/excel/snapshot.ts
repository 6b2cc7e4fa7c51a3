// What the host last read of each sheet, so a fix can prove the workbook is still the one that
// was validated: same used range (no rows or columns inserted or deleted) and the same content in
// the fixed rows. A target cell alone is not enough: the seed has thirteen scores of 2.7 in one
// column, so after an inserted row the cell can hold the expected value in the wrong indicator.
import { parseA1 } from '../../core/grid/address';
import type { Cell, Rect, SheetGrid } from '../../core/grid/types';
import type { CellContent } from './cell-io';

export interface SheetSnapshot {
  /** The used range (values only) when read; undefined for an empty sheet. */
  readonly used: Rect | undefined;
  readonly rows: SheetGrid['rows'];
  /** Cells written by the host since the read (the grid itself belongs to the caller and is not changed). */
  readonly overrides: Map<string, Cell | undefined>;
}

export type Snapshots = Map<string, SheetSnapshot>;

const at = (row: number, col: number): string => `${row},${col}`;

export function snapshotCell(snapshot: SheetSnapshot, row: number, col: number): Cell | undefined {
  const key = at(row, col);
  if (snapshot.overrides.has(key)) return snapshot.overrides.get(key);
  return snapshot.rows[row - 1]?.[col - 1];
}

function sameValue(a: Cell['value'], b: Cell['value']): boolean {
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) return a.error === b.error;
  return a === b;
}

/** Same cell for the purpose of "still the validated workbook": formulas by text (results may recalculate), constants by value. */
export function sameCell(a: Cell | undefined, b: Cell | undefined): boolean {
  if (!a || !b) return !a && !b;
  if (a.formula !== undefined || b.formula !== undefined) return a.formula === b.formula;
  return sameValue(a.value, b.value);
}

/** Keeps the snapshot in step with the host's own writes (a second fix in the same row stays possible). */
export function recordWrites(snapshots: Snapshots, writes: ReadonlyArray<{ sheet: string; address: string; content: CellContent }>): void {
  for (const w of writes) {
    const snapshot = snapshots.get(w.sheet);
    const p = parseA1(w.address);
    if (!snapshot || !p) continue;
    const empty = (w.content.value === null || w.content.value === '') && !w.content.formula;
    if (!empty) {
      const u = snapshot.used;
      const used = u
        ? { top: Math.min(u.top, p.row), left: Math.min(u.left, p.col), bottom: Math.max(u.bottom, p.row), right: Math.max(u.right, p.col) }
        : { top: p.row, left: p.col, bottom: p.row, right: p.col };
      snapshots.set(w.sheet, { ...snapshot, used });
    }
    snapshot.overrides.set(
      at(p.row, p.col),
      empty ? undefined : w.content.formula ? { value: w.content.value, formula: w.content.formula } : { value: w.content.value },
    );
  }
}
