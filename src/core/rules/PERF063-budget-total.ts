// PERF063: the budget total row (年度资金总额) differs from the sum of its fund-source rows. Sources
// may be listed in groups (family B: 按收入性质分, then 按支出性质分), each adding up to the total. One
// finding per total row and list of sources names every column that differs (a row left at 0/0/0).
import Decimal from 'decimal.js';
import type { Finding, Rule } from '../findings/types';
import type { BudgetRow, ValueField } from '../model/types';
import type { Profile } from '../profile/types';
import { matchesAtDisplayedPrecision } from '../scoring';
import { rowLabel } from './support/budget';
import { numberOf, statedDecimals } from './support/facts';
import { finding } from './support/finding';
import { apart, cellFigure, placesOf } from './support/numbers';
import { plural } from '../findings/english';

type AmountKey = 'initial' | 'budget' | 'spent';
const COLUMNS: ReadonlyArray<{ key: AmountKey; zh: string; en: string }> = [
  { key: 'initial', zh: '年初预算数', en: 'initial budget' },
  { key: 'budget', zh: '全年预算数', en: 'full-year budget' },
  { key: 'spent', zh: '全年执行数', en: 'amount spent' },
];

interface SourceList {
  /** The group label (按支出性质分), when the form names it. */
  readonly group?: string;
  readonly cells: ValueField[];
  readonly sum: Decimal;
}

/** Columns of one total row that miss the same list of sources: reported as one finding. */
interface Miss {
  readonly cells: string[];
  readonly items: Array<{ readonly zh: string; readonly en: string; readonly stated: string; readonly sum: string }>;
  readonly which: { readonly zh: string; readonly en: string };
}

function decimalsOf(fields: readonly ValueField[], profile: Profile): number {
  return Math.max(...fields.map((f) => statedDecimals(f, profile)));
}

function sumOf(cells: readonly ValueField[]): Decimal {
  return cells.reduce((a, f) => a.plus(numberOf(f) as Decimal), new Decimal(0));
}

/** The lists of sources: by the form's group labels, else closed whenever the running sum reaches the total. */
function listsOf(parts: readonly BudgetRow[], key: AmountKey, total: Decimal, decimals: number): SourceList[] {
  const withValue = parts.filter((r) => numberOf(r[key]) !== undefined);
  if (withValue.some((r) => r.group !== undefined)) {
    const groups = new Map<string, ValueField[]>();
    for (const r of withValue) {
      const name = r.group?.text.replace(/\s+/g, '') ?? '';
      const cells = groups.get(name) ?? [];
      cells.push(r[key] as ValueField);
      groups.set(name, cells);
    }
    return [...groups].map(([group, cells]) => ({ ...(group ? { group } : {}), cells, sum: sumOf(cells) }));
  }
  const lists: SourceList[] = [];
  let open: ValueField[] = [];
  for (const r of withValue) {
    open.push(r[key] as ValueField);
    if (matchesAtDisplayedPrecision(total, sumOf(open), decimals)) {
      lists.push({ cells: open, sum: sumOf(open) });
      open = [];
    }
  }
  // Zero rows left after a complete list change nothing; anything else is a list that does not add up.
  if (open.length > 0 && (lists.length === 0 || !sumOf(open).isZero())) lists.push({ cells: open, sum: sumOf(open) });
  return lists;
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
    const label = rowLabel(total);
    // One finding per list of sources: a total row left at 0 misses its sources in every column.
    const misses = new Map<string, Miss>();
    for (const { key, zh, en } of COLUMNS) {
      const totalCell = total[key];
      const stated = numberOf(totalCell);
      if (!totalCell || !stated) continue;
      const cells = parts.map((r) => r[key]).filter((f): f is ValueField => numberOf(f) !== undefined);
      if (cells.length === 0) continue;
      const decimals = decimalsOf([totalCell, ...cells], profile);
      const lists = listsOf(parts, key, stated, decimals);
      for (const list of lists) {
        if (matchesAtDisplayedPrecision(stated, list.sum, decimals)) continue;
        const which = list.group
          ? { zh: `“${list.group}” ${list.cells.length} 个分项`, en: `its ${plural(list.cells.length, 'source')} under "${list.group}"` }
          : lists.length > 1
            ? { zh: `其中 ${list.cells.length} 个分项`, en: `${list.cells.length} of its sources` }
            : { zh: ` ${list.cells.length} 个分项`, en: `its ${plural(list.cells.length, 'source')}` };
        const rowsKey = list.cells.map((c) => c.ref.row).join(',');
        let miss = misses.get(rowsKey);
        if (!miss) {
          miss = { cells: [], items: [], which };
          misses.set(rowsKey, miss);
        }
        miss.cells.push(totalCell.ref.address, ...list.cells.map((c) => c.ref.address));
        const statedText = cellFigure(totalCell);
        miss.items.push({ zh, en, stated: statedText, sum: apart(list.sum, placesOf([totalCell, ...list.cells]), stated, statedText) });
      }
    }
    for (const { cells, items, which } of misses.values()) {
      const [one] = items;
      out.push(
        finding(PERF063, table, {
          cells,
          row: total.label.ref.row,
          message:
            items.length === 1
              ? {
                  zh: `“${label}”${one.zh} ${one.stated} 与${which.zh}之和 ${one.sum} 不符`,
                  en: `"${label}": the ${one.en} ${one.stated} differs from the sum of ${which.en}, ${one.sum}`,
                }
              : {
                  zh: `“${label}”与${which.zh}之和不符：${items.map((m) => `${m.zh} ${m.stated}（分项之和 ${m.sum}）`).join('，')}`,
                  en: `"${label}" differs from the sum of ${which.en}: ${items.map((m) => `the ${m.en} ${m.stated} (sources ${m.sum})`).join(', ')}`,
                },
          // One figure each when one column differs; the message carries them all otherwise.
          ...(items.length === 1 ? { expected: one.sum, found: one.stated } : {}),
        }),
      );
    }
    return out;
  },
};
