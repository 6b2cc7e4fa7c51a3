// Geometry of the read-only grid: column widths and row heights estimated from the text (the grid
// model carries no sizes), row offsets for virtual scrolling, and which merged areas a window of
// rows shows. Only the rows in view are drawn, so a sheet of 100,000 rows costs what 60 rows cost.
import type { Rect, SheetGrid } from '../../core/grid/types';
import { cellText } from './cell-text';

export const ROW_HEADER_WIDTH = 48;
export const BASE_ROW_HEIGHT = 24;
const LINE_HEIGHT = 16;
const CELL_PADDING_X = 12;
const CELL_PADDING_Y = 8;
/** A cell's text is drawn on at most this many lines; the cell bar shows the rest. */
export const MAX_LINES = 6;
const MIN_COLUMN = 40;
const MAX_COLUMN = 220;
/** Columns beyond this are not drawn (a form has about 10; hostile files may have 16,384). */
export const MAX_DRAWN_COLUMNS = 200;
/** Text merged across columns widens them up to this in all (names merged B:C); longer text wraps. */
const MAX_MERGED_TEXT = 240;

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** Approximate width in px of one line of 12 px text: CJK and full-width characters count double. */
export function textWidth(line: string): number {
  let width = 0;
  for (const ch of line) width += WIDE.test(ch) ? 12 : 7;
  return width;
}

/** Lines a text needs in a cell of `width` px, wrapping at that width and at its own line breaks. */
export function linesNeeded(text: string, width: number): number {
  if (text === '') return 1;
  const usable = Math.max(1, width - CELL_PADDING_X);
  return text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(textWidth(line) / usable)), 0);
}

export interface SheetLayout {
  readonly columns: number;
  /** True when the sheet has more columns than are drawn. */
  readonly columnsCapped: boolean;
  readonly widths: readonly number[];
  /** Left edge of each drawn column (after the row headers), and the total width. */
  readonly lefts: readonly number[];
  readonly totalWidth: number;
  readonly heights: readonly number[];
  /** tops[i] is the top of row i + 1; tops[rowCount] the total height. */
  readonly tops: Float64Array;
}

/** Row → merged areas crossing it, for sizing only: indexing stops at a bound, estimates stay estimates. */
function mergesByRow(merges: readonly Rect[], lastRow: number): Map<number, Rect[]> {
  const byRow = new Map<number, Rect[]>();
  let entries = 0;
  for (const m of merges) {
    for (let r = m.top; r <= Math.min(m.bottom, lastRow); r++) {
      if (++entries > 2_000_000) return byRow;
      (byRow.get(r) ?? byRow.set(r, []).get(r)!).push(m);
    }
  }
  return byRow;
}

const containing = (list: readonly Rect[] | undefined, col: number) => list?.find((m) => col >= m.left && col <= m.right);

export function sheetLayout(sheet: SheetGrid): SheetLayout {
  const columns = Math.min(sheet.colCount, MAX_DRAWN_COLUMNS);
  const widths = new Array<number>(columns).fill(MIN_COLUMN + 24);
  // Cells outside merges decide a column's width; then text merged across columns (a name in B:C)
  // widens its columns a little if it needs to. A title across the sheet or a paragraph wraps instead.
  const byRow = mergesByRow(sheet.merges, sheet.rowCount);
  const mergedTexts: Array<{ merge: Rect; width: number }> = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.rows[r - 1];
    if (!row) continue;
    for (let c = 1; c <= Math.min(row.length, columns); c++) {
      const cell = row[c - 1];
      if (!cell) continue;
      const text = cellText(cell);
      if (text === '') continue;
      const longest = Math.max(...text.split('\n').map(textWidth)) + CELL_PADDING_X;
      const merge = containing(byRow.get(r), c);
      if (!merge) widths[c - 1] = Math.max(widths[c - 1], Math.min(MAX_COLUMN, longest));
      else if (merge.top === merge.bottom && merge.left === c) mergedTexts.push({ merge, width: Math.min(MAX_MERGED_TEXT, longest) });
    }
  }
  for (const { merge, width } of mergedTexts) {
    const cols = Math.min(merge.right, columns) - merge.left + 1;
    const have = widths.slice(merge.left - 1, merge.left - 1 + cols).reduce((a, b) => a + b, 0);
    if (width <= have) continue;
    const extra = Math.ceil((width - have) / cols);
    for (let c = merge.left; c < merge.left + cols; c++) widths[c - 1] = Math.min(MAX_COLUMN, widths[c - 1] + extra);
  }
  const lefts: number[] = [];
  let x = ROW_HEADER_WIDTH;
  for (const w of widths) {
    lefts.push(x);
    x += w;
  }

  const heights = new Array<number>(sheet.rowCount).fill(BASE_ROW_HEIGHT);
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.rows[r - 1];
    if (!row) continue;
    let lines = 1;
    for (let c = 1; c <= Math.min(row.length, columns); c++) {
      const cell = row[c - 1];
      if (!cell || (typeof cell.value !== 'string' && cell.text === undefined)) continue;
      const merge = containing(byRow.get(r), c);
      // Text in an area of several rows has their height to itself; it does not stretch one row.
      if (merge && merge.bottom > merge.top) continue;
      const width = merge ? widths.slice(merge.left - 1, Math.min(merge.right, columns)).reduce((a, b) => a + b, 0) : widths[c - 1];
      lines = Math.max(lines, linesNeeded(cellText(cell), width));
    }
    if (lines > 1) heights[r - 1] = Math.min(lines, MAX_LINES) * LINE_HEIGHT + CELL_PADDING_Y;
  }
  const tops = new Float64Array(sheet.rowCount + 1);
  for (let r = 0; r < sheet.rowCount; r++) tops[r + 1] = tops[r] + heights[r];
  return { columns, columnsCapped: sheet.colCount > columns, widths, lefts, totalWidth: x, heights, tops };
}

/** The 1-based row at vertical offset `y` (binary search over the row tops). */
export function rowAt(layout: SheetLayout, y: number): number {
  const { tops } = layout;
  let lo = 0;
  let hi = tops.length - 2;
  if (hi < 0) return 0;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (tops[mid] <= y) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

export interface RowWindow {
  readonly first: number;
  readonly last: number;
}

/** Rows to draw for a viewport, with `overscan` rows either side; empty (0, -1) for an empty sheet. */
export function rowWindow(layout: SheetLayout, scrollTop: number, viewportHeight: number, overscan = 10): RowWindow {
  const count = layout.heights.length;
  if (count === 0) return { first: 0, last: -1 };
  const first = Math.max(1, rowAt(layout, Math.max(0, scrollTop)) - overscan);
  const last = Math.min(count, rowAt(layout, scrollTop + viewportHeight) + overscan);
  return { first, last };
}

export interface DrawnMerge {
  /** The merged area as the file has it. */
  readonly rect: Rect;
  /** Where it is drawn: its first visible row, and the spans clipped to the window and drawn columns. */
  readonly row: number;
  readonly rowSpan: number;
  readonly colSpan: number;
}

export interface WindowMerges {
  /** Drawn merges by the cell where they are drawn ('row:col'). */
  readonly anchors: ReadonlyMap<string, DrawnMerge>;
  /** Cells covered by a drawn merge, not drawn themselves. */
  readonly covered: ReadonlySet<string>;
}

export const cellKey = (row: number, col: number) => `${row}:${col}`;

/** The merged areas a window of rows shows, clipped to it, so a merge that starts above still draws. */
export function windowMerges(merges: readonly Rect[], window: RowWindow, columns: number): WindowMerges {
  const anchors = new Map<string, DrawnMerge>();
  const covered = new Set<string>();
  for (const rect of merges) {
    if (rect.bottom < window.first || rect.top > window.last || rect.left > columns) continue;
    const row = Math.max(rect.top, window.first);
    const bottom = Math.min(rect.bottom, window.last);
    const right = Math.min(rect.right, columns);
    anchors.set(cellKey(row, rect.left), { rect, row, rowSpan: bottom - row + 1, colSpan: right - rect.left + 1 });
    for (let r = row; r <= bottom; r++) {
      for (let c = rect.left; c <= right; c++) if (r !== row || c !== rect.left) covered.add(cellKey(r, c));
    }
  }
  return { anchors, covered };
}

/** The merged area holding a cell, if any. */
export function mergeAt(merges: readonly Rect[], row: number, col: number): Rect | undefined {
  return merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
}
