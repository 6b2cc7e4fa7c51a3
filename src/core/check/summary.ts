// TableSummary (src/core/report/types.ts): the figures the pane, the CLI and the report sheet show.
import Decimal from 'decimal.js';
import type { IndicatorTable, ValueField } from '../model/types';
import type { Profile } from '../profile/types';
import type { BlockSummary, TableSummary } from '../report/types';
import { gradeOf, rescaledTotal } from '../scoring';
import { factsOf, numberOf, type IndicatorFacts, type TableFacts } from '../rules/support/facts';
import { rateCell } from '../rules/support/budget';

const ZERO = new Decimal(0);
const HUNDRED = new Decimal(100);

function plain(d: Decimal): string {
  return d.toFixed();
}

/** Decimals a number cell shows: its format or text decides; a General number shows its own digits. */
function shownDecimals(field: ValueField | undefined): number | undefined {
  if (!field || field.kind !== 'number' || !field.number) return undefined;
  return field.decimals ?? field.number.decimalPlaces();
}

/**
 * A sum written with the most decimals its cells show (9.97 and 2.7 → '99.90'), never with fewer
 * than the sum itself needs: nothing is rounded away.
 */
function shownSum(value: Decimal, cells: ReadonlyArray<ValueField | undefined>): string {
  let places = value.decimalPlaces();
  for (const cell of cells) places = Math.max(places, shownDecimals(cell) ?? 0);
  return value.toFixed(places);
}

/** The score a row should show: the computed one at the row's displayed decimals, else the stated one. */
export function expectedScore(f: IndicatorFacts): Decimal | undefined {
  if (!f.indicator.applicable) return undefined;
  if (f.computed) {
    // Most computed scores (full marks) already show no more decimals than the row: nothing to round.
    if (f.computed.decimalPlaces() <= f.decimals) return f.computed;
    return f.computed.toDecimalPlaces(f.decimals, Decimal.ROUND_HALF_UP);
  }
  return f.score;
}

function sum(values: ReadonlyArray<Decimal | undefined>): Decimal {
  let total = ZERO;
  for (const v of values) if (v) total = total.plus(v);
  return total;
}

interface BudgetFigures {
  readonly weight?: Decimal;
  readonly score?: Decimal;
  readonly computed?: Decimal;
}

function budgetFigures(facts: TableFacts): BudgetFigures {
  const b = facts.budget;
  if (!b || b.weight === undefined) return {};
  const computed = b.result ? b.result.score.toDecimalPlaces(b.decimals, Decimal.ROUND_HALF_UP) : b.score;
  return { weight: b.weight, score: b.score, computed };
}

/** expectedScore of every row, in row order, computed once for the total and the blocks. */
function expectedScores(facts: TableFacts): Array<Decimal | undefined> {
  return facts.indicators.map(expectedScore);
}

function computedTotal(facts: TableFacts, expected: ReadonlyArray<Decimal | undefined>, budget: BudgetFigures, profile: Profile): Decimal {
  const applicable = facts.indicators.filter((f) => f.indicator.applicable);
  const scores = [...expected.filter((_e, i) => facts.indicators[i].indicator.applicable), budget.computed];
  const total = sum(scores);
  if (applicable.length === facts.indicators.length) return total;
  // Not-applicable rows are left out and the total is rescaled to the applicable weights.
  const weights = [...applicable.map((f) => f.weight), budget.weight].filter((w): w is Decimal => w !== undefined);
  const rescaled = rescaledTotal(scores.filter((s): s is Decimal => s !== undefined), weights, profile);
  return rescaled.ok ? rescaled.total.toDecimalPlaces(profile.defaultScoreDecimals ?? 2, Decimal.ROUND_HALF_UP) : total;
}

function blocks(table: IndicatorTable, facts: TableFacts, expected: ReadonlyArray<Decimal | undefined>): BlockSummary[] {
  return table.blocks.map((block) => {
    let weight = ZERO;
    let score = ZERO;
    let computed = ZERO;
    facts.indicators.forEach((f, i) => {
      if (f.indicator.row < block.firstRow || f.indicator.row > block.lastRow) return;
      if (f.weight) weight = weight.plus(f.weight);
      if (f.score) score = score.plus(f.score);
      const e = expected[i];
      if (e) computed = computed.plus(e);
    });
    return {
      kind: block.kind,
      label: block.label,
      weight: plain(weight),
      ...(block.statedWeight ? { statedWeight: plain(block.statedWeight) } : {}),
      score: plain(score),
      computedScore: plain(computed),
    };
  });
}

function budgetSummary(facts: TableFacts, profile: Profile): TableSummary['budget'] {
  const b = facts.budget;
  if (!b) return undefined;
  const main = b.main;
  const amount = (d: Decimal | undefined) => (d ? plain(d) : undefined);
  const rate = b.result
    ? b.result.rate.times(HUNDRED).toDecimalPlaces(2, Decimal.ROUND_HALF_UP)
    : main
      ? rateCell(main, profile)?.points
      : undefined;
  const computed = budgetFigures(facts).computed;
  const out = {
    budget: amount(numberOf(main?.budget)),
    spent: amount(numberOf(main?.spent)),
    rate: amount(rate),
    weight: amount(b.weight),
    score: amount(b.score),
    computedScore: amount(computed),
  };
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined));
}

/**
 * Figures of one table under a profile. Budget rate in percent points ('99.74'). A form without
 * weights or scores (family H) leaves those figures, the computed total and the grade as ''. Without a weight column the
 * weights are the ones inferred from the block totals or the expected total (see support/weights).
 */
export function summariseTable(table: IndicatorTable, profile: Profile): TableSummary {
  const facts = factsOf(table, profile);
  const budget = budgetFigures(facts);
  const indicatorWeights = table.columns.weight ? facts.indicatorWeightSum : sum(facts.indicators.map((f) => f.weight));
  const weightSum = sum([indicatorWeights, budget.weight]);
  const scoreSum = budget.score ? facts.scoreSum.plus(budget.score) : facts.scoreSum;
  const stated = numberOf(table.total?.score ?? table.header.statedTotal);
  const weightCells = [...facts.indicators.map((f) => f.indicator.weight), facts.budget?.main?.weight];
  const scoreCells = [...facts.indicators.map((f) => f.indicator.score), budget.score !== undefined ? facts.budget?.main?.score : undefined];
  const scored = table.columns.score !== undefined || budget.score !== undefined;
  const expected = expectedScores(facts);
  const total = scored ? computedTotal(facts, expected, budget, profile) : undefined;
  const statedGrade = table.total?.grade?.text.trim();
  const budgetPart = budgetSummary(facts, profile);
  return {
    sheet: table.sheet,
    range: table.range,
    family: table.family,
    indicators: table.indicators.length,
    weightSum: facts.hasWeights || budget.weight ? shownSum(weightSum, weightCells) : '',
    expectedWeight: plain(new Decimal(profile.expectedTotal)),
    scoreSum: scored ? shownSum(scoreSum, scoreCells) : '',
    ...(stated ? { statedTotal: plain(stated) } : {}),
    computedTotal: total ? shownSum(total, scoreCells) : '',
    grade: total ? (gradeOf(total, profile) ?? '') : '',
    ...(statedGrade ? { statedGrade } : {}),
    blocks: blocks(table, facts, expected),
    ...(budgetPart ? { budget: budgetPart } : {}),
  };
}
