// From recognised tables to a WorkbookReport: findings sorted, reviewed marks applied, tables summarised.
import type { Finding, Message, ReviewedMark } from '../findings/types';
import type { HeaderHint, IndicatorTable, Recognition } from '../model/types';
import type { Profile } from '../profile/types';
import type { SeverityCounts, TableSummary, WorkbookReport } from '../report/types';
import { applyReviewed } from './reviewed';
import { sortFindings } from './sort';
import { summariseTable } from './summary';
import { sheetOrderOf, validateTable } from './validate';

export interface CheckOptions {
  readonly profile: Profile;
  readonly reviewed?: readonly ReviewedMark[];
  /** Rows the user named as a table's header (以选中行为表头重新校验): recognised first. */
  readonly headerHints?: readonly HeaderHint[];
}

export function countSeverities(findings: readonly Finding[]): SeverityCounts {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The report for recognised tables. `sheetOrder` is the workbook's sheet order (findings follow it);
 * `notes` are problems met before checking (a host's read notes), carried into the report.
 */
export function checkRecognition(
  recognition: Recognition,
  options: CheckOptions,
  sheetOrder?: readonly string[],
  notes: readonly Message[] = [],
): WorkbookReport {
  const tables: readonly IndicatorTable[] = recognition?.tables ?? [];
  const summaries: TableSummary[] = [];
  const findings: Finding[] = [];
  const problems: Message[] = [...notes];
  const hints = recognition?.hints ?? [];
  for (const hint of hints) if (hint.message) problems.push(hint.message);
  for (const table of tables) {
    const result = validateTable(table, options.profile, tables);
    findings.push(...result.findings);
    problems.push(...result.problems);
    try {
      summaries.push(summariseTable(table, options.profile));
    } catch (error) {
      problems.push({
        zh: `无法汇总 ${table.sheet}!${table.range}：${describe(error)}`,
        en: `Could not summarise ${table.sheet}!${table.range}: ${describe(error)}`,
      });
    }
  }
  const order = sheetOrder && sheetOrder.length > 0 ? sheetOrder : sheetOrderOf(tables);
  const { open, reviewed } = applyReviewed(sortFindings(findings, order), options.reviewed);
  const counts = countSeverities(open);
  return {
    tables: summaries,
    findings: open,
    reviewed,
    counts,
    passed: counts.error === 0,
    ...(problems.length > 0 ? { notes: problems } : {}),
    ...(hints.length > 0 ? { headerHints: hints } : {}),
  };
}

/**
 * Live re-check of one table after an edit (the table re-recognised from its sheet): its findings,
 * reviewed marks applied, and its summary. Linear in the table's rows.
 */
export function checkTable(table: IndicatorTable, options: CheckOptions): WorkbookReport {
  return checkRecognition({ tables: [table] }, options, [table.sheet]);
}
