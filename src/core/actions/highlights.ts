// Which cells to colour for a set of findings: every cell a finding names, the most severe wins.
import { a1, parseRectA1 } from '../grid/address';
import type { Finding, Severity } from '../findings/types';

export interface CellMark {
  readonly sheet: string;
  readonly address: string;
  readonly severity: Severity;
  /** The cell's note: every finding naming the cell, one line each ("PERF: PERF012 …"). */
  readonly note?: string;
}

export interface HighlightOptions {
  /** Attach notes in this language; no notes when absent. */
  readonly notes?: 'zh' | 'en';
}

/** Notes longer than this are cut (a note is read in a small box; the pane has the rest). */
export const MAX_NOTE_CHARS = 1000;

function noteText(lines: readonly string[]): string {
  const text = lines.join('\n');
  return text.length <= MAX_NOTE_CHARS ? text : `${text.slice(0, MAX_NOTE_CHARS - 1)}…`;
}

const RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, info: 1 };

/** Cells per finding range are capped so a whole-column reference cannot colour a million cells. */
export const MAX_CELLS_PER_RANGE = 2000;

function cellsOf(address: string): string[] {
  const rect = parseRectA1(address.replace(/\$/g, ''));
  if (!rect) return [];
  const out: string[] = [];
  for (let row = rect.top; row <= rect.bottom; row++) {
    for (let col = rect.left; col <= rect.right; col++) {
      out.push(a1(row, col));
      if (out.length >= MAX_CELLS_PER_RANGE) return out;
    }
  }
  return out;
}

export function severityRank(severity: Severity): number {
  return RANK[severity];
}

/**
 * One mark per cell in first-seen order, carrying the highest severity among the findings naming it;
 * with `notes`, the message of each of those findings (once each) in that language.
 */
export function highlightMarks(findings: readonly Finding[], options: HighlightOptions = {}): CellMark[] {
  const byCell = new Map<string, CellMark>();
  const lines = new Map<string, string[]>();
  for (const finding of findings) {
    const line = options.notes ? `PERF: ${finding.rule} ${finding.message[options.notes]}` : '';
    for (const ref of finding.cells) {
      for (const address of cellsOf(ref)) {
        const key = `${finding.sheet}\u0000${address}`;
        const seen = byCell.get(key);
        if (!seen || RANK[finding.severity] > RANK[seen.severity]) {
          byCell.set(key, { sheet: finding.sheet, address, severity: finding.severity });
        }
        if (options.notes) {
          const list = lines.get(key) ?? lines.set(key, []).get(key)!;
          if (!list.includes(line)) list.push(line);
        }
      }
    }
  }
  const marks = [...byCell.entries()];
  return options.notes ? marks.map(([key, mark]) => ({ ...mark, note: noteText(lines.get(key) ?? []) })) : marks.map(([, mark]) => mark);
}
