// What the rules need to know about a table, computed once per table and profile: the operator used
// for scoring, weights (stated, or inferred from a block's stated total), stated and computed scores,
// the displayed precision of each score, whether a row is explained, and the budget block's figures.
import Decimal from 'decimal.js';
import type { BudgetBlock, BudgetRow, Indicator, IndicatorTable, Op, ParsedValue, ValueField } from '../../model/types';
import type { Profile } from '../../profile/types';
import { budgetScore, computeScore, isQuantitativeMarker, normalizeText, type BudgetResult, type ScoreInput } from '../../scoring';
import { foldText, hasText } from './text';
import { inferBlockWeights, type BlockWeightIssue } from './weights';

const ONE = new Decimal(1);
const EMPTY: ParsedValue = { raw: null, text: '', kind: 'empty', percent: false };

export interface IndicatorFacts {
  readonly indicator: Indicator;
  /** The name folded once (normalised, traditional → simplified) for every rule that reads it ('' when none). */
  readonly name: string;
  /**
   * Operator used for scoring: as stated, 'qual' for 定性, or the reviewer's reading of a bare target
   * (no operator column, nothing folded into the cell): ≥, or ≤ for a cost (opImplied).
   */
  readonly op?: Op;
  /** The operator is the reading of a bare target, not written on the form. */
  readonly opImplied: boolean;
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
  /**
   * The row whose amounts the rate and the score are computed from: main, or, when the total row is
   * 0 or blank while a fund-source row holds the figures, that row.
   */
  readonly amounts?: BudgetRow;
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
  /** Weights are written per row, or inferred from block totals. */
  readonly hasWeights: boolean;
  /** Sum of the indicator weights (block totals where rows carry none), budget weight excluded. */
  readonly indicatorWeightSum?: Decimal;
  /** Sum of the stated indicator scores (rows without one left out), budget score excluded. */
  readonly scoreSum: Decimal;
  readonly budget?: BudgetFacts;
  /** Weightless blocks whose scores do not add up to the block's stated total. */
  readonly blockWeightIssues: readonly BlockWeightIssue[];
  /**
   * Decimals the table shows for its scores: the most any stated score shows, else the profile's
   * (2). Computed scores and sums are written at these in messages (support/numbers).
   */
  readonly scorePlaces: number;
}

/** The number in a value cell, if it holds one. */
export function numberOf(field: ValueField | ParsedValue | undefined): Decimal | undefined {
  return field && field.kind === 'number' && field.number !== undefined ? field.number : undefined;
}

function isGeneral(numFmt: string | undefined): boolean {
  return numFmt === undefined || numFmt === '' || /^general$/i.test(numFmt.trim());
}

/** The profile's precision for scores (2 unless it says otherwise). */
function fallbackDecimals(profile: Profile): number {
  return Number.isInteger(profile.defaultScoreDecimals) && profile.defaultScoreDecimals >= 0 ? profile.defaultScoreDecimals : 2;
}

/** Decimals a stated figure shows: its rounding number format, else the digits written (0 for a whole number). */
function shownDecimals(field: ValueField | undefined): number | undefined {
  if (!field || field.kind !== 'number') return undefined;
  if (typeof field.raw === 'number' && !isGeneral(field.numFmt) && field.decimals !== undefined) return field.decimals;
  return typeof field.raw === 'string' && field.decimals !== undefined ? field.decimals : field.number ? field.number.decimalPlaces() : 0;
}

/**
 * Decimals a stated figure is compared at. A number format that rounds ('0.0') decides. Otherwise the
 * digits written show the precision: 9.8 → 1 decimal, and text keeps its trailing zeros ('9.50' → 2,
 * '10.0' → 1; the number itself would say 9.5 and 10). A whole number (5, 10) shows none of its own:
 * it is compared at the precision the rest of the table shows (`tableDecimals`: 0 when every score
 * of the table is whole, so 8.62 shown as 9 is right), or at the profile's default (2) — 5 is not 4.84.
 */
export function statedDecimals(field: ValueField | undefined, profile: Profile, tableDecimals?: number): number {
  const fallback = fallbackDecimals(profile);
  if (!field) return Math.min(tableDecimals ?? fallback, fallback);
  if (typeof field.raw === 'number' && !isGeneral(field.numFmt) && field.decimals !== undefined) return field.decimals;
  const own = shownDecimals(field) ?? 0;
  return own > 0 ? Math.min(own, fallback) : Math.min(tableDecimals ?? fallback, fallback);
}

/**
 * The precision a table shows for its scores: the most decimals any stated score shows (indicator
 * scores and the budget score), 0 when all are whole numbers; undefined when it states none.
 */
function tablePrecision(table: IndicatorTable, budgetScore: ValueField | undefined): number | undefined {
  let most: number | undefined;
  const see = (field: ValueField | undefined) => {
    const d = shownDecimals(field);
    if (d !== undefined && (most === undefined || d > most)) most = d;
  };
  for (const i of table.indicators) if (i.applicable) see(i.score);
  see(budgetScore);
  return most;
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

/** Words of a cost indicator's name: a bare target there is a cap (≤). */
const COST_NAME = /成本|费用|投资额|单价|经费|造价|支出额/;

/** A cost indicator: under a 成本指标 level, or a cost word in its name; a rate (成本节约率) is not. */
function isCost(indicator: Indicator, name: string, rate: boolean): boolean {
  if (rate) return false;
  if (indicator.block === 'cost') return true;
  const level2 = indicator.level2 ? foldText(indicator.level2.text) : '';
  return level2.includes('成本') || COST_NAME.test(name);
}

/** The operator a row is scored with, and whether it is the reading of a bare target. */
function effectiveOp(indicator: Indicator, table: IndicatorTable, name: string, rate: boolean): { op?: Op; implied: boolean } {
  if (indicator.qualitative) return { op: 'qual', implied: false };
  if (indicator.op !== undefined && indicator.op !== 'qual') return { op: indicator.op, implied: false };
  // An operator column left blank, or holding a text that is not an operator, is a gap on the form
  // (PERF003); a bare 100% target scores alike under ≥ and =.
  const written = indicator.opCell;
  if (table.columns.op !== undefined && (!written || !isQuantitativeMarker(written.text))) {
    return fullRateTarget(indicator) ? { op: '>=', implied: true } : { implied: false };
  }
  return { op: isCost(indicator, name, rate) ? '<=' : '>=', implied: true };
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

/** A row with a budget or a spent amount other than 0. */
function holdsAmounts(row: BudgetRow): boolean {
  const budget = numberOf(row.budget);
  const spent = numberOf(row.spent);
  return (budget !== undefined && !budget.isZero()) || (spent !== undefined && !spent.isZero());
}

function budgetFacts(block: BudgetBlock, profile: Profile, tableDecimals?: number): BudgetFacts {
  const main =
    block.rows.find((r) => r.isTotal) ??
    block.rows.find((r) => numberOf(r.budget) !== undefined || numberOf(r.spent) !== undefined) ??
    block.rows[0];
  const amounts = main && main.isTotal && !holdsAmounts(main) ? (block.rows.find((r) => !r.isTotal && holdsAmounts(r)) ?? main) : main;
  const score = numberOf(main?.score);
  const weight =
    numberOf(main?.weight) ?? block.statedWeight ?? (score !== undefined ? new Decimal(profile.budgetWeight) : undefined);
  const budget = numberOf(amounts?.budget);
  const spent = numberOf(amounts?.spent);
  let result: BudgetFacts['result'];
  if (budget !== undefined && spent !== undefined) {
    const r = budgetScore(budget, spent, weight ?? undefined, profile);
    if (r.ok) result = r;
  }
  return { block, main, amounts, weight, score, result, decimals: statedDecimals(main?.score, profile, tableDecimals) };
}

function build(table: IndicatorTable, profile: Profile): TableFacts {
  const hasWeightColumn = table.columns.weight !== undefined;
  const names = table.indicators.map((i) => (i.name ? foldText(i.name.text) : ''));
  const rates = table.indicators.map((i, n) => isRate(i, names[n]));
  const readings = table.indicators.map((i, n) => effectiveOp(i, table, names[n], rates[n]));
  const ops = readings.map((r) => r.op);
  const explainedByTable = hasText(table.explanation);

  const budgetMain = table.budget ? (table.budget.rows.find((r) => r.isTotal) ?? table.budget.rows.find((r) => numberOf(r.score) !== undefined)) : undefined;
  const tableDecimals = tablePrecision(table, budgetMain?.score);
  const budget = table.budget ? budgetFacts(table.budget, profile, tableDecimals) : undefined;
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
    const statedScore = numberOf(indicator.score);
    let decimals = statedDecimals(indicator.score, profile, tableDecimals);
    // Full marks for a miss (4.84 shown as 5 in a table of whole scores, a 得分系数 of 100% on an
    // unmet row) are wrong at any precision, and a miss never rounds up to full marks (9.8 → 10): such
    // a row is compared and shown at the profile's precision.
    if (scored.met === false && ops[i] !== 'qual' && weight && scored.computed && scored.computed.lt(weight)) {
      const full = (statedScore !== undefined && statedScore.eq(weight)) || scored.computed.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).eq(weight);
      if (full) decimals = Math.max(decimals, fallbackDecimals(profile));
    }
    return {
      indicator,
      name: names[i],
      op: ops[i],
      opImplied: readings[i].implied,
      weight,
      weightInferred: stated === undefined && weight !== undefined ? inferred?.source.get(indicator) : undefined,
      score: statedScore,
      computed: scored.computed,
      met: scored.met,
      decimals,
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
    hasWeights: hasWeightColumn || (inferred !== undefined && inferred.blockTotals.length > 0),
    indicatorWeightSum,
    budget,
    blockWeightIssues: inferred?.issues ?? [],
    scorePlaces: tableDecimals ?? fallbackDecimals(profile),
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
