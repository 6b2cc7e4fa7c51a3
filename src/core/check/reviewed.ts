// Reviewed marks: a reviewer accepted a finding (rule + sheet + first cell); it moves out of the open list.
import type { Finding, ReviewedMark } from '../findings/types';

function address(cell: string): string {
  return cell.replace(/\$/g, '').trim().toUpperCase();
}

function key(rule: string, sheet: string, cell: string): string {
  return `${rule}\u0000${sheet}\u0000${address(cell)}`;
}

export interface ReviewSplit {
  readonly open: Finding[];
  readonly reviewed: Array<{ readonly finding: Finding; readonly mark: ReviewedMark }>;
}

/** Splits findings into open ones and those a mark accepts. Malformed marks are ignored. */
export function applyReviewed(findings: readonly Finding[], marks: readonly ReviewedMark[] | undefined): ReviewSplit {
  if (!marks || marks.length === 0) return { open: [...findings], reviewed: [] };
  const byKey = new Map<string, ReviewedMark>();
  for (const mark of marks) {
    if (!mark || typeof mark.rule !== 'string' || typeof mark.sheet !== 'string' || typeof mark.cell !== 'string') continue;
    byKey.set(key(mark.rule, mark.sheet, mark.cell), mark);
  }
  const open: Finding[] = [];
  const reviewed: ReviewSplit['reviewed'] = [];
  for (const finding of findings) {
    const mark = byKey.get(key(finding.rule, finding.sheet, finding.cells[0] ?? ''));
    if (mark) reviewed.push({ finding, mark });
    else open.push(finding);
  }
  return { open, reviewed };
}
