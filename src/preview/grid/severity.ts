// Which cells of a sheet the findings name, with the gravest severity each: the grid tints them.
import { parseRectA1 } from '../../core/grid/address';
import type { Finding, Severity } from '../../core/findings/types';
import { cellKey } from './layout';

const RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, info: 1 };

/** A finding's range (H8:H36) is tinted cell by cell up to this many cells; the first cell always is. */
const MAX_CELLS_PER_RANGE = 10_000;

export function graver(a: Severity | undefined, b: Severity): Severity {
  return a && RANK[a] >= RANK[b] ? a : b;
}

/** 'row:col' → severity for the findings on `sheet`. */
export function severityByCell(findings: readonly Finding[], sheet: string): Map<string, Severity> {
  const out = new Map<string, Severity>();
  const mark = (row: number, col: number, severity: Severity) => {
    const key = cellKey(row, col);
    out.set(key, graver(out.get(key), severity));
  };
  for (const finding of findings) {
    if (finding.sheet !== sheet) continue;
    for (const ref of finding.cells) {
      const rect = parseRectA1(ref);
      if (!rect) continue;
      let budget = MAX_CELLS_PER_RANGE;
      for (let r = rect.top; r <= rect.bottom && budget > 0; r++) {
        for (let c = rect.left; c <= rect.right && budget > 0; c++, budget--) mark(r, c, finding.severity);
      }
    }
  }
  return out;
}

/** Findings per sheet, counted by their gravest severity, for the sheet tabs. */
export function countsBySheet(findings: readonly Finding[]): Map<string, Record<Severity, number>> {
  const out = new Map<string, Record<Severity, number>>();
  for (const f of findings) {
    const counts = out.get(f.sheet) ?? out.set(f.sheet, { error: 0, warning: 0, info: 0 }).get(f.sheet)!;
    counts[f.severity] += 1;
  }
  return out;
}
