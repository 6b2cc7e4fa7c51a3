// Gathering certain fixes into one batch: each cell written once; two fixes that disagree about a
// cell are both left out (the user decides), never applied in an arbitrary order; and a fix that
// another finding on its row questions (the weight it multiplies by, the row itself) is not certain
// and is left out too.
import type { CellChange, Finding } from '../findings/types';
import { questionedBy } from './row-story';

export interface FixBatch {
  readonly changes: readonly CellChange[];
  /** Findings whose fix is in the batch. */
  readonly findings: readonly Finding[];
  /** Which finding each change of the batch fixes, in the order of `changes`. */
  readonly because: readonly Finding[];
  /** Findings left out because another fix writes a different value into the same cell. */
  readonly conflicts: readonly Finding[];
  /** Findings left out because another finding on their row questions a value their fix relies on. */
  readonly questioned: ReadonlyArray<{ readonly finding: Finding; readonly by: readonly Finding[] }>;
}

const keyOf = (change: CellChange): string => `${change.sheet}\u0000${change.address}`;

function sameAfter(a: CellChange, b: CellChange): boolean {
  return a.after.value === b.after.value && (a.after.formula ?? '') === (b.after.formula ?? '');
}

export function certainFixes(findings: readonly Finding[]): FixBatch {
  const withFix = findings.filter((f) => f.fix && f.fix.changes.length > 0);
  const questioned: Array<{ finding: Finding; by: Finding[] }> = [];
  const standing: Finding[] = [];
  for (const finding of withFix) {
    const by = questionedBy(finding, findings);
    if (by.length > 0) questioned.push({ finding, by });
    else standing.push(finding);
  }
  const firstByCell = new Map<string, CellChange>();
  const conflictingCells = new Set<string>();
  for (const finding of standing) {
    for (const change of finding.fix!.changes) {
      const key = keyOf(change);
      const seen = firstByCell.get(key);
      if (!seen) firstByCell.set(key, change);
      else if (!sameAfter(seen, change)) conflictingCells.add(key);
    }
  }
  const included: Finding[] = [];
  const conflicts: Finding[] = [];
  const changes: CellChange[] = [];
  const because: Finding[] = [];
  const written = new Set<string>();
  for (const finding of standing) {
    const fixChanges = finding.fix!.changes;
    if (fixChanges.some((c) => conflictingCells.has(keyOf(c)))) {
      conflicts.push(finding);
      continue;
    }
    included.push(finding);
    for (const change of fixChanges) {
      const key = keyOf(change);
      if (written.has(key)) continue;
      written.add(key);
      changes.push(change);
      because.push(finding);
    }
  }
  return { changes, findings: included, because, conflicts, questioned };
}
