// PERF030: the weights do not add up to the expected total (99.93 ≠ 100). No fix: which weight is
// wrong is the user's call; a weight that stands alone among repeated ones is offered as a hint.
import Decimal from 'decimal.js';
import type { Rule } from '../findings/types';
import type { ValueField } from '../model/types';
import { matchesAtDisplayedPrecision } from '../scoring';
import { factsOf, numberOf } from './support/facts';
import { finding, plain } from './support/finding';
import { cellFigure, figure, placesOf } from './support/numbers';

interface Hint {
  readonly cell: ValueField;
  readonly value: Decimal;
  readonly usual: Decimal;
  readonly usualCount: number;
}

/** The only weight of its value which, corrected by the gap, equals a weight used several times. */
function oddWeight(weights: readonly ValueField[], gap: Decimal): Hint | undefined {
  const byValue = new Map<string, { value: Decimal; cells: ValueField[] }>();
  for (const cell of weights) {
    const value = numberOf(cell);
    if (!value) continue;
    const key = plain(value);
    const entry = byValue.get(key);
    if (entry) entry.cells.push(cell);
    else byValue.set(key, { value, cells: [cell] });
  }
  const hints: Hint[] = [];
  for (const { value, cells } of byValue.values()) {
    if (cells.length !== 1) continue;
    const usual = byValue.get(plain(value.plus(gap)));
    if (usual && usual.cells.length >= 2) hints.push({ cell: cells[0], value, usual: usual.value, usualCount: usual.cells.length });
  }
  if (hints.length === 0) return undefined;
  hints.sort((a, b) => b.usualCount - a.usualCount);
  return hints.length === 1 || hints[0].usualCount > hints[1].usualCount ? hints[0] : undefined;
}

export const PERF030: Rule = {
  id: 'PERF030',
  severity: 'error',
  title: { zh: '权重合计不等于总分', en: 'Weights do not add up to the total' },
  why: {
    zh: '各指标权重（含预算执行率）合计应为 100 分，否则总分和等级都失真。',
    en: 'The weights (budget execution included) must add up to 100, or the total and the grade are distorted.',
  },
  how: {
    zh: '找出填错的权重并改正，使合计等于应有总分；不要只改最后一项凑数。',
    en: 'Find the weight that is wrong and correct it so the total is right; do not pad the last one.',
  },
  check({ table, profile }) {
    const facts = factsOf(table, profile);
    if (!facts.hasWeights || facts.indicatorWeightSum === undefined) return [];
    const budgetWeight = facts.budget?.weight;
    const sum = budgetWeight ? facts.indicatorWeightSum.plus(budgetWeight) : facts.indicatorWeightSum;
    const expected = new Decimal(profile.expectedTotal);
    if (matchesAtDisplayedPrecision(sum, expected, profile.defaultScoreDecimals)) return [];

    const gap = expected.minus(sum);
    const weightCells = table.indicators.map((i) => i.weight).filter((w): w is ValueField => w !== undefined);
    const hint = oddWeight(weightCells, gap);
    // Weights and their sums read at the decimals the weight cells show.
    const budgetCell = facts.budget?.main?.weight;
    const places = placesOf([...weightCells, budgetCell]);
    const at = (d: Decimal) => figure(d, places);
    const budgetText = budgetWeight ? (numberOf(budgetCell) ? cellFigure(budgetCell) : at(budgetWeight)) : '';
    const withBudget = budgetWeight ? { zh: `（含预算执行 ${budgetText}）`, en: ` (budget execution ${budgetText} included)` } : { zh: '', en: '' };
    const direction = gap.isNegative() ? { zh: '多', en: 'over by' } : { zh: '少', en: 'short by' };
    let zh = `权重合计 ${at(sum)}${withBudget.zh}，应为 ${at(expected)}（${direction.zh} ${at(gap.abs())}）`;
    let en = `Weights add up to ${at(sum)}${withBudget.en}, expected ${at(expected)} (${direction.en} ${at(gap.abs())})`;
    if (hint) {
      zh += `：唯一的 ${cellFigure(hint.cell)}（其余多为 ${at(hint.usual)}，共 ${hint.usualCount} 个）可能有误`;
      en += `: the only ${cellFigure(hint.cell)} (${hint.usualCount} others are ${at(hint.usual)}) may be wrong`;
    }
    const first = hint?.cell.ref.address ?? weightCells[0]?.ref.address ?? table.total?.weight?.ref.address ?? '';
    return [
      finding(PERF030, table, {
        cells: [first, ...(table.total?.weight ? [table.total.weight.ref.address] : [])],
        message: { zh, en },
        expected: at(expected),
        found: at(sum),
      }),
    ];
  },
};
