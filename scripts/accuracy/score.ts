// Scoring the checker against a labelled table: which expectations its findings meet.
//
// An expectation file (test/fixtures/expect/<fixture>.json) holds three lists of entries
// { rule, row?, note }: `must` (a reviewer marks it), `must_not` (a trap: reporting it is wrong) and
// `may` (defensible either way). `row` is a 1-based Excel row, or a list of rows meaning "any of
// these"; without `row` the entry is table-wide. In `may` only, rule "*" accepts any rule at its rows
// (the row where a published copy is cut).
//
// How a finding matches an entry:
// - The finding's rows are its `row` and the row of every cell it names (a range 'H8:H36' names
//   rows 8–36). A finding that lists several cells therefore stands for all of their rows.
// - It matches an entry when the rule is the same (or the entry's rule is "*") and either the entry
//   is table-wide (any row, or none) or one of the finding's rows is one of the entry's rows.
// - A `must` entry is found when at least one finding matches it; several findings may match it.
// - A `must_not` entry is reported when at least one finding matches it.
// - A finding is unasked when it matches no entry of any list. A finding that matches a `must_not`
//   entry is counted there, never as unasked; `must_not` wins over `may` and `must` when a finding
//   matches both.
// Sheets are not compared: every labelled fixture holds one table on one sheet.

export interface Expectation {
  readonly rule: string;
  /** One row, several rows (any of them), or none for the whole table. */
  readonly row?: number | readonly number[];
  readonly note: string;
}

export interface ExpectationFile {
  readonly fixture: string;
  readonly case: string;
  readonly partial?: string;
  readonly must: readonly Expectation[];
  readonly must_not: readonly Expectation[];
  readonly may: readonly Expectation[];
  /** Case items no catalogue rule checks, for the reader; not scored. */
  readonly uncovered?: ReadonlyArray<{ readonly note: string }>;
}

/** What the scorer needs of a finding (core Finding has these fields). */
export interface ScoredFinding {
  readonly rule: string;
  readonly row?: number;
  readonly cells: readonly string[];
}

export type ListName = 'must' | 'must_not' | 'may';

/** A difference between the checker and the expectations: a missed must or a reported must-not. */
export interface Gap {
  readonly fixture: string;
  readonly list: 'must' | 'must_not';
  readonly rule: string;
  readonly row?: number | readonly number[];
}

export interface TableScore {
  readonly fixture: string;
  readonly findings: number;
  readonly must: ReadonlyArray<{ readonly entry: Expectation; readonly found: boolean }>;
  readonly mustNotHits: ReadonlyArray<{ readonly entry: Expectation; readonly by: readonly ScoredFinding[] }>;
  readonly unasked: readonly ScoredFinding[];
  /** Findings that only a `may` entry asks for (no must, no must_not): defensible, not required. */
  readonly onlyMay: readonly ScoredFinding[];
  /** The id of the profile the table was checked with (the default rule: hubei for a Hubei form), when known. */
  readonly profile?: string;
}

export interface AccuracySummary {
  readonly tables: number;
  readonly must: number;
  readonly mustFound: number;
  readonly mustNotReported: number;
  readonly findings: number;
  readonly unasked: number;
}

const CELL = /^\$?[A-Za-z]{1,3}\$?(\d+)$/;

function rowOfCell(address: string): number | undefined {
  const m = CELL.exec(address.trim());
  return m ? Number(m[1]) : undefined;
}

/** Every row a finding stands for: its row and the rows of the cells (and ranges) it names. */
export function findingRows(finding: ScoredFinding): number[] {
  const rows = new Set<number>();
  if (finding.row !== undefined) rows.add(finding.row);
  for (const cell of finding.cells) {
    const address = cell.includes('!') ? cell.slice(cell.lastIndexOf('!') + 1) : cell;
    const [from, to] = address.split(':');
    const a = rowOfCell(from);
    const b = to === undefined ? a : rowOfCell(to);
    if (a === undefined || b === undefined) continue;
    for (let r = Math.min(a, b); r <= Math.max(a, b); r++) rows.add(r);
  }
  return [...rows].sort((x, y) => x - y);
}

export function entryRows(entry: Expectation): readonly number[] | undefined {
  if (entry.row === undefined) return undefined;
  return typeof entry.row === 'number' ? [entry.row] : entry.row;
}

export function matches(entry: Expectation, finding: ScoredFinding): boolean {
  if (entry.rule !== '*' && entry.rule !== finding.rule) return false;
  const rows = entryRows(entry);
  if (rows === undefined) return true;
  return findingRows(finding).some((r) => rows.includes(r));
}

/** A finding as a reviewer reads it in a list: rule@row (row, else first cell's row, else '-'). */
export function label(finding: ScoredFinding): string {
  const row = finding.row ?? findingRows(finding)[0];
  return `${finding.rule}@${row ?? '-'}`;
}

export function entryLabel(entry: Expectation): string {
  const rows = entryRows(entry);
  return `${entry.rule}@${rows === undefined ? 'table' : rows.join('|')}`;
}

export function scoreTable(expect: ExpectationFile, findings: readonly ScoredFinding[]): TableScore {
  const must = expect.must.map((entry) => ({ entry, found: findings.some((f) => matches(entry, f)) }));
  const mustNotHits = expect.must_not
    .map((entry) => ({ entry, by: findings.filter((f) => matches(entry, f)) }))
    .filter((hit) => hit.by.length > 0);
  const hits = (entries: readonly Expectation[], f: ScoredFinding) => entries.some((entry) => matches(entry, f));
  const unasked = findings.filter((f) => !hits(expect.must, f) && !hits(expect.must_not, f) && !hits(expect.may, f));
  const onlyMay = findings.filter((f) => !hits(expect.must, f) && !hits(expect.must_not, f) && hits(expect.may, f));
  return { fixture: expect.fixture, findings: findings.length, must, mustNotHits, unasked, onlyMay };
}

export function summarise(scores: readonly TableScore[]): AccuracySummary {
  return {
    tables: scores.length,
    must: scores.reduce((n, s) => n + s.must.length, 0),
    mustFound: scores.reduce((n, s) => n + s.must.filter((m) => m.found).length, 0),
    mustNotReported: scores.reduce((n, s) => n + s.mustNotHits.length, 0),
    findings: scores.reduce((n, s) => n + s.findings, 0),
    unasked: scores.reduce((n, s) => n + s.unasked.length, 0),
  };
}

/** Missed musts and reported must-nots, in file order: what test/accuracy/known-gaps.json lists. */
export function gapsOf(scores: readonly TableScore[]): Gap[] {
  const gaps: Gap[] = [];
  const gap = (fixture: string, list: Gap['list'], entry: Expectation): Gap =>
    entry.row === undefined ? { fixture, list, rule: entry.rule } : { fixture, list, rule: entry.rule, row: entry.row };
  for (const score of scores) {
    for (const m of score.must) if (!m.found) gaps.push(gap(score.fixture, 'must', m.entry));
    for (const hit of score.mustNotHits) gaps.push(gap(score.fixture, 'must_not', hit.entry));
  }
  return gaps;
}

/** The explanation test/accuracy/known-gaps.json carries. */
export const GAPS_ABOUT =
  'Every must the checker misses and every must_not it reports today on test/fixtures/expect, exactly. ' +
  'test/accuracy fails on a gap not listed here and on a listed gap that no longer occurs: remove an entry ' +
  'when the checker is fixed; never add one to make a test pass. `npm run accuracy -- --gaps` prints the current list.';

/** A stable key for a gap, to compare lists. */
export function gapKey(gap: Gap): string {
  const rows = gap.row === undefined ? 'table' : typeof gap.row === 'number' ? String(gap.row) : gap.row.join('|');
  return `${gap.fixture} ${gap.list} ${gap.rule}@${rows}`;
}

/** The lines printed for one table. */
export function formatTable(score: TableScore): string[] {
  const found = score.must.filter((m) => m.found).length;
  const lines = [
    `${score.fixture}: must ${found}/${score.must.length}, must-not reported ${score.mustNotHits.length}, findings ${score.findings}, unasked ${score.unasked.length}` +
      (score.profile ? `, profile ${score.profile}` : ''),
  ];
  if (score.onlyMay.length) lines.push(`  asked only by may: ${score.onlyMay.map(label).join(', ')}`);
  const missed = score.must.filter((m) => !m.found).map((m) => entryLabel(m.entry));
  if (missed.length) lines.push(`  missed: ${missed.join(', ')}`);
  for (const hit of score.mustNotHits) {
    lines.push(`  must-not reported: ${entryLabel(hit.entry)} by ${hit.by.map(label).join(', ')}`);
  }
  if (score.unasked.length) lines.push(`  unasked: ${score.unasked.map(label).join(', ')}`);
  return lines;
}

const RULE = /^PERF\d{3}$/;

function isRow(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1;
}

/** Problems in an expectation file (shape, rule ids, rows, duplicate or contradictory entries). */
export function checkExpectationFile(value: unknown, fixture: string): string[] {
  const errors: string[] = [];
  const file = value as Partial<ExpectationFile> | null;
  if (!file || typeof file !== 'object') return [`${fixture}: not a JSON object`];
  if (file.fixture !== fixture) errors.push(`${fixture}: "fixture" is ${JSON.stringify(file.fixture)}`);
  if (typeof file.case !== 'string' || !file.case) errors.push(`${fixture}: "case" missing`);
  const lists: ListName[] = ['must', 'must_not', 'may'];
  for (const list of lists) {
    const entries = file[list];
    if (!Array.isArray(entries)) {
      errors.push(`${fixture}: "${list}" is not a list`);
      continue;
    }
    const seen = new Set<string>();
    entries.forEach((entry: Expectation, i) => {
      const where = `${fixture} ${list}[${i}]`;
      const wildcard = entry?.rule === '*';
      if (!RULE.test(String(entry?.rule)) && !(wildcard && list === 'may')) errors.push(`${where}: rule ${JSON.stringify(entry?.rule)}`);
      if (wildcard && entry.row === undefined) errors.push(`${where}: rule "*" needs a row`);
      const row = entry?.row;
      if (row !== undefined && !(isRow(row) || (Array.isArray(row) && row.length > 0 && row.every(isRow)))) {
        errors.push(`${where}: row ${JSON.stringify(row)}`);
      }
      if (typeof entry?.note !== 'string' || !entry.note.trim()) errors.push(`${where}: no note`);
      const key = entryLabel(entry);
      if (seen.has(key)) errors.push(`${where}: ${key} twice`);
      seen.add(key);
    });
  }
  if (errors.length) return errors;
  // A must or may entry that a must_not entry would always overrule contradicts it.
  for (const banned of file.must_not ?? []) {
    const bannedRows = entryRows(banned);
    for (const list of ['must', 'may'] as const) {
      for (const entry of file[list] ?? []) {
        if (entry.rule !== banned.rule) continue;
        const rows = entryRows(entry);
        const overlap = bannedRows === undefined || (rows !== undefined && rows.some((r) => bannedRows.includes(r)));
        if (overlap) errors.push(`${fixture}: ${list} ${entryLabel(entry)} contradicts must_not ${entryLabel(banned)}`);
      }
    }
  }
  return errors;
}
