// PERF063: the budget total row (年度资金总额) differs from the sum of its fund-source rows.
import Decimal from 'decimal.js';
import type { Finding, Rule } from '../findings/types';
import type { BudgetRow, ValueField } from '../model/types';
import type { Profile } from '../profile/types';
import { matchesAtDisplayedPrecision } from '../scoring';
import { rowLabel } from './support/budget';
import { numberOf, statedDecimals } from './support/facts';
import { finding, plain } from './support/finding';

type AmountKey = 'initial' | 'budget' | 'spent';
const COLUMNS: ReadonlyArray<{ key: AmountKey; zh: string; en: string }> = [
  { key: 'initial', zh: '年初预算数', en: 'initial budget' },
  { key: 'budget', zh: '全年预算数', en: 'full-year budget' },
  { key: 'spent', zh: '全年执行数', en: 'amount spent' },
];

function decimalsOf(fields: readonly ValueField[], profile: Profile): number {
  return Math.max(...fields.map((f) => statedDecimals(f, profile)));
}

export const PERF063: Rule = {
  id: 'PERF063',
  severity: 'error',
  title: { zh: '资金总额与分项之和不符', en: 'Budget total differs from its sources' },
  why: {
    zh: '年度资金总额应等于财政拨款、上年结转、其他资金等分项之和，否则执行率和得分的基数有误。',
    en: 'The total must equal the sum of its fund sources, or the rate and the score rest on a wrong base.',
  },
  how: {
    zh: '核对各资金来源的金额，使分项之和等于总额。',
    en: 'Check each fund source so that they add up to the total.',
  },
  check({ table, profile }) {
    const rows = table.budget?.rows ?? [];
    const total = rows.find((r) => r.isTotal);
    if (!total) return [];
    const parts = rows.filter((r) => !r.isTotal);
    const out: Finding[] = [];
    for (const { key, zh, en } of COLUMNS) {
      const totalCell = total[key];
      const stated = numberOf(totalCell);
      if (!totalCell || !stated) continue;
      const cells = parts.map((r: BudgetRow) => r[key]).filter((f): f is ValueField => numberOf(f) !== undefined);
      if (cells.length === 0) continue;
      const decimals = decimalsOf([totalCell, ...cells], profile);
      // Sources may be listed twice, each list adding up to the total (Anhui: 按收入性质分, then
      // 按支出性质分): close a list whenever the running sum reaches the total.
      let lists = 0;
      let open: ValueField[] = [];
      let sum = new Decimal(0);
      for (const cell of cells) {
        sum = sum.plus(numberOf(cell) as Decimal);
        open.push(cell);
        if (matchesAtDisplayedPrecision(stated, sum, decimals)) {
          lists++;
          open = [];
          sum = new Decimal(0);
        }
      }
      if (lists > 0 && sum.isZero()) continue;
      const listed = lists > 0 ? open : cells;
      const label = rowLabel(total);
      const which = lists > 0 ? { zh: `其余 ${listed.length} 个分项`, en: `the other ${listed.length} sources` } : { zh: ` ${listed.length} 个分项`, en: `its ${listed.length} sources` };
      out.push(
        finding(PERF063, table, {
          cells: [totalCell.ref.address, ...listed.map((c) => c.ref.address)],
          row: total.label.ref.row,
          message: {
            zh: `“${label}”${zh} ${plain(stated)} 与${which.zh}之和 ${plain(sum)} 不符`,
            en: `"${label}": the ${en} ${plain(stated)} differs from the sum of ${which.en}, ${plain(sum)}`,
          },
          expected: plain(sum),
          found: plain(stated),
        }),
      );
    }
    return out;
  },
};
