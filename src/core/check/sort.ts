// Findings in reading order: sheet (workbook order), row (table-wide findings first), severity, rule.
import type { Finding, Severity } from '../findings/types';
import { parseA1 } from '../grid/address';

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

function column(finding: Finding): number {
  const first = finding.cells[0]?.split(':')[0] ?? '';
  return parseA1(first)?.col ?? 0;
}

/** A sorted copy. Sheets not in `sheetOrder` come after the listed ones, by name. */
export function sortFindings(findings: readonly Finding[], sheetOrder: readonly string[] = []): Finding[] {
  const rank = new Map(sheetOrder.map((s, i) => [s, i]));
  const sheetRank = (f: Finding) => rank.get(f.sheet) ?? sheetOrder.length;
  return [...findings].sort(
    (a, b) =>
      sheetRank(a) - sheetRank(b) ||
      (sheetRank(a) === sheetOrder.length ? a.sheet.localeCompare(b.sheet) : 0) ||
      (a.row ?? 0) - (b.row ?? 0) ||
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      a.rule.localeCompare(b.rule) ||
      column(a) - column(b),
  );
}
