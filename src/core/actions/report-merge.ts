// Live re-check: after an edit only the edited sheets are read and checked again; their tables and
// findings replace the old ones, every other sheet keeps its previous result.
import type { Finding } from '../findings/types';
import type { SeverityCounts, WorkbookReport } from '../report/types';

export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  let error = 0;
  let warning = 0;
  let info = 0;
  for (const f of findings) {
    if (f.severity === 'error') error++;
    else if (f.severity === 'warning') warning++;
    else info++;
  }
  return { error, warning, info };
}

/** Sheet order as the previous report met them, then sheets new in `fresh`. */
function sheetOrder(previous: WorkbookReport, fresh: WorkbookReport): string[] {
  const order: string[] = [];
  const add = (sheet: string) => {
    if (!order.includes(sheet)) order.push(sheet);
  };
  for (const source of [previous, fresh]) {
    source.tables.forEach((t) => add(t.sheet));
    source.findings.forEach((f) => add(f.sheet));
    source.reviewed.forEach((r) => add(r.finding.sheet));
  }
  return order;
}

function bySheets<T>(items: readonly T[], sheetOf: (item: T) => string, order: readonly string[]): T[] {
  const rank = new Map(order.map((s, i) => [s, i]));
  // Array.prototype.sort is stable: each sheet keeps its own (engine-sorted) order.
  return [...items].sort((a, b) => (rank.get(sheetOf(a)) ?? 0) - (rank.get(sheetOf(b)) ?? 0));
}

/** `previous` with everything about `sheets` replaced by what `fresh` (a check of those sheets) says. */
export function mergeReport(previous: WorkbookReport, fresh: WorkbookReport, sheets: readonly string[]): WorkbookReport {
  const rechecked = new Set(sheets);
  const keep = <T>(items: readonly T[], sheetOf: (item: T) => string) => items.filter((x) => !rechecked.has(sheetOf(x)));
  const take = <T>(items: readonly T[], sheetOf: (item: T) => string) => items.filter((x) => rechecked.has(sheetOf(x)));
  const order = sheetOrder(previous, fresh);
  const tables = bySheets([...keep(previous.tables, (t) => t.sheet), ...take(fresh.tables, (t) => t.sheet)], (t) => t.sheet, order);
  const findings = bySheets(
    [...keep(previous.findings, (f) => f.sheet), ...take(fresh.findings, (f) => f.sheet)],
    (f) => f.sheet,
    order,
  );
  const reviewed = bySheets(
    [...keep(previous.reviewed, (r) => r.finding.sheet), ...take(fresh.reviewed, (r) => r.finding.sheet)],
    (r) => r.finding.sheet,
    order,
  );
  const counts = countBySeverity(findings);
  // Notes name no sheet: keep both reports' notes, each once.
  const notes = [...(previous.notes ?? []), ...(fresh.notes ?? [])].filter(
    (note, i, all) => all.findIndex((n) => n.zh === note.zh) === i,
  );
  return { tables, findings, reviewed, counts, passed: counts.error === 0, ...(notes.length > 0 ? { notes } : {}) };
}
