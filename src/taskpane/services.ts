// What the pane needs from the core, passed in so the pane can be tested and reused (the browser
// preview passes the same services over another host). The pages load this module on demand
// (load-services.ts): the checking core and decimal.js stay out of the first render's script.
import type { WorkbookGrid } from '../core/grid/types';
import type { Message, ReviewedMark, RuleId } from '../core/findings/types';
import type { HeaderHint, IndicatorTable, Recognition } from '../core/model/types';
import type { Profile } from '../core/profile/types';
import type { WorkbookReport } from '../core/report/types';
import { scoreFormulaChanges, type ScoreFormulaOptions, type ScoreFormulaPlan } from '../core/actions/score-formula';
import { formulaValueChanges, type FormulaValuesPlan } from '../core/actions/formula-values';
import { checkWorkbook } from '../core/check';
import { loadProfile, profileById } from '../core/profile';
import { recognise } from '../core/recognise';
import { ruleById } from '../core/rules';

export interface CheckOptions {
  readonly profile: Profile;
  readonly reviewed: ReviewedMark[];
  /** Rows the user named as a table's header: recognised first. */
  readonly headerHints?: readonly HeaderHint[];
}

export type ProfileLoadResult =
  | { readonly ok: true; readonly profile: Profile }
  | { readonly ok: false; readonly errors: readonly Message[] };

export interface PaneServices {
  /** Recognise and validate a workbook: checkWorkbook of src/core/check. */
  check(grid: WorkbookGrid, options: CheckOptions): WorkbookReport;
  /** Recognition, for 插入公式 (which needs the table's cells, not only its summary). */
  recognise?(grid: WorkbookGrid, options?: { readonly headerHints?: readonly HeaderHint[] }): Recognition;
  /** Built-in profiles: national, hubei. */
  profileById(id: string): Profile | undefined;
  /** A custom profile from JSON, validated with bilingual errors. */
  loadProfile(json: unknown): ProfileLoadResult;
  /** A rule's short title for the group header. */
  ruleTitle?(rule: RuleId): Message | undefined;
  /** 插入公式: the PERF.SCORE formulas for a recognised table's score column. */
  scoreFormulas?(table: IndicatorTable, options: ScoreFormulaOptions): ScoreFormulaPlan;
  /** 转为数值: every PERF formula replaced by its value at its table's precision. */
  formulaValues?(grid: WorkbookGrid, defaultDecimals?: number): FormulaValuesPlan;
}

/**
 * What a pane is given: the services themselves (tests, or a page that already has them), or a
 * loader the pane calls right after its first render and again when a load failed.
 */
export type ServicesSource = PaneServices | (() => PaneServices | Promise<PaneServices>);

/** The real pipeline: recognition, the rule catalogue, the built-in and custom profiles. */
export function coreServices(): PaneServices {
  return {
    check: (grid, options) => checkWorkbook(grid, options),
    recognise,
    profileById,
    loadProfile,
    ruleTitle: (rule) => ruleById(rule)?.title,
    scoreFormulas: scoreFormulaChanges,
    formulaValues: formulaValueChanges,
  };
}
