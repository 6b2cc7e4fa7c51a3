// Merged areas indexed once per sheet, never expanded cell by cell (a merge may cover 1,048,576
// rows). Narrow merges go into per-column lists sorted by top row (merges never overlap, so one
// binary search answers); very wide merges, rare, go into one list searched the same way.
import type { Rect } from '../grid/types';

const NARROW = 32;

interface Sorted {
  readonly tops: number[];
  readonly rects: Rect[];
}

function sortedOf(rects: Rect[]): Sorted {
  rects.sort((a, b) => a.top - b.top || a.left - b.left);
  return { tops: rects.map((r) => r.top), rects };
}

/** Index of the last entry whose top ≤ row, or -1. */
function lastAtOrAbove(tops: readonly number[], row: number): number {
  let lo = 0;
  let hi = tops.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tops[mid] <= row) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export class MergeIndex {
  private readonly byColumn = new Map<number, Sorted>();
  private readonly wide: Sorted;
  private readonly anchors = new Map<number, Rect>();

  constructor(merges: readonly Rect[]) {
    const columns = new Map<number, Rect[]>();
    const wide: Rect[] = [];
    for (const m of merges) {
      if (!(m.top >= 1 && m.left >= 1 && m.bottom >= m.top && m.right >= m.left)) continue;
      if (m.top === m.bottom && m.left === m.right) continue;
      this.anchors.set(key(m.top, m.left), m);
      if (m.right - m.left + 1 > NARROW) {
        wide.push(m);
        continue;
      }
      for (let c = m.left; c <= m.right; c++) {
        let list = columns.get(c);
        if (!list) columns.set(c, (list = []));
        list.push(m);
      }
    }
    for (const [c, list] of columns) this.byColumn.set(c, sortedOf(list));
    this.wide = sortedOf(wide);
  }

  /** The merged area covering (row, col), if any. */
  at(row: number, col: number): Rect | undefined {
    const column = this.byColumn.get(col);
    if (column) {
      const i = lastAtOrAbove(column.tops, row);
      if (i >= 0 && column.rects[i].bottom >= row) return column.rects[i];
    }
    if (this.wide.rects.length === 0) return undefined;
    // Wide merges in one row band sit side by side: walk back over those starting at or above.
    const start = lastAtOrAbove(this.wide.tops, row);
    // Bounded walk: a hostile sheet with thousands of wide merges must not stall recognition.
    for (let i = start; i >= 0 && start - i < 4096; i--) {
      const m = this.wide.rects[i];
      if (m.bottom >= row && m.left <= col && m.right >= col) return m;
    }
    return undefined;
  }

  /** The merged area whose top-left cell is (row, col), if any. */
  anchoredAt(row: number, col: number): Rect | undefined {
    return this.anchors.get(key(row, col));
  }
}

function key(row: number, col: number): number {
  return row * 20_000 + col;
}
