// One row, one story: the findings about the same indicator row read together, in the order a
// person should work through them (先改哪个), and whether a fix still stands when another finding on
// its row questions a value the fix relies on.
import { parseA1 } from '../grid/address';
import type { Finding, RuleId } from '../findings/types';

/**
 * Which step of a row a rule is about, in the order to work through them: first whether the row
 * belongs (counted twice, filed wrongly), then the values the score is computed from, then the
 * score, then the explanation. Rules not listed count as values.
 */
export type RowStep = 'row' | 'value' | 'score' | 'text';

const STEP: Partial<Record<RuleId, RowStep>> = {
  PERF002: 'row',
  PERF035: 'row',
  PERF052: 'row',
  PERF020: 'score',
  PERF060: 'score',
  PERF021: 'score',
  PERF062: 'score',
  PERF031: 'score',
  PERF032: 'score',
  PERF040: 'text',
  PERF041: 'text',
  PERF054: 'text',
  PERF055: 'text',
  PERF004: 'text',
};

const STEP_ORDER: Record<RowStep, number> = { row: 0, value: 1, score: 2, text: 3 };

export function stepOf(rule: RuleId): RowStep {
  return STEP[rule] ?? 'value';
}

/**
 * The row a finding is about: its own row, else the row of its first cell when that is one cell
 * (PERF030 names the weight it suspects). A range over many rows is about the table, not a row.
 */
export function rowOf(finding: Finding): number | undefined {
  if (finding.row !== undefined) return finding.row;
  const first = finding.cells[0];
  if (!first || first.includes(':')) return undefined;
  return parseA1(first)?.row;
}

export interface RowStory {
  readonly sheet: string;
  readonly row: number;
  /** In the order to work through them (先改哪个); the engine's order within a step. */
  readonly findings: readonly Finding[];
}

/** Rows with two findings or more, in sheet order then row order, each ordered by step. */
export function rowStories(findings: readonly Finding[]): RowStory[] {
  const byRow = new Map<string, { sheet: string; row: number; findings: Finding[] }>();
  const sheets: string[] = [];
  for (const f of findings) {
    const row = rowOf(f);
    if (row === undefined) continue;
    const key = `${f.sheet}\u0000${row}`;
    let story = byRow.get(key);
    if (!story) {
      story = { sheet: f.sheet, row, findings: [] };
      byRow.set(key, story);
      if (!sheets.includes(f.sheet)) sheets.push(f.sheet);
    }
    story.findings.push(f);
  }
  return [...byRow.values()]
    .filter((s) => s.findings.length > 1)
    .sort((a, b) => sheets.indexOf(a.sheet) - sheets.indexOf(b.sheet) || a.row - b.row)
    .map((s) => ({
      ...s,
      findings: s.findings
        .map((f, i) => ({ f, i }))
        .sort((a, b) => STEP_ORDER[stepOf(a.f.rule)] - STEP_ORDER[stepOf(b.f.rule)] || a.i - b.i)
        .map(({ f }) => f),
    }));
}

/**
 * The other findings on the rows a fix writes that question what the fix relies on. Only a computed
 * figure (a score, a rate, a total) relies on other cells: it is questioned by any finding about its
 * row or the row's values (the weight it multiplies by, an actual, a double count), not by one about
 * an explanation or a unit. A fix that rewrites a value itself (a glyph, a number stored as text)
 * relies on nothing else on its row. Empty when the fix stands.
 */
export function questionedBy(finding: Finding, findings: readonly Finding[]): Finding[] {
  const changes = finding.fix?.changes ?? [];
  if (changes.length === 0 || stepOf(finding.rule) !== 'score') return [];
  const written = new Set(changes.map((c) => `${c.sheet}\u0000${c.address}`));
  const rows = new Set<string>();
  for (const c of changes) {
    const row = parseA1(c.address)?.row;
    if (row !== undefined) rows.add(`${c.sheet}\u0000${row}`);
  }
  return findings.filter((other) => {
    if (other === finding) return false;
    const step = stepOf(other.rule);
    if (step !== 'row' && step !== 'value') return false;
    const row = rowOf(other);
    if (row === undefined || !rows.has(`${other.sheet}\u0000${row}`)) return false;
    // A finding about exactly the cells this fix rewrites questions nothing the fix relies on.
    return !other.cells.every((cell) => written.has(`${other.sheet}\u0000${cell}`));
  });
}
