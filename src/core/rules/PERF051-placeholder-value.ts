// PERF051: a value that looks like a placeholder typed while drafting (123.45, 12345, 99999…).
import Decimal from 'decimal.js';
import type { Finding, Rule } from '../findings/types';
import type { ValueField } from '../model/types';
import type { Profile } from '../profile/types';
import { numberText } from '../scoring/value';
import { numberOf } from './support/facts';
import { finding, plain } from './support/finding';
import { cellFigure } from './support/numbers';
import { nameOf } from './support/text';

const valueCache = new WeakMap<Profile, ReadonlySet<string>>();

function placeholders(profile: Profile): ReadonlySet<string> {
  let set = valueCache.get(profile);
  if (!set) {
    set = new Set(
      (profile.placeholderValues ?? []).flatMap((v) => {
        try {
          return [plain(new Decimal(v))];
        } catch {
          return [];
        }
      }),
    );
    valueCache.set(profile, set);
  }
  return set;
}

export const PERF051: Rule = {
  id: 'PERF051',
  severity: 'info',
  title: { zh: '疑似占位数字', en: 'Placeholder-like value' },
  why: {
    zh: '123.45、12345、99999 这类数字多是起草时的占位，忘记替换就会作为正式数据上报。',
    en: 'Numbers such as 123.45, 12345 or 99999 are usually drafting placeholders; left in, they are reported as real data.',
  },
  how: {
    zh: '核对并填写真实数据；若确为实际数，可标记为已复核。',
    en: 'Check and enter the real figure; if it is genuine, mark the finding as reviewed.',
  },
  check({ table, profile }) {
    const values = placeholders(profile);
    if (values.size === 0) return [];
    const out: Finding[] = [];
    // A plain number cell is keyed by its own shortest text, without a decimal-to-string conversion.
    const key = (f: ValueField, n: Decimal) => (typeof f.raw === 'number' && !f.percent ? numberText(f.raw) : plain(n));
    const isHit = (f: ValueField | undefined): f is ValueField => {
      const n = numberOf(f);
      return n !== undefined && f !== undefined && values.has(key(f, n));
    };
    const matching = (fields: ReadonlyArray<ValueField | undefined>) => fields.filter(isHit);
    for (const indicator of table.indicators) {
      // Nearly every row has no placeholder: test its cells before collecting them.
      if (!isHit(indicator.target) && !isHit(indicator.actual) && !isHit(indicator.initialTarget)) continue;
      const hits = matching([indicator.target, indicator.actual, indicator.initialTarget]);
      if (hits.length === 0) continue;
      const name = nameOf(indicator);
      const shownValues = [...new Set(hits.map((h) => cellFigure(h)))].join('、');
      out.push(
        finding(PERF051, table, {
          cells: hits.map((h) => h.ref.address),
          row: indicator.row,
          message: {
            zh: `指标${name.zh}的数值 ${shownValues} 像是占位数字，请核对`,
            en: `Indicator ${name.en}: ${shownValues} looks like a placeholder; please check it`,
          },
          found: cellFigure(hits[0]),
        }),
      );
    }
    for (const row of table.budget?.rows ?? []) {
      const hits = matching([row.initial, row.budget, row.spent]);
      if (hits.length === 0) continue;
      const label = row.label.text.replace(/\s+/g, '');
      const shownValues = [...new Set(hits.map((h) => cellFigure(h)))].join('、');
      out.push(
        finding(PERF051, table, {
          cells: hits.map((h) => h.ref.address),
          row: row.label.ref.row,
          message: {
            zh: `预算“${label}”的金额 ${shownValues} 像是占位数字，请核对`,
            en: `Budget row "${label}": ${shownValues} looks like a placeholder; please check it`,
          },
          found: cellFigure(hits[0]),
        }),
      );
    }
    return out;
  },
};
