// PERF060: the budget execution rate written on the form differs from 全年执行数 ÷ 全年预算数, or is
// left blank on a scored total row (the score then cannot be checked against it).
import Decimal from 'decimal.js';
import type { Finding, Rule } from '../findings/types';
import { matchesAtDisplayedPrecision } from '../scoring';
import { computedPoints, rateCell, rowLabel } from './support/budget';
import { factsOf, numberOf } from './support/facts';
import { cellNumber, change, finding } from './support/finding';
import { apart, cellFigure, DEFAULT_PLACES, figure } from './support/numbers';

export const PERF060: Rule = {
  id: 'PERF060',
  severity: 'error',
  title: { zh: '预算执行率计算错误', en: 'Budget execution rate miscomputed' },
  why: {
    zh: '执行率 = 全年执行数 ÷ 全年预算数，它决定预算执行得分，算错会直接影响总分。',
    en: 'The rate is amount spent ÷ budget; it sets the budget score, so an error changes the total.',
  },
  how: {
    zh: '按全年执行数 ÷ 全年预算数重新计算执行率（建议用公式），或核对两项金额。',
    en: 'Recompute the rate as spent ÷ budget (preferably with a formula), or check both amounts.',
  },
  check({ table, profile }) {
    const out: Finding[] = [];
    const budgetFacts = factsOf(table, profile).budget;
    const main = budgetFacts?.main;
    // A total row left at 0: its rate is checked against the fund-source row that holds the figures.
    const amounts = budgetFacts?.amounts && budgetFacts.amounts !== main ? budgetFacts.amounts : undefined;
    const blankRate = main?.rate && main.rate.kind === 'empty' && numberOf(main.score) !== undefined ? main.rate : undefined;
    const blankPoints = main && blankRate ? computedPoints(main) : undefined;
    if (main && blankRate && blankPoints) {
      const expected = figure(blankPoints, DEFAULT_PLACES);
      out.push(
        finding(PERF060, table, {
          cells: [blankRate.ref.address, main.spent?.ref.address ?? '', main.budget?.ref.address ?? ''],
          row: main.label.ref.row,
          message: {
            zh: `“${rowLabel(main)}”执行率未填写，按 ${cellFigure(main.spent)} ÷ ${cellFigure(main.budget)} 应为 ${expected}%`,
            en: `"${rowLabel(main)}": the rate is blank; ${cellFigure(main.spent)} ÷ ${cellFigure(main.budget)} gives ${expected}%`,
          },
          expected,
        }),
      );
    }
    for (const row of table.budget?.rows ?? []) {
      const source = row === main && amounts ? amounts : row;
      const computed = computedPoints(source);
      const cell = rateCell(row, profile);
      if (!computed || !cell) continue;
      if (matchesAtDisplayedPrecision(cell.points, computed, cell.decimals)) continue;
      const shownFound = figure(cell.points, Math.max(cell.decimals, cell.points.decimalPlaces()));
      const expected = apart(computed, cell.decimals, cell.points, shownFound);
      const target = computed.toDecimalPlaces(cell.decimals, Decimal.ROUND_HALF_UP);
      const after =
        typeof cell.field.raw === 'string'
          ? `${expected}%`
          : cell.fraction
            ? cellNumber(target.div(100))
            : cellNumber(target);
      const label = rowLabel(row);
      out.push(
        finding(PERF060, table, {
          cells: [cell.field.ref.address, source.spent?.ref.address ?? '', source.budget?.ref.address ?? ''],
          row: row.label.ref.row,
          message: {
            zh: `“${label}”执行率写为 ${shownFound}%，按${source !== row ? `“${rowLabel(source)}” ` : ' '}${cellFigure(source.spent)} ÷ ${cellFigure(source.budget)} 应为 ${expected}%`,
            en: `"${label}": the rate says ${shownFound}%, but ${source !== row ? `"${rowLabel(source)}": ` : ''}${cellFigure(source.spent)} ÷ ${cellFigure(source.budget)} gives ${expected}%`,
          },
          expected,
          found: shownFound,
          fix: {
            description: { zh: `执行率改为 ${expected}%`, en: `Set the rate to ${expected}%` },
            changes: [change(table.sheet, cell.field, after)],
          },
        }),
      );
    }
    return out;
  },
};
