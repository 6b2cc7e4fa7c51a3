// What validation says about a table: stable rule ids, cells, bilingual messages, certain fixes.
import type { CellValue } from '../grid/types';
import type { IndicatorTable } from '../model/types';
import type { Profile } from '../profile/types';

export type Severity = 'error' | 'warning' | 'info';

/** Every user-facing text exists in Chinese (first) and English. */
export interface Message {
  readonly zh: string;
  readonly en: string;
}

/**
 * Catalogue ids (DESIGN.md §4). PERF005, PERF034–036, PERF055 and PERF065 extend the catalogue in
 * its gaps (docs/rules.md); an id never changes meaning.
 */
export type RuleId =
  | 'PERF001' | 'PERF002' | 'PERF003' | 'PERF004' | 'PERF005'
  | 'PERF010' | 'PERF011' | 'PERF012' | 'PERF013' | 'PERF014'
  | 'PERF020' | 'PERF021' | 'PERF022'
  | 'PERF030' | 'PERF031' | 'PERF032' | 'PERF033' | 'PERF034' | 'PERF035' | 'PERF036'
  | 'PERF040' | 'PERF041'
  | 'PERF050' | 'PERF051' | 'PERF052' | 'PERF053' | 'PERF054' | 'PERF055'
  | 'PERF060' | 'PERF061' | 'PERF062' | 'PERF063' | 'PERF064' | 'PERF065'
  | 'PERF070' | 'PERF071';

/** One cell write of a fix: what is there now, and what goes there. */
export interface CellChange {
  readonly sheet: string;
  readonly address: string;
  /**
   * Value and formula found when validating: the host refuses to write if the cell changed since.
   * `numberFormat`, when `after` sets one, is the cell's format then ('General' for none): undo puts it back.
   */
  readonly before: { readonly value: CellValue; readonly formula?: string; readonly numberFormat?: string };
  /** `numberFormat`: the number format to give the cell with its value (an inserted formula shows the table's decimals). */
  readonly after: { readonly value: number | string; readonly formula?: string; readonly numberFormat?: string };
}

/** A fix whose result is certain (the computed score, a sum): applied only after a preview. */
export interface Fix {
  readonly description: Message;
  readonly changes: readonly CellChange[];
}

export interface Finding {
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly sheet: string;
  /** A1 addresses (no sheet); the first is the cell to select. */
  readonly cells: readonly string[];
  /** 1-based Excel row of the indicator, budget or total row; absent for table-wide findings. */
  readonly row?: number;
  /** Range of the table the finding belongs to ('A1:I40'). */
  readonly table?: string;
  /** States found vs expected with the numbers. */
  readonly message: Message;
  /** One line: why it matters. */
  readonly why: Message;
  /** One line: how to fix it. */
  readonly how: Message;
  /** Decimal figures as strings ('99.93'). */
  readonly expected?: string;
  readonly found?: string;
  readonly fix?: Fix;
}

/** A reviewer's decision to accept a finding: matched by rule, sheet and first cell. */
export interface ReviewedMark {
  readonly rule: RuleId;
  readonly sheet: string;
  readonly cell: string;
  readonly reason: string;
  readonly by?: string;
  readonly at?: string;
}

/** Context a rule sees: one table, the whole recognition of its workbook, the profile. */
export interface RuleContext {
  readonly table: IndicatorTable;
  readonly tables: readonly IndicatorTable[];
  readonly profile: Profile;
}

/** One rule of the catalogue (src/core/rules/<id>-<name>.ts). */
export interface Rule {
  readonly id: RuleId;
  readonly severity: Severity;
  readonly title: Message;
  readonly why: Message;
  readonly how: Message;
  check(context: RuleContext): Finding[];
}
