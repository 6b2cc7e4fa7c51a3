// PERF031: the stated total (自评总分 / 总分 / 合计) differs from the sum of the scores.
import Decimal from 'decimal.js';
import type { Rule } from '../findings/types';
import { matchesAtDisplayedPrecision } from '../scoring';
import { factsOf, numberOf, statedDecimals } from './support/facts';
import { cellNumber, change, finding } from './support/finding';
import { apart, cellFigure, figure, placesOf } from './support/numbers';

export const PERF031: Rule = {
  id: 'PERF031',
  severity: 'error',
  title: { zh: '总分与各项得分之和不符', en: 'Total differs from the sum of scores' },
  why: {
    zh: '自评总分决定评价等级，必须等于各指标（含预算执行率）得分之和。',
    en: 'The total decides the grade and must equal the sum of the scores, budget execution included.',
  },
  how: {
    zh: '把总分改为各项得分之和（最好用 SUM 公式），或核对漏加、重复加的行。',
    en: 'Set the total to the sum of the scores (preferably with a SUM formula), or look for rows left out or added twice.',
  },
  check({ table, profile }) {
    const totalCell = table.total?.score ?? table.header.statedTotal;
    const stated = numberOf(totalCell);
    if (!totalCell || !stated) return [];
    const facts = factsOf(table, profile);
    if (!facts.indicators.some((f) => f.score !== undefined)) return [];

    const budgetScore = facts.budget?.weight !== undefined ? facts.budget.score : undefined;
    let sum = facts.scoreSum;
    if (budgetScore) sum = sum.plus(budgetScore);
    const decimals = statedDecimals(totalCell, profile);
    if (matchesAtDisplayedPrecision(stated, sum, decimals)) return [];

    // Not-applicable rows: the form may state the rescaled total Σ score ÷ Σ applicable weight × 100.
    const notApplicable = facts.indicators.some((f) => !f.indicator.applicable);
    if (notApplicable) {
      const applicable = facts.indicators.filter((f) => f.indicator.applicable);
      let weights = applicable.reduce((acc, f) => (f.weight ? acc.plus(f.weight) : acc), new Decimal(0));
      if (facts.budget?.weight && budgetScore) weights = weights.plus(facts.budget.weight);
      if (!weights.isZero()) {
        const rescaled = sum.div(weights).times(new Decimal(profile.expectedTotal));
        if (matchesAtDisplayedPrecision(stated, rescaled, decimals)) return [];
      }
    }

    // The sum of the stated scores reads at the decimals those cells show (never fewer than the sum needs).
    const scoreCells = [...facts.indicators.map((f) => f.indicator.score), budgetScore ? facts.budget?.main?.score : undefined];
    const statedText = cellFigure(totalCell);
    const sumText = apart(sum, Math.max(placesOf(scoreCells), sum.decimalPlaces()), stated, statedText);
    const budgetText = budgetScore ? cellFigure(facts.budget?.main?.score) || figure(budgetScore, facts.scorePlaces) : '';
    const withBudget = budgetScore ? { zh: `（含预算执行得分 ${budgetText}）`, en: ` (budget execution ${budgetText} included)` } : { zh: '', en: '' };
    return [
      finding(PERF031, table, {
        cells: [totalCell.ref.address],
        row: table.total?.score ? table.total.row : undefined,
        message: {
          zh: `总分 ${statedText} 与各项得分之和 ${sumText}${withBudget.zh || ' '}不符`,
          en: `The total ${statedText} differs from the sum of the scores, ${sumText}${withBudget.en}`,
        },
        expected: sumText,
        found: statedText,
        fix: {
          description: totalCell.formula
            ? { zh: `总分改为 ${sumText}（替换公式 ${totalCell.formula}）`, en: `Set the total to ${sumText} (replacing ${totalCell.formula})` }
            : { zh: `总分改为 ${sumText}`, en: `Set the total to ${sumText}` },
          changes: [change(table.sheet, totalCell, cellNumber(sum))],
        },
      }),
    ];
  },
};
