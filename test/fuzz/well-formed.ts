// What "a well-formed report" means, as a list of problems (empty = well-formed), so a failing fuzz
// case says exactly what is wrong. Checked against the grid the report came from.
import { parseA1, parseRectA1 } from '../../src/core/grid/address';
import type { Cell, CellValue, SheetGrid, WorkbookGrid } from '../../src/core/grid/types';
import { isCellError } from '../../src/core/grid/types';
import type { CellChange, Finding, Message } from '../../src/core/findings/types';
import type { WorkbookReport } from '../../src/core/report/types';
import { RULES } from '../../src/core/rules';

const SEVERITY_OF = new Map(RULES.map((r) => [r.id as string, r.severity]));
const SEVERITIES = new Set(['error', 'warning', 'info']);
const DECIMAL = /^-?\d+(\.\d+)?$/;
const A1 = /^[A-Z]{1,3}[1-9]\d{0,6}$/;
const CJK = /[\u4e00-\u9fff]/;
const GRADES = new Set(['优', '良', '中', '差', '']);

/**
 * Expected/found are texts by design for these rules: the unit written where a number was expected
 * (PERF004), the grades (PERF032: 差 expected, 优 written), the error code (PERF070). Every other
 * expected/found is a decimal figure.
 */
const TEXT_FOUND = new Set(['PERF004', 'PERF032', 'PERF070']);

/** PERF033's split finding states the whole split, one decimal per block: '50/30/10' against '60/20/10'. */
const SPLIT = /^-?\d+(\.\d+)?(\/-?\d+(\.\d+)?)+$/;

function figureOk(rule: string, value: string): boolean {
  return DECIMAL.test(value) || (rule === 'PERF033' && SPLIT.test(value));
}

function inside(sheet: SheetGrid, row: number, col: number): boolean {
  return Number.isInteger(row) && Number.isInteger(col) && row >= 1 && col >= 1 && row <= sheet.rowCount && col <= sheet.colCount;
}

function messageProblems(what: string, m: Message | undefined, needsChinese: boolean): string[] {
  const out: string[] = [];
  if (!m || typeof m.zh !== 'string' || typeof m.en !== 'string') return [`${what}: not a {zh, en} message`];
  if (m.zh.trim() === '') out.push(`${what}.zh is empty`);
  if (m.en.trim() === '') out.push(`${what}.en is empty`);
  if (needsChinese && !CJK.test(m.zh)) out.push(`${what}.zh has no Chinese: ${m.zh}`);
  if (!/[A-Za-z]/.test(m.en)) out.push(`${what}.en has no English: ${m.en}`);
  for (const text of [m.zh, m.en]) if (/\bundefined\b|\[object Object\]/.test(text)) out.push(`${what} shows a program value: ${text}`);
  return out;
}

function sameValue(have: CellValue, want: CellValue): boolean {
  const empty = (v: CellValue) => v === null || v === '';
  if (empty(want) || empty(have)) return empty(want) && empty(have);
  if (isCellError(want) || isCellError(have)) return isCellError(want) && isCellError(have) && want.error === have.error;
  return Object.is(have, want) || have === want;
}

function changeProblems(where: string, c: CellChange, sheets: ReadonlyMap<string, SheetGrid>): string[] {
  const sheet = sheets.get(c.sheet);
  if (!sheet) return [`${where}: sheet ${c.sheet} not in the workbook`];
  const at = parseA1(c.address);
  if (!A1.test(c.address) || !at) return [`${where}: address ${c.address} is not A1`];
  if (!inside(sheet, at.row, at.col)) return [`${where}: ${c.address} outside ${sheet.name} (${sheet.rowCount}×${sheet.colCount})`];
  const out: string[] = [];
  const cell: Cell | undefined = sheet.rows[at.row - 1]?.[at.col - 1];
  if (!sameValue(cell?.value ?? null, c.before.value)) out.push(`${where}: before ${JSON.stringify(c.before.value)} but ${c.address} holds ${JSON.stringify(cell?.value ?? null)}`);
  if ((c.before.formula || undefined) !== (cell?.formula || undefined)) out.push(`${where}: before formula ${c.before.formula} but ${c.address} has ${cell?.formula}`);
  const v = c.after.value;
  if (!((typeof v === 'number' && Number.isFinite(v)) || typeof v === 'string')) out.push(`${where}: writes ${String(v)}`);
  if (c.after.formula !== undefined && !c.after.formula.startsWith('=')) out.push(`${where}: formula without '=': ${c.after.formula}`);
  return out;
}

export function findingProblems(f: Finding, sheets: ReadonlyMap<string, SheetGrid>): string[] {
  const id = `${f.rule} ${f.sheet}!${f.cells?.[0]}`;
  const out: string[] = [];
  const severity = SEVERITY_OF.get(f.rule);
  if (severity === undefined) out.push(`${id}: rule id not in the catalogue`);
  else if (f.severity !== severity) out.push(`${id}: severity ${f.severity}, catalogue says ${severity}`);
  if (!SEVERITIES.has(f.severity)) out.push(`${id}: severity ${f.severity}`);
  const sheet = sheets.get(f.sheet);
  if (!sheet) return [...out, `${id}: sheet not in the workbook`];
  if (!Array.isArray(f.cells) || f.cells.length === 0) out.push(`${id}: no cell`);
  for (const cell of f.cells ?? []) {
    // A table-wide finding may name a column range (PERF050: 'H8:H36'); both corners must be cells.
    const corners = cell.split(':');
    const rect = parseRectA1(cell);
    if (corners.length > 2 || !corners.every((c) => A1.test(c)) || !rect) out.push(`${id}: cell ${cell} is not an A1 address`);
    else if (!inside(sheet, rect.top, rect.left) || !inside(sheet, rect.bottom, rect.right)) out.push(`${id}: cell ${cell} outside the sheet (${sheet.rowCount}×${sheet.colCount})`);
  }
  if (f.row !== undefined && !inside(sheet, f.row, 1)) out.push(`${id}: row ${f.row} outside the sheet`);
  if (f.table !== undefined) {
    const rect = parseRectA1(f.table);
    if (!rect || !inside(sheet, rect.bottom, rect.right) || !inside(sheet, rect.top, rect.left)) out.push(`${id}: table ${f.table} outside the sheet`);
  }
  out.push(...messageProblems(`${id} message`, f.message, true), ...messageProblems(`${id} why`, f.why, true), ...messageProblems(`${id} how`, f.how, true));
  for (const [name, value] of [['expected', f.expected], ['found', f.found]] as const) {
    if (value === undefined) continue;
    const text = TEXT_FOUND.has(f.rule);
    const ok = text ? value.trim() !== '' && !/[\r\n]/.test(value) : figureOk(f.rule, value);
    if (!ok) out.push(`${id}: ${name} ${JSON.stringify(value)} is not ${text ? 'one line of text' : 'a decimal'}`);
  }
  if (f.fix) {
    out.push(...messageProblems(`${id} fix`, f.fix.description, true));
    if (!Array.isArray(f.fix.changes) || f.fix.changes.length === 0) out.push(`${id}: fix without changes`);
    const addresses = new Set<string>();
    for (const c of f.fix.changes ?? []) {
      const key = `${c.sheet}!${c.address}`;
      if (addresses.has(key)) out.push(`${id}: fix writes ${key} twice`);
      addresses.add(key);
      out.push(...changeProblems(`${id} fix ${key}`, c, sheets));
    }
  }
  return out;
}

/** Every problem with a report of `grid`; `tables` is how many tables recognition found. */
export function reportProblems(report: WorkbookReport, grid: WorkbookGrid, tables: number): string[] {
  const sheets = new Map(grid.sheets.map((s) => [s.name, s]));
  const out: string[] = [];
  for (const note of report.notes ?? []) out.push(`note (a rule or summary failed): ${note.en}`);
  const all = [...report.findings, ...report.reviewed.map((r) => r.finding)];
  for (const f of all) out.push(...findingProblems(f, sheets));
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of report.findings) if (f.severity in counts) counts[f.severity]++;
  if (JSON.stringify(counts) !== JSON.stringify(report.counts)) out.push(`counts ${JSON.stringify(report.counts)} but findings give ${JSON.stringify(counts)}`);
  if (report.passed !== (counts.error === 0)) out.push(`passed is ${report.passed} with ${counts.error} errors`);
  if (report.tables.length !== tables) out.push(`${report.tables.length} summaries for ${tables} tables`);
  for (const t of report.tables) {
    const sheet = sheets.get(t.sheet);
    const rect = parseRectA1(t.range);
    if (!sheet || !rect || !inside(sheet, rect.bottom, rect.right)) out.push(`table ${t.sheet}!${t.range} outside its sheet`);
    for (const [name, value] of Object.entries({ weightSum: t.weightSum, scoreSum: t.scoreSum, computedTotal: t.computedTotal, statedTotal: t.statedTotal })) {
      if (value !== undefined && value !== '' && !DECIMAL.test(value)) out.push(`table ${t.sheet}!${t.range} ${name} ${JSON.stringify(value)} is not a decimal`);
    }
    if (!GRADES.has(t.grade)) out.push(`table ${t.sheet}!${t.range} grade ${JSON.stringify(t.grade)}`);
  }
  return out;
}
