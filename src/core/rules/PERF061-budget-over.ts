// PERF061: more spent than budgeted: execution above 100%.
import Decimal from 'decimal.js';
import type { Finding, Rule } from '../findings/types';
import { computedPoints, rateCell, rowLabel } from './support/budget';
import { finding } from './support/finding';
import { apart, DEFAULT_PLACES } from './support/numbers';

const HUNDRED = new Decimal(100);

export const PERF061: Rule = {
  id: 'PERF061',
  severity: 'warning',
  title: { zh: '预算执行率超过 100%', en: 'Budget execution above 100%' },
  why: {
    zh: '执行数超过全年预算数，说明超预算支出或金额填错，须核实。',
    en: 'Spending beyond the full-year budget means overspending or a wrong amount, and must be checked.',
  },
  how: {
    zh: '核对全年预算数（含调整）和全年执行数；确属超支的，在原因栏说明。',
    en: 'Check the (adjusted) budget and the amount spent; if it really was overspent, explain why.',
  },
  check({ table, profile }) {
    const out: Finding[] = [];
    for (const row of table.budget?.rows ?? []) {
      const cell = rateCell(row, profile);
      const points = computedPoints(row) ?? cell?.points;
      if (!points || !points.gt(HUNDRED)) continue;
      // At the decimals the rate cell shows (2 without one); never printed as 100 when it is above.
      const shownRate = apart(points, cell?.decimals ?? DEFAULT_PLACES, HUNDRED, '100');
      const label = rowLabel(row);
      out.push(
        finding(PERF061, table, {
          cells: [row.spent?.ref.address ?? cell?.field.ref.address ?? row.label.ref.address, row.budget?.ref.address ?? ''],
          row: row.label.ref.row,
          message: {
            zh: `“${label}”执行率 ${shownRate}% 超过 100%（执行数大于预算数）`,
            en: `"${label}": execution ${shownRate}% is above 100% (more spent than budgeted)`,
          },
          expected: '100',
          found: shownRate,
        }),
      );
    }
    return out;
  },
};
