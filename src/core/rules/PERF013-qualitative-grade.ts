// PERF013: a qualitative actual that is not a grade (the seed's "1") or maps to no tier.
import Decimal from 'decimal.js';
import type { Finding, Rule } from '../findings/types';
import type { ParsedValue } from '../model/types';
import { scoreIndicator } from '../scoring';
import { factsOf } from './support/facts';
import { finding } from './support/finding';
import { nameOf, quote } from './support/text';

const ONE = new Decimal(1);
const EMPTY: ParsedValue = { raw: null, text: '', kind: 'empty', percent: false };

export const PERF013: Rule = {
  id: 'PERF013',
  severity: 'warning',
  title: { zh: '定性完成值不是等级', en: 'Qualitative actual is not a grade' },
  why: {
    zh: '定性指标按“达成／部分达成／未达成”分档计分；完成值若是数字或无法归档的文字，得分就没有依据。',
    en: 'Qualitative indicators are scored by tier (achieved / partly / not); an actual that is a number or an unknown word gives the score no basis.',
  },
  how: {
    zh: '完成值填写等级或结论，如“优”“良”“达成”“有所提升”，与指标值的写法对应。',
    en: 'Write a grade or a verdict as the actual — 优 (excellent), 良 (good), "达成" (achieved), "有所提升" (improved) — matching how the target is written.',
  },
  check({ table, profile }) {
    const facts = factsOf(table, profile);
    const out: Finding[] = [];
    for (const f of facts.indicators) {
      const { indicator } = f;
      if (f.op !== 'qual' || !indicator.applicable) continue;
      const actual = indicator.actual;
      if (!actual || actual.kind === 'empty' || actual.kind === 'error') continue;
      // Judge the actual itself, not the 得分系数 that may stand beside it.
      const result = scoreIndicator({ op: 'qual', target: indicator.target ?? EMPTY, actual, weight: ONE }, profile);
      if (result.ok) continue;
      const name = nameOf(indicator);
      const target = indicator.target?.text.trim() ?? '';
      const isNumber = actual.kind === 'number';
      out.push(
        finding(PERF013, table, {
          cells: [actual.ref.address],
          row: indicator.row,
          message: isNumber
            ? {
                zh: `定性指标${name.zh}的完成值是数字“${quote(actual.text, 12)}”，不是等级${target ? `（指标值为“${quote(target, 12)}”）` : ''}`,
                en: `Qualitative indicator ${name.en}: the actual "${quote(actual.text, 12)}" is a number, not a grade${target ? ` (target "${quote(target, 12)}")` : ''}`,
              }
            : {
                zh: `定性指标${name.zh}的完成值“${quote(actual.text, 12)}”无法归入达成／部分达成／未达成`,
                en: `Qualitative indicator ${name.en}: the actual "${quote(actual.text, 12)}" maps to no tier (achieved / partly / not)`,
              },
        }),
      );
    }
    return out;
  },
};
