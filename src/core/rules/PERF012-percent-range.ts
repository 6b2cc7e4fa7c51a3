// PERF012: a percentage that cannot exceed 100 (执行率, 覆盖率, 满意度…) above 100 or below 0.
import Decimal from 'decimal.js';
import type { Finding, Rule } from '../findings/types';
import type { Profile } from '../profile/types';
import type { ValueField } from '../model/types';
import { normalizeText } from '../scoring';
import { factsOf } from './support/facts';
import { finding } from './support/finding';
import { cellFigure } from './support/numbers';
import { inEnglish, nameOf, shown } from './support/text';

const HUNDRED = new Decimal(100);
const keywordCache = new WeakMap<Profile, RegExp | null>();

/** The profile's keywords as one alternation: one regex run per name. */
function keywords(profile: Profile): RegExp | null {
  let re = keywordCache.get(profile);
  if (re === undefined) {
    const list = (profile.cappedPercentKeywords ?? []).map(normalizeText).filter((k) => k !== '');
    re = list.length > 0 ? new RegExp(list.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')) : null;
    keywordCache.set(profile, re);
  }
  return re;
}

const SIDES = ['target', 'actual'] as const;

/** Only values read as percentages: a 满意度 scored in 分 or counted in 人 is not one. */
function isPercent(v: ValueField, unit: string): boolean {
  return v.percent || unit === '%' || (unit === '' && (v.unit === undefined || v.unit === ''));
}

export const PERF012: Rule = {
  id: 'PERF012',
  severity: 'warning',
  title: { zh: '百分比超出 0–100%', en: 'Percentage outside 0–100%' },
  why: {
    zh: '执行率、覆盖率、满意度、知晓率等比率不可能超过 100% 或为负，出现即说明填错或口径有误。',
    en: 'Rates such as execution, coverage or satisfaction cannot exceed 100% or be negative: the value is mistyped or measured wrongly.',
  },
  how: {
    zh: '核对分子分母，按 0–100% 填写；超额完成请在说明中写明实际数。',
    en: 'Check the numerator and denominator and enter a value within 0–100%; describe any surplus in the note.',
  },
  check({ table, profile }) {
    const words = keywords(profile);
    if (!words) return [];
    const facts = factsOf(table, profile);
    const out: Finding[] = [];
    for (const f of facts.indicators) {
      const { indicator } = f;
      if (indicator.qualitative || !indicator.name || !indicator.applicable) continue;
      // test before exec: most names are not rates, and test makes no match array.
      if (!words.test(f.name)) continue;
      const keyword = words.exec(f.name)?.[0];
      if (!keyword) continue;
      const unit = indicator.unit ? normalizeText(indicator.unit.text) : '';
      for (const side of SIDES) {
        const field = indicator[side];
        if (!field || field.kind !== 'number' || !field.number || !isPercent(field, unit)) continue;
        const n = field.number;
        if (n.lte(HUNDRED) && !n.isNegative()) continue;
        const label = nameOf(indicator);
        const zhSide = side === 'target' ? '指标值' : '完成值';
        const limit = n.isNegative() ? '0%' : '100%';
        out.push(
          finding(PERF012, table, {
            cells: [field.ref.address],
            row: indicator.row,
            message: {
              zh: `指标${label.zh}是“${keyword}”，${zhSide} ${shown(field)}${n.isNegative() ? '低于' : '超过'} ${limit}`,
              en: `Indicator ${label.en} is a "${keyword}" rate; its ${side} ${inEnglish(shown(field))} is ${n.isNegative() ? 'below' : 'above'} ${limit}`,
            },
            expected: n.isNegative() ? '0' : '100',
            found: cellFigure(field),
          }),
        );
      }
    }
    return out;
  },
};
