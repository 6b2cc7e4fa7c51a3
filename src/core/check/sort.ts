// Findings in reading order: sheet (workbook order), row (a table's table-wide findings first), severity, rule.
import type { Finding, Severity } from '../findings/types';
import { parseA1 } from '../grid/address';

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

function column(finding: Finding): number {
  const first = finding.cells[0]?.split(':')[0] ?? '';
  return parseA1(first)?.col ?? 0;
}

/** Where a finding sits: its row; a table-wide finding just above its table (two tables on a sheet). */
function position(finding: Finding): number {
  if (finding.row !== undefined) return finding.row;
  const top = finding.table ? parseA1(finding.table.split(':')[0] ?? '')?.row : undefined;
  return (top ?? 0) - 0.5;
}

/** A sorted copy. Sheets not in `sheetOrder` come after the listed ones, by name. */
export function sortFindings(findings: readonly Finding[], sheetOrder: readonly string[] = []): Finding[] {
  const rank = new Map(sheetOrder.map((s, i) => [s, i]));
  const sheetRank = (f: Finding) => rank.get(f.sheet) ?? sheetOrder.length;
  return [...findings].sort(
    (a, b) =>
      sheetRank(a) - sheetRank(b) ||
      (sheetRank(a) === sheetOrder.length ? a.sheet.localeCompare(b.sheet) : 0) ||
      position(a) - position(b) ||
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      a.rule.localeCompare(b.rule) ||
      column(a) - column(b),
  );
}
