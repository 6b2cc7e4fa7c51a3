// Cell-level helpers of the fake Excel's ranges: walk a rectangle, read a uniform property,
// and refuse writes the way a protected sheet does.
import type { Rect } from '../../../src/core/grid/types';
import { FakeExcelError, emptyCell, key, type FakeCell, type FakeSheet } from './model';

export interface RangeTarget {
  readonly sheet: FakeSheet;
  readonly rect: Rect;
}

export function uniform<V>(t: RangeTarget, read: (cell: FakeCell) => V): V | null {
  let first: V | undefined;
  for (let r = t.rect.top; r <= t.rect.bottom; r += 1) {
    for (let c = t.rect.left; c <= t.rect.right; c += 1) {
      const v = read(t.sheet.cells.get(key(r, c)) ?? emptyCell());
      if (first === undefined) first = v;
      else if (JSON.stringify(v) !== JSON.stringify(first)) return null;
    }
  }
  return first ?? null;
}

export function forEachCell(t: RangeTarget, apply: (cell: FakeCell, r: number, c: number) => void): void {
  for (let r = t.rect.top; r <= t.rect.bottom; r += 1) {
    for (let c = t.rect.left; c <= t.rect.right; c += 1) {
      const k = key(r, c);
      const cell = t.sheet.cells.get(k) ?? emptyCell();
      apply(cell, r, c);
      t.sheet.cells.set(k, cell);
      if (c > t.sheet.colBound) t.sheet.colBound = c;
    }
  }
}

export function guardContents(t: RangeTarget): void {
  if (!t.sheet.protected) return;
  forEachCellRead(t, (cell) => {
    if (cell.locked) throw new FakeExcelError('AccessDenied', `locked cell on protected sheet ${t.sheet.name}`);
  });
}

export function guardFormat(t: RangeTarget): void {
  if (t.sheet.protected && !t.sheet.allowFormatCells) throw new FakeExcelError('AccessDenied', `formatting a protected sheet ${t.sheet.name}`);
}

export function forEachCellRead(t: RangeTarget, read: (cell: FakeCell) => void): void {
  for (let r = t.rect.top; r <= t.rect.bottom; r += 1)
    for (let c = t.rect.left; c <= t.rect.right; c += 1) read(t.sheet.cells.get(key(r, c)) ?? emptyCell());
}
