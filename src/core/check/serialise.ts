// The CLI's JSON shapes (DESIGN.md §5): one finding, one table, in the chosen language.
import type { Finding, RuleId, Severity } from '../findings/types';
import type { Family } from '../model/types';
import type { TableSummary } from '../report/types';

export interface CliFinding {
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly sheet: string;
  readonly cell: string;
  readonly row?: number;
  readonly message: string;
  readonly expected?: string;
  readonly found?: string;
}

export interface CliTable {
  readonly sheet: string;
  readonly range: string;
  readonly family: Family;
  readonly indicators: number;
  readonly weightSum: string;
  readonly scoreSum: string;
  readonly statedTotal?: string;
  readonly computedTotal: string;
  readonly grade: string;
}

export function toCliFinding(finding: Finding, lang: 'zh' | 'en' = 'zh'): CliFinding {
  return {
    rule: finding.rule,
    severity: finding.severity,
    sheet: finding.sheet,
    // Every cell the finding names (a finding for many rows lists them all: 'D12, D15, D17').
    cell: finding.cells.join(', '),
    ...(finding.row !== undefined ? { row: finding.row } : {}),
    message: lang === 'en' ? finding.message.en : finding.message.zh,
    ...(finding.expected !== undefined ? { expected: finding.expected } : {}),
    ...(finding.found !== undefined ? { found: finding.found } : {}),
  };
}

export function toCliTable(table: TableSummary): CliTable {
  return {
    sheet: table.sheet,
    range: table.range,
    family: table.family,
    indicators: table.indicators,
    weightSum: table.weightSum,
    scoreSum: table.scoreSum,
    ...(table.statedTotal !== undefined ? { statedTotal: table.statedTotal } : {}),
    computedTotal: table.computedTotal,
    grade: table.grade,
  };
}
