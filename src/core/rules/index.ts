// The rule catalogue (DESIGN.md §4, extended in its gaps: docs/rules.md), in id order. One rule per
// file; this list is the registry.
import type { Rule, RuleId } from '../findings/types';
import { PERF001 } from './PERF001-missing-column';
import { PERF002 } from './PERF002-duplicate-name';
import { PERF003 } from './PERF003-operator';
import { PERF004 } from './PERF004-unit';
import { PERF005 } from './PERF005-operator-glyph';
import { PERF010 } from './PERF010-not-a-number';
import { PERF011 } from './PERF011-actual-missing';
import { PERF012 } from './PERF012-percent-range';
import { PERF013 } from './PERF013-qualitative-grade';
import { PERF014 } from './PERF014-actual-not-measured';
import { PERF020 } from './PERF020-score-over-weight';
import { PERF021 } from './PERF021-score-mismatch';
import { PERF022 } from './PERF022-negative';
import { PERF030 } from './PERF030-weight-sum';
import { PERF031 } from './PERF031-total-mismatch';
import { PERF032 } from './PERF032-grade-mismatch';
import { PERF033 } from './PERF033-block-split';
import { PERF034 } from './PERF034-weight-concentration';
import { PERF035 } from './PERF035-misfiled-indicator';
import { PERF036 } from './PERF036-empty-category';
import { PERF040 } from './PERF040-missing-explanation';
import { PERF041 } from './PERF041-over-achievement';
import { PERF050 } from './PERF050-all-equal';
import { PERF051 } from './PERF051-placeholder-value';
import { PERF052 } from './PERF052-double-count';
import { PERF053 } from './PERF053-goals-contradiction';
import { PERF054 } from './PERF054-template-leftover';
import { PERF055 } from './PERF055-goals-copied';
import { PERF060 } from './PERF060-budget-rate';
import { PERF061 } from './PERF061-budget-over';
import { PERF062 } from './PERF062-budget-score';
import { PERF063 } from './PERF063-budget-total';
import { PERF064 } from './PERF064-budget-fitted';
import { PERF065 } from './PERF065-initial-budget-blank';
import { PERF070 } from './PERF070-error-value';
import { PERF071 } from './PERF071-number-as-text';

export const RULES: readonly Rule[] = [
  PERF001, PERF002, PERF003, PERF004, PERF005,
  PERF010, PERF011, PERF012, PERF013, PERF014,
  PERF020, PERF021, PERF022,
  PERF030, PERF031, PERF032, PERF033, PERF034, PERF035, PERF036,
  PERF040, PERF041,
  PERF050, PERF051, PERF052, PERF053, PERF054, PERF055,
  PERF060, PERF061, PERF062, PERF063, PERF064, PERF065,
  PERF070, PERF071,
];

const BY_ID: ReadonlyMap<RuleId, Rule> = new Map(RULES.map((r) => [r.id, r]));

/** A rule by id ('PERF021'), or undefined. */
export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id as RuleId);
}

export {
  PERF001, PERF002, PERF003, PERF004, PERF005, PERF010, PERF011, PERF012, PERF013, PERF014, PERF020,
  PERF021, PERF022, PERF030, PERF031, PERF032, PERF033, PERF034, PERF035, PERF036, PERF040, PERF041,
  PERF050, PERF051, PERF052, PERF053, PERF054, PERF055, PERF060, PERF061, PERF062, PERF063, PERF064,
  PERF065, PERF070, PERF071,
};
export { factsOf } from './support/facts';
export type { IndicatorFacts, TableFacts, BudgetFacts } from './support/facts';
