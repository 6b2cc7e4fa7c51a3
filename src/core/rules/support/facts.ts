// What the rules need to know about a table, computed once per table and profile: the operator used
// for scoring, weights (stated, or inferred from a block's stated total), stated and computed scores,
// the displayed precision of each score, whether a row is explained, and the budget block's figures.
import Decimal from 'decimal.js';
import type { BudgetBlock, BudgetRow, Indicator, IndicatorTable, Op, ParsedValue, ValueField } from '../../model/types';
import type { Profile } from '../../profile/types';
import { budgetScore, computeScore, normalizeText, type BudgetResult, type ScoreInput } from '../../scoring';
import { foldText, hasText } from './text';
import { inferBlockWeights, type BlockWeightIssue } from './weights';

const ONE = new Decimal(1);
const EMPTY: ParsedValue = { raw: null, text: '', kind: 'empty', percent: false };

export interface IndicatorFacts {
  readonly indicator: Indicator;
  /** The name folded once (normalised, traditional → simplified) for every rule that reads it ('' when none). */
  readonly name: string;
  /** Operator used for scoring: as stated, 'qual' for 定性, or ≥ when the form never states operators. */
  readonly op?: Op;
  /** Stated weight, or one inferred from a block total or the table's expected total (weightInferred). */
  readonly weight?: Decimal;
  /** Where an inferred weight's total came from: a block label ('block') or the profile ('table'). */
  readonly weightInferred?: 'block' | 'table';
  /** Stated score. */
  readonly score?: Decimal;
  /** Exact score the profile gives; only when the weight is known. */
  readonly computed?: Decimal;
  /** Target fully met, when the scorer could tell. */
  readonly met?: boolean;
  /** Decimals the stated score is compared at (half a unit of the last one is tolerated). */
  readonly decimals: number;
  /** The row has a 说明 / 偏差原因, or the form has a table-wide explanation that says something. */
  readonly explained: boolean;
  /** The indicator measures a rate (name ends in 率, or unit %). */
  readonly rate: boolean;
  /** What the scorer was given (to explain a score with scoreIndicator when a rule reports it). */
  readonly input?: ScoreInput;
}

export interface BudgetFacts {
  readonly block: BudgetBlock;
  /** The total row (年度资金总额), else the first row with amounts. */
  readonly main?: BudgetRow;
  /** Weight of budget execution when the block is scored (分值, 执行率权重, （20分）, or the profile's). */
  readonly weight?: Decimal;
  readonly score?: Decimal;
  /** Rate and score from the amounts, when both are numbers. */
  readonly result?: Extract<BudgetResult, { ok: true }>;
  readonly decimals: number;
}

export interface TableFacts {
  readonly table: IndicatorTable;
  readonly profile: Profile;
  readonly indicators: readonly IndicatorFacts[];
  /** Some quantitative row states an operator: rows without one are then missing it. */
  readonly usesOperators: boolean;
  /** Weights are written per row, or inferred from block totals. */
  readonly hasWeights: boolean;
  /** Sum of the indicator weights (block totals where rows carry none), budget weight excluded. */
  readonly indicatorWeightSum?: Decimal;
  /** Sum of the stated indicator scores (rows without one left out), budget score excluded. */
  readonly scoreSum: Decimal;
  readonly budget?: BudgetFacts;
  /** Weightless blocks whose scores do not add up to the block's stated total. */
  readonly blockWeightIssues: readonly BlockWeightIssue[];
}

/** The number in a value cell, if it holds one. */
export function numberOf(field: ValueField | ParsedValue | undefined): Decimal | undefined {
  return field && field.kind === 'number' && field.number !== undefined ? field.number : undefined;
}

function isGeneral(numFmt: string | undefined): boolean {
  return numFmt === undefined || numFmt === '' || /^general$/i.test(numFmt.trim());
}

/**
 * Decimals a stated figure is compared at. A number format that rounds ('0.0') decides. Otherwise the
 * digits written show the precision: 9.8 → 1 decimal, and text keeps its trailing zeros ('9.50' → 2,
 * '10.0' → 1; the number itself would say 9.5 and 10). A whole number (5, 10) shows none, and full
 * marks are whole numbers, so it is compared at the profile's default (2) — 5 is not 4.84.
 */
export function statedDecimals(field: ValueField | undefined, profile: Profile): number {
  const fallback = Number.isInteger(profile.defaultScoreDecimals) && profile.defaultScoreDecimals >= 0 ? profile.defaultScoreDecimals : 2;
  if (!field) return fallback;
  if (typeof field.raw === 'number' && !isGeneral(field.numFmt) && field.decimals !== undefined) return field.decimals;
  const own = typeof field.raw === 'string' && field.decimals !== undefined ? field.decimals : field.number ? field.number.decimalPlaces() : 0;
  return own > 0 ? Math.min(own, fallback) : fallback;
}

function isRate(indicator: Indicator, name: string): boolean {
  if (indicator.target?.percent || indicator.actual?.percent) return true;
  const unit = indicator.unit?.text;
  if (unit !== undefined && (unit === '%' || normalizeText(unit) === '%')) return true;
  return name.endsWith('率');
}

const HUNDRED = new Decimal(100);

/** A bare 100% target ('100%' with no operator): ≥ and = score it alike, so either reading is safe. */
function fullRateTarget(indicator: Indicator): boolean {
  const t = indicator.target;
  return t !== undefined && t.kind === 'number' && t.percent && t.number !== undefined && t.number.eq(HUNDRED);
}

function effectiveOp(indicator: Indicator, usesOperators: boolean): Op | undefined {
  if (indicator.qualitative) return 'qual';
  if (indicator.op !== undefined && indicator.op !== 'qual') return indicator.op;
  return usesOperators && !fullRateTarget(indicator) ? undefined : '>=';
}

interface Scored {
  readonly input?: ScoreInput;
  readonly computed?: Decimal;
  readonly ratio?: Decimal;
  readonly met?: boolean;
}

function score(indicator: Indicator, op: Op | undefined, weight: Decimal | undefined, rate: boolean, profile: Profile): Scored {
  if (op === undefined || !indicator.applicable) return {};
  // One object shape for every row (no conditional spreads): this runs once per row of every table.
  const input: ScoreInput = {
    op,
    target: indicator.target ?? EMPTY,
    actual: indicator.actual ?? EMPTY,
    weight: weight ?? ONE,
    coefficient: indicator.coefficient && indicator.coefficient.kind !== 'empty' ? indicator.coefficient : undefined,
    rate,
  };
  const result = computeScore(input, profile);
  if (!result.ok) return {};
  // Scored with a unit weight, the score is the share of the weight earned.
  if (weight === undefined) return { ratio: result.score, met: result.met };
  return { input, computed: result.score, met: result.met };
}

function budgetFacts(block: BudgetBlock, profile: Profile): BudgetFacts {
  const main =
    block.rows.find((r) => r.isTotal) ??
    block.rows.find((r) => numberOf(r.budget) !== undefined || numberOf(r.spent) !== undefined) ??
    block.rows[0];
  const score = numberOf(main?.score);
  const weight =
    numberOf(main?.weight) ?? block.statedWeight ?? (score !== undefined ? new Decimal(profile.budgetWeight) : undefined);
  const budget = numberOf(main?.budget);
  const spent = numberOf(main?.spent);
  let result: BudgetFacts['result'];
  if (budget !== undefined && spent !== undefined) {
    const r = budgetScore(budget, spent, weight ?? undefined, profile);
    if (r.ok) result = r;
  }
  return { block, main, weight, score, result, decimals: statedDecimals(main?.score, profile) };
}

function build(table: IndicatorTable, profile: Profile): TableFacts {
  const usesOperators = table.indicators.some((i) => !i.qualitative && i.op !== undefined && i.op !== 'qual');
  const hasWeightColumn = table.columns.weight !== undefined;
  const ops = table.indicators.map((i) => effectiveOp(i, usesOperators));
  const names = table.indicators.map((i) => (i.name ? foldText(i.name.text) : ''));
  const rates = table.indicators.map((i, n) => isRate(i, names[n]));
  const explainedByTable = hasText(table.explanation);

  const budget = table.budget ? budgetFacts(table.budget, profile) : undefined;
  // Without a weight column, a block's stated total (年度绩效目标1（40分）), or else what the profile
  // expects of the indicators (100 − the budget weight), may give each row's weight.
  const indicatorTotal = new Decimal(profile.expectedTotal).minus(budget?.weight ?? 0);
  const inferred = hasWeightColumn
    ? undefined
    : inferBlockWeights(table, (indicator, i) => score(indicator, ops[i], undefined, rates[i], profile).ratio, indicatorTotal);

  const indicators = table.indicators.map((indicator, i): IndicatorFacts => {
    const stated = numberOf(indicator.weight);
    const weight = stated ?? inferred?.weights.get(indicator);
    const scored = score(indicator, ops[i], weight, rates[i], profile);
    return {
      indicator,
      name: names[i],
      op: ops[i],
      weight,
      weightInferred: stated === undefined && weight !== undefined ? inferred?.source.get(indicator) : undefined,
      score: numberOf(indicator.score),
      computed: scored.computed,
      met: scored.met,
      decimals: statedDecimals(indicator.score, profile),
      explained: hasText(indicator.note) || explainedByTable,
      rate: rates[i],
      input: scored.input,
    };
  });

  let indicatorWeightSum: Decimal | undefined;
  if (hasWeightColumn) {
    indicatorWeightSum = indicators.reduce((sum, f) => (f.weight ? sum.plus(f.weight) : sum), new Decimal(0));
  } else if (inferred && inferred.blockTotals.length > 0) {
    // Only stated block totals count: the table-wide expectation is no evidence of the form's weights.
    indicatorWeightSum = inferred.blockTotals.reduce((sum, w) => sum.plus(w), new Decimal(0));
  }

  let scoreSum = new Decimal(0);
  for (const f of indicators) if (f.score) scoreSum = scoreSum.plus(f.score);

  return {
    table,
    profile,
    indicators,
    scoreSum,
    usesOperators,
    hasWeights: hasWeightColumn || (inferred !== undefined && inferred.blockTotals.length > 0),
    indicatorWeightSum,
    budget,
    blockWeightIssues: inferred?.issues ?? [],
  };
}

const cache = new WeakMap<IndicatorTable, TableFacts>();

/** Facts of a table under a profile, computed once (rules share them; linear in the rows). */
export function factsOf(table: IndicatorTable, profile: Profile): TableFacts {
  const cached = cache.get(table);
  if (cached && cached.profile === profile) return cached;
  const facts = build(table, profile);
  cache.set(table, facts);
  return facts;
}
