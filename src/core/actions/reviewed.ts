// Reviewed marks (已复核 / 忽略): a reviewer's decision about one finding, matched by rule, sheet and
// the finding's first cell, as src/core/findings/types.ts defines it.
import type { Finding, ReviewedMark } from '../findings/types';

export function markFor(finding: Finding, reason: string, at?: string, by?: string): ReviewedMark {
  const mark: ReviewedMark = { rule: finding.rule, sheet: finding.sheet, cell: finding.cells[0] ?? '', reason: reason.trim() };
  return { ...mark, ...(at ? { at } : {}), ...(by ? { by } : {}) };
}

export function sameMark(a: Pick<ReviewedMark, 'rule' | 'sheet' | 'cell'>, b: Pick<ReviewedMark, 'rule' | 'sheet' | 'cell'>): boolean {
  return a.rule === b.rule && a.sheet === b.sheet && a.cell.toUpperCase() === b.cell.toUpperCase();
}

export function markMatches(mark: ReviewedMark, finding: Finding): boolean {
  return sameMark(mark, { rule: finding.rule, sheet: finding.sheet, cell: finding.cells[0] ?? '' });
}

/** The marks with `mark` added, replacing an earlier decision about the same finding. */
export function withMark(marks: readonly ReviewedMark[], mark: ReviewedMark): ReviewedMark[] {
  return [...marks.filter((m) => !sameMark(m, mark)), mark];
}

export function withoutMark(marks: readonly ReviewedMark[], mark: Pick<ReviewedMark, 'rule' | 'sheet' | 'cell'>): ReviewedMark[] {
  return marks.filter((m) => !sameMark(m, mark));
}
