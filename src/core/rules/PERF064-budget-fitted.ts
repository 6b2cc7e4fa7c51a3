// PERF064: the full-year budget equals the amount spent while the initial budget differs by more
// than the profile's budgetAdjustmentShare (20%), or is 0: the adjusted budget may have been cut (or
// added) to fit spending, which hides under-execution. Read from the row holding the figures (the
// fund-source row when the total row is 0).
import Decimal from 'decimal.js';
import type { Finding, Rule } from '../findings/types';
import { rowLabel } from './support/budget';
import { factsOf, numberOf } from './support/facts';
import { finding } from './support/finding';
import { cellFigure, figure } from './support/numbers';
import { DEFAULT_BUDGET_ADJUSTMENT_SHARE, setting } from './support/settings';

const HUNDRED = new Decimal(100);

export const PERF064: Rule = {
  id: 'PERF064',
  severity: 'info',
  title: { zh: '调整后预算恰好等于执行数', en: 'Adjusted budget equals spending' },
  why: {
    zh: '全年预算数与执行数完全相同、且与年初预算相差较大时，可能是把预算调整到实际支出以掩盖执行不足。',
    en: 'A full-year budget equal to spending and far from the initial budget may have been cut to fit spending, hiding under-execution.',
  },
  how: {
    zh: '核实预算调整的依据（调整文件）；如无依据，按年初预算计算执行率。',
    en: 'Check the basis of the adjustment (the adjustment document); without one, compute the rate on the initial budget.',
  },
  check({ table, profile }) {
    // The row the figures sit in: the total row, or the fund-source row when the total row is 0.
    const main = factsOf(table, profile).budget?.amounts;
    if (!main) return [];
    const initial = numberOf(main.initial);
    const budget = numberOf(main.budget);
    const spent = numberOf(main.spent);
    if (!initial || !budget || !spent || budget.isZero() || !budget.eq(spent)) return [];
    // 年初预算数 0: the whole budget was added during the year and then matched spending exactly.
    const change = initial.isZero() ? undefined : budget.minus(initial).abs().div(initial);
    if (change && !change.gt(setting(profile.budgetAdjustmentShare, DEFAULT_BUDGET_ADJUSTMENT_SHARE))) return [];
    const pct = change ? figure(change.times(HUNDRED), 1) : '';
    const label = rowLabel(main);
    const out: Finding[] = [
      finding(PERF064, table, {
        cells: [main.budget?.ref.address ?? '', main.initial?.ref.address ?? '', main.spent?.ref.address ?? ''],
        row: main.label.ref.row,
        message: change
          ? {
              zh: `“${label}”全年预算数 ${cellFigure(main.budget)} 恰好等于执行数，而年初预算数为 ${cellFigure(main.initial)}（相差 ${pct}%）`,
              en: `"${label}": the full-year budget ${cellFigure(main.budget)} equals the amount spent, while the initial budget was ${cellFigure(main.initial)} (${pct}% apart)`,
            }
          : {
              zh: `“${label}”年初预算数为 0，全年预算数 ${cellFigure(main.budget)} 全部为年中追加，且恰好等于执行数`,
              en: `"${label}": the initial budget is 0; the whole full-year budget ${cellFigure(main.budget)} was added during the year and equals the amount spent`,
            },
        expected: cellFigure(main.initial),
        found: cellFigure(main.budget),
      }),
    ];
    return out;
  },
};
