// The header of an indicator table: which column holds which field, found by meaning (vocabulary.ts),
// never by position. Handles merged header cells, a second header row under a merged group header
// (年度指标值 over 指标性质 / 指标值 / 度量单位), and several tables side by side on one row.
import { columnLetters } from '../grid/address';
import type { ColumnField, ColumnInfo } from '../model/types';
import type { SheetReader } from './reader';
import { looseHeaderOf, meaningOf, type HeaderField } from './vocabulary';

export interface HeaderBand {
  /** Header row(s): one, or two when sub-headers sit under a merged group header. */
  readonly rows: readonly number[];
  readonly columns: Readonly<Partial<Record<ColumnField, ColumnInfo>>>;
  /** Normalised header text per field ('年初目标值', '分值'): family detection reads them. */
  readonly keys: Readonly<Partial<Record<ColumnField, string>>>;
  /** First and last column of the header cells (merged areas included). */
  readonly left: number;
  readonly right: number;
  /** field@column list: a repeated header (page break, next goal block) has the same one. */
  readonly signature: string;
}

interface Entry {
  readonly col: number;
  readonly right: number;
  readonly row: number;
  readonly field: HeaderField;
  readonly key: string;
  readonly header: string;
  /** A merged group header spanning several columns and only this row. */
  readonly group: boolean;
}

/** Fields that, beside the name, make a row an indicator header. */
export const EVIDENCE: readonly ColumnField[] = ['target', 'initialTarget', 'actual', 'weight', 'score', 'criteria', 'op', 'coefficient'];

/** Cheap test for the first pass: does a row look like it may start an indicator header? */
export function mayBeHeaderRow(reader: SheetReader, row: number): boolean {
  const cells = reader.row(row);
  if (!cells) return false;
  let count = 0;
  for (let c = 0; c < cells.length; c++) {
    const v = cells[c]?.value;
    if (typeof v !== 'string' || v.length > 40) continue;
    if (meaningOf(v).header !== undefined && ++count >= 2) return true;
  }
  return false;
}

/** How a cell text is read as a header: the whole text a header word, or (a named header row) containing one. */
type HeaderMatch = (text: string) => { readonly field: HeaderField; readonly key: string } | undefined;

const strictMatch: HeaderMatch = (text) => {
  const meaning = meaningOf(text);
  return meaning.header === undefined ? undefined : { field: meaning.header, key: meaning.label.key };
};

/** Header cells of one row, reading a merged cell once at its left column (vertical merges from above included). */
function entriesOf(reader: SheetReader, row: number, width: number, match: HeaderMatch = strictMatch): Entry[] {
  const out: Entry[] = [];
  for (let c = 1; c <= width; c++) {
    let anchorRow = row;
    const v = reader.value(row, c);
    if (v === null || v === '') {
      const m = reader.merges.at(row, c);
      if (!m || m.left !== c || m.top >= row) continue;
      anchorRow = m.top; // a header merged down from the row above
    }
    const value = reader.value(anchorRow, c);
    if (typeof value !== 'string') continue;
    const meaning = match(value);
    if (meaning === undefined) continue;
    const m = reader.merges.anchoredAt(anchorRow, c);
    out.push({
      col: c,
      right: m?.right ?? c,
      row: anchorRow,
      field: meaning.field,
      key: meaning.key,
      header: value.trim(),
      group: m !== undefined && m.right > c && m.bottom === row && anchorRow === row,
    });
  }
  return out;
}

/** Sub-headers under group headers (or under nothing) in the row below the header row. */
function subEntries(reader: SheetReader, row: number, top: readonly Entry[], width: number, match: HeaderMatch): Entry[] {
  const below = entriesOf(reader, row + 1, width, match).filter((e) => e.row === row + 1);
  const overOf = (e: Entry) => top.find((t) => t.col <= e.col && t.right >= e.col);
  // Only a merged group header above makes the next row a sub-header row.
  if (!below.some((e) => overOf(e)?.group)) return [];
  return below.filter((e) => {
    const over = overOf(e);
    return over === undefined || over.group;
  });
}

function splitSegments(entries: readonly Entry[]): Entry[][] {
  const segments: Entry[][] = [];
  let current: Entry[] = [];
  let seen = new Set<HeaderField>();
  for (const e of entries) {
    const structural = e.field === 'name' || e.field === 'level1';
    if (structural && seen.has(e.field)) {
      segments.push(current);
      current = [];
      seen = new Set();
    }
    current.push(e);
    seen.add(e.field);
  }
  if (current.length) segments.push(current);
  return segments;
}

function bandOf(reader: SheetReader, rows: readonly number[], segment: readonly Entry[]): HeaderBand | undefined {
  const columns: Partial<Record<ColumnField, ColumnInfo>> = {};
  const keys: Partial<Record<ColumnField, string>> = {};
  const hasName = segment.some((e) => e.field === 'name');
  for (const e of segment) {
    const field: ColumnField | undefined = e.field === 'weakName' ? (hasName ? undefined : 'name') : e.field;
    if (field === undefined || columns[field]) continue;
    columns[field] = { col: e.col, letter: columnLetters(e.col), header: e.header, headerRef: reader.ref(e.row, e.col) };
    keys[field] = e.key;
  }
  if (columns.initialTarget && !columns.target) {
    columns.target = columns.initialTarget;
    keys.target = keys.initialTarget;
    delete columns.initialTarget;
    delete keys.initialTarget;
  }
  if (!columns.name) return undefined;
  if (EVIDENCE.filter((f) => columns[f]).length < 2) return undefined;
  const left = Math.min(...segment.map((e) => e.col));
  const right = Math.max(...segment.map((e) => e.right));
  const signature = (Object.keys(columns) as ColumnField[])
    .sort()
    .map((f) => `${f}@${columns[f]?.col}`)
    .join(',');
  return { rows, columns, keys, left, right, signature };
}

/**
 * The indicator headers that start at this row (several when tables sit side by side). `named`: the
 * user pointed at this row as the header, so a cell counts when it contains a header word.
 */
export function headerBandsAt(reader: SheetReader, row: number, named = false): HeaderBand[] {
  const match = named ? looseHeaderOf : strictMatch;
  const width = Math.max(reader.row(row)?.length ?? 0, reader.row(row + 1)?.length ?? 0);
  const top = entriesOf(reader, row, width, match);
  if (top.length < 2) return [];
  const subs = subEntries(reader, row, top, width, match);
  let entries = top;
  let rows: number[] = [row];
  if (subs.length > 0) {
    const covered = (t: Entry) => subs.some((s) => s.col >= t.col && s.col <= t.right);
    entries = [...top.filter((t) => !(t.group && covered(t))), ...subs].sort((a, b) => a.col - b.col);
    rows = [row, row + 1];
  }
  const bands: HeaderBand[] = [];
  for (const segment of splitSegments(entries)) {
    const band = bandOf(reader, rows, segment);
    if (!band) continue;
    // A group header whose sub-headers were taken still spans the table (偏差原因 over 原因/措施).
    const right = top.reduce((r, t) => (t.group && t.col >= band.left && t.col <= band.right ? Math.max(r, t.right) : r), band.right);
    bands.push(right === band.right ? band : { ...band, right });
  }
  // A second row that added nothing the table needs is data or noise, not a sub-header.
  if (rows.length === 2 && bands.length === 0) {
    for (const segment of splitSegments(top)) {
      const band = bandOf(reader, [row], segment);
      if (band) bands.push(band);
    }
  }
  return bands;
}

/** What a row's cells name as header fields (containing a header word counts), left to right: for telling the user why a row is no header. */
export function headerFieldsIn(reader: SheetReader, row: number): Array<{ readonly field: ColumnField; readonly col: number; readonly header: string }> {
  const width = reader.row(row)?.length ?? 0;
  const entries = entriesOf(reader, row, width, looseHeaderOf);
  const hasName = entries.some((e) => e.field === 'name');
  const out: Array<{ field: ColumnField; col: number; header: string }> = [];
  for (const e of entries) {
    const field: ColumnField | undefined = e.field === 'weakName' ? (hasName ? undefined : 'name') : e.field;
    if (field === undefined || out.some((o) => o.field === field)) continue;
    out.push({ field, col: e.col, header: e.header });
  }
  return out;
}
