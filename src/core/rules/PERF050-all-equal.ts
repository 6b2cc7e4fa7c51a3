// PERF050: nearly every quantitative actual equals its target exactly: the actuals may have been
// copied from the targets rather than measured.
import Decimal from 'decimal.js';
import type { Rule } from '../findings/types';
import { factsOf } from './support/facts';
import { finding, plain } from './support/finding';
import { alignedPair } from './support/ratio';

const HUNDRED = new Decimal(100);
/**
 * Below this many comparable rows a share says little (five rows that all hit 100% are normal).
 * A statistical floor rather than a policy threshold, so it is not a profile setting.
 */
const MIN_ROWS = 5;
/**
 * A small table is flagged only when every comparable actual equals its target, 100% rates included,
 * over at least this many rows, of which at least MIN_COUNTS are counts or amounts (not 100% rates).
 */
const MIN_ALL_ROWS = 3;
const MIN_COUNTS = 2;

export const PERF050: Rule = {
  id: 'PERF050',
  severity: 'info',
  title: { zh: '完成值几乎全部等于指标值', en: 'Actuals nearly all equal the targets' },
  why: {
    zh: '实际完成恰好等于目标的情况不多；几乎每项都相等，常见于照抄目标而非如实统计。',
    en: 'Results rarely land exactly on target; when nearly all do, the actuals were often copied from the targets rather than measured.',
  },
  how: {
    zh: '逐项核对完成值是否为实际统计数，并保留统计依据备查。',
    en: 'Check that each actual is the measured figure, and keep the evidence on file.',
  },
  check({ table, profile }) {
    const facts = factsOf(table, profile);
    let rows = 0;
    let equal = 0;
    let firstRow: number | undefined;
    let lastRow: number | undefined;
    let fullRates = 0;
    let fullRatesEqual = 0;
    let rateFirst: number | undefined;
    let rateLast: number | undefined;
    for (const f of facts.indicators) {
      const { indicator } = f;
      if (indicator.qualitative || f.op === undefined || f.op === 'qual' || !indicator.applicable) continue;
      const pair = alignedPair(indicator.target, indicator.actual);
      if (!pair) continue;
      // Hitting a 100% rate exactly is the normal outcome of a full-coverage target: it proves nothing
      // on its own (counted apart for small tables).
      if (pair.target.eq(HUNDRED) && f.rate) {
        fullRates++;
        if (pair.actual.eq(pair.target)) fullRatesEqual++;
        rateFirst ??= indicator.row;
        rateLast = indicator.row;
        continue;
      }
      rows++;
      if (pair.actual.eq(pair.target)) equal++;
      firstRow ??= indicator.row;
      lastRow = indicator.row;
    }
    if (rows < MIN_ROWS) {
      // A small table where not one figure differs from its target, counts and amounts included.
      const all = rows + fullRates;
      if (rows < MIN_COUNTS || all < MIN_ALL_ROWS || equal !== rows || fullRatesEqual !== fullRates) return [];
      rows = all;
      equal = all;
      if (rateFirst !== undefined && (firstRow === undefined || rateFirst < firstRow)) firstRow = rateFirst;
      if (rateLast !== undefined && (lastRow === undefined || rateLast > lastRow)) lastRow = rateLast;
    }
    const share = new Decimal(equal).div(rows);
    const limit = new Decimal(profile.allEqualShare);
    if (share.lt(limit)) return [];
    const column = table.columns.actual;
    const pct = plain(share.times(HUNDRED).toDecimalPlaces(0, Decimal.ROUND_HALF_UP));
    const cells = column && firstRow !== undefined ? [`${column.letter}${firstRow}:${column.letter}${lastRow}`] : [];
    return [
      finding(PERF050, table, {
        cells,
        message: {
          zh: `${rows} 个定量指标中有 ${equal} 个完成值与指标值完全相同（${pct}%，提示阈值 ${plain(limit.times(HUNDRED))}%）：请确认完成值是实际统计数`,
          en: `${equal} of ${rows} quantitative actuals ${equal === 1 ? 'equals its target' : 'equal their targets'} exactly (${pct}%, threshold ${plain(limit.times(HUNDRED))}%): make sure the actuals were measured`,
        },
        // No expected/found: the threshold is a prompt level, not a value the actuals should have.
      }),
    ];
  },
};
