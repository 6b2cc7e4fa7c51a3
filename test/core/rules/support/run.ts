// Running one rule on one table, as validate does.
import type { Finding, Rule } from '../../../../src/core/findings/types';
import type { IndicatorTable } from '../../../../src/core/model/types';
import { NATIONAL_PROFILE } from '../../../../src/core/profile';
import type { Profile } from '../../../../src/core/profile/types';

export function run(rule: Rule, table: IndicatorTable, profile: Profile = NATIONAL_PROFILE): Finding[] {
  return rule.check({ table, tables: [table], profile });
}

/** 'PERF021@21' per finding, sorted. */
export function at(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.rule}@${f.row ?? '-'}`).sort();
}
