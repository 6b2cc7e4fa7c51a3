// What changed since the pane last read a sheet, beyond the target cells themselves: a sheet whose
// used extent changed (rows or columns inserted, deleted) or a target row that now holds something
// else. A fix computed for row 21 must not land in whatever row 21 holds after an insert, even
// when that cell happens to hold the same value (the seed has fourteen 2.7s in a column).
import { a1, parseA1 } from '../../core/grid/address';
import type { Cell, CellValue, SheetGrid } from '../../core/grid/types';
import { isCellError } from '../../core/grid/types';
import type { MemoryWorkbook } from './workbook';

function sameValue(a: CellValue, b: CellValue): boolean {
  const empty = (v: CellValue) => v === null || v === '';
  if (empty(a) || empty(b)) return empty(a) && empty(b);
  if (isCellError(a) || isCellError(b)) return isCellError(a) && isCellError(b) && a.error === b.error;
  return a === b;
}

function sameCell(a: Cell | undefined, b: Cell | undefined): boolean {
  if (a?.formula || b?.formula) return a?.formula === b?.formula;
  return sameValue(a?.value ?? null, b?.value ?? null);
}

/** Sheets (among the targets') whose extent or target rows differ from the last read of them. */
export function movedSinceRead(
  workbook: MemoryWorkbook,
  lastRead: ReadonlyMap<string, SheetGrid>,
  targets: ReadonlyArray<{ readonly sheet: string; readonly address: string }>,
): string[] {
  const rowsBySheet = new Map<string, Set<number>>();
  for (const t of targets) {
    const row = parseA1(t.address)?.row;
    if (row !== undefined) (rowsBySheet.get(t.sheet) ?? rowsBySheet.set(t.sheet, new Set()).get(t.sheet)!).add(row);
  }
  const moved: string[] = [];
  for (const [sheet, rows] of rowsBySheet) {
    const then = lastRead.get(sheet);
    const now = workbook.extent(sheet);
    // A sheet the pane never read (a reopened pane undoing) has nothing to compare with.
    if (!then || !now) continue;
    if (then.rowCount !== now.rowCount || then.colCount !== now.colCount) {
      moved.push(sheet);
      continue;
    }
    const differs = [...rows].some((row) => {
      for (let col = 1; col <= then.colCount; col++) {
        if (!sameCell(then.rows[row - 1]?.[col - 1], workbook.cell(sheet, a1(row, col)))) return true;
      }
      return false;
    });
    if (differs) moved.push(sheet);
  }
  return moved;
}
