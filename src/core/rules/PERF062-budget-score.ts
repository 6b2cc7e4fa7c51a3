// PERF062: the budget execution score differs from weight × min(rate, 100%), at the precision the table
// shows; a total row left at 0 is scored from the fund-source row that holds the figures.
import Decimal from 'decimal.js';
import type { Finding, Rule } from '../findings/types';
import { budgetScore, matchesAtDisplayedPrecision } from '../scoring';
import { rateCell, rowLabel } from './support/budget';
import { factsOf, numberOf, statedDecimals } from './support/facts';
import { cellNumber, change, finding } from './support/finding';
import { apart, cellFigure, DEFAULT_PLACES, figure } from './support/numbers';

const HUNDRED = new Decimal(100);

export const PERF062: Rule = {
  id: 'PERF062',
  severity: 'error',
  title: { zh: '预算执行得分计算错误', en: 'Budget score miscomputed' },
  why: {
    zh: '预算执行得分 = 权重 × 执行率（最高 100%），算错会直接改变总分和等级。',
    en: 'The budget score is weight × rate (at most 100%); an error changes the total and the grade.',
  },
  how: {
    zh: '按 权重 × min(执行率, 100%) 重新计算得分。',
    en: 'Recompute the score as weight × min(rate, 100%).',
  },
  check({ table, profile }) {
    const facts = factsOf(table, profile);
    const budget = facts.budget;
    if (!budget) return [];
    const out: Finding[] = [];
    for (const row of budget.block.rows) {
      const scoreCell = row.score;
      const stated = numberOf(scoreCell);
      if (!scoreCell || !stated) continue;
      const weight = numberOf(row.weight) ?? (row === budget.main ? budget.weight : undefined);
      if (!weight) continue;
      // A total row left at 0 is scored from the fund-source row that holds the figures.
      const source = row === budget.main && budget.amounts ? budget.amounts : row;
      const amounts = numberOf(source.budget) && numberOf(source.spent);
      const rate = source === row ? rateCell(row, profile) : undefined;
      const result = amounts
        ? budgetScore(numberOf(source.budget) as Decimal, numberOf(source.spent) as Decimal, weight, profile)
        : rate
          ? budgetScore(HUNDRED, rate.points, weight, profile) // rate only: score = W × min(rate, 1)
          : undefined;
      if (!result || !result.ok) continue;
      const decimals = row === budget.main ? budget.decimals : statedDecimals(scoreCell, profile);
      if (matchesAtDisplayedPrecision(stated, result.score, decimals)) continue;
      const statedText = cellFigure(scoreCell);
      const expected = apart(result.score, decimals, stated, statedText);
      const ratePct = figure(result.rate.times(HUNDRED), rate?.decimals ?? DEFAULT_PLACES);
      const weightText = cellFigure(row.weight) || figure(weight, facts.scorePlaces);
      const label = rowLabel(row);
      const from =
        source === row
          ? { zh: '', en: '' }
          : {
              zh: `（总额行为 0，按“${rowLabel(source)}” ${cellFigure(source.spent)} ÷ ${cellFigure(source.budget)} 计算）`,
              en: ` (the total row is 0: computed from "${rowLabel(source)}", ${cellFigure(source.spent)} ÷ ${cellFigure(source.budget)})`,
            };
      out.push(
        finding(PERF062, table, {
          cells: [scoreCell.ref.address],
          row: row.label.ref.row,
          message: {
            zh: `“${label}”预算执行得分 ${statedText} 与计算得分 ${expected} 不符：${weightText} × min(${ratePct}%, 100%)${from.zh}`,
            en: `"${label}": the budget score ${statedText} differs from the computed ${expected}: ${weightText} × min(${ratePct}%, 100%)${from.en}`,
          },
          expected,
          found: statedText,
          fix: {
            description: { zh: `得分改为 ${expected}`, en: `Set the score to ${expected}` },
            changes: [change(table.sheet, scoreCell, cellNumber(result.score.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP)))],
          },
        }),
      );
    }
    return out;
  },
};
