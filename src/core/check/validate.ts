// validate: every rule of the catalogue over every recognised table, findings in reading order.
import type { Finding, Message, Rule } from '../findings/types';
import type { IndicatorTable, Recognition } from '../model/types';
import type { Profile } from '../profile/types';
import { RULES } from '../rules';
import { sortFindings } from './sort';

export interface TableValidation {
  readonly findings: Finding[];
  /** A rule that failed on this table (odd input): the other rules still ran. */
  readonly problems: Message[];
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** All rules on one table; a rule that throws is reported as a problem, never thrown. */
export function validateTable(
  table: IndicatorTable,
  profile: Profile,
  tables: readonly IndicatorTable[] = [table],
  rules: readonly Rule[] = RULES,
): TableValidation {
  const findings: Finding[] = [];
  const problems: Message[] = [];
  const context = { table, tables, profile };
  for (const rule of rules) {
    try {
      const found = rule.check(context);
      for (const f of found) findings.push(f);
    } catch (error) {
      problems.push({
        zh: `规则 ${rule.id} 无法检查 ${table.sheet}!${table.range}：${describe(error)}`,
        en: `Rule ${rule.id} could not check ${table.sheet}!${table.range}: ${describe(error)}`,
      });
    }
  }
  return { findings, problems };
}

/** Sheets in the order their tables were recognised (the workbook's order). */
export function sheetOrderOf(tables: readonly IndicatorTable[]): string[] {
  const order: string[] = [];
  for (const t of tables) if (!order.includes(t.sheet)) order.push(t.sheet);
  return order;
}

/** Findings of every table, sorted by sheet, row, severity and rule. */
export function validate(recognition: Recognition, profile: Profile): Finding[] {
  const tables = recognition?.tables ?? [];
  const findings: Finding[] = [];
  for (const table of tables) findings.push(...validateTable(table, profile, tables).findings);
  return sortFindings(findings, sheetOrderOf(tables));
}
