// Moving the preview grid's selection with the keyboard, as in a spreadsheet: arrows one cell (a
// merged area counts as one cell: moving out of it leaves from its edge), Home / End to the first /
// last drawn column of the row, Ctrl+Home to A1, Ctrl+End to the last drawn cell. Pure: the grid
// component turns the result into a selection.
import { a1 } from '../../core/grid/address';
import type { Rect } from '../../core/grid/types';
import { mergeAt } from './layout';

export type MoveKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight' | 'Home' | 'End';

export const MOVE_KEYS: readonly string[] = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End'];

export interface MoveBounds {
  readonly rows: number;
  readonly columns: number;
  readonly merges: readonly Rect[];
}

/** Where a keyboard move lands: the cell to select (a merged area's anchor) and the cell the cursor is on. */
export interface Moved {
  readonly address: string;
  readonly row: number;
  readonly col: number;
}

/**
 * Where the selection moves from the cursor (row, col) on `key` (with Ctrl for Ctrl+Home/End). The
 * cursor keeps its row across a merged area on Left/Right/Home/End and its column on Up/Down, so
 * leaving a tall merged cell returns to the row the user came from, as in Excel. Stays at the edges.
 */
export function moveSelection(from: { readonly row: number; readonly col: number }, key: MoveKey, bounds: MoveBounds, ctrl = false): Moved {
  const { rows, columns, merges } = bounds;
  const here = mergeAt(merges, from.row, from.col) ?? { top: from.row, left: from.col, bottom: from.row, right: from.col };
  let row = from.row;
  let col = from.col;
  switch (key) {
    case 'ArrowUp': row = here.top - 1; break;
    case 'ArrowDown': row = here.bottom + 1; break;
    case 'ArrowLeft': col = here.left - 1; break;
    case 'ArrowRight': col = here.right + 1; break;
    case 'Home': row = ctrl ? 1 : row; col = 1; break;
    case 'End': row = ctrl ? rows : row; col = columns; break;
  }
  if (row < 1 || row > rows) row = from.row;
  if (col < 1 || col > columns) col = from.col;
  const landed = mergeAt(merges, row, col);
  return { address: landed ? a1(landed.top, landed.left) : a1(row, col), row, col };
}
