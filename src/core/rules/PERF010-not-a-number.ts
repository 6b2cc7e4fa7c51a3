// PERF010: a quantitative indicator whose target or actual is not a number, so it cannot be scored.
import type { Finding, Rule } from '../findings/types';
import type { Indicator, ValueField } from '../model/types';
import { factsOf } from './support/facts';
import { finding } from './support/finding';
import { nameOf, quote } from './support/text';
import { targetLikeActual } from './support/values';

export const PERF010: Rule = {
  id: 'PERF010',
  severity: 'error',
  title: { zh: '定量指标的值不是数字', en: 'Quantitative value is not a number' },
  why: {
    zh: '定量指标的指标值和完成值必须是数字，否则无法比较和计分。',
    en: 'A quantitative target and actual must be numbers, or they cannot be compared and scored.',
  },
  how: {
    zh: '填写数字（可带单位或 %，如“95%”“26次”）；若指标本是定性的，把指标性质改为“定性”。',
    en: 'Enter a number (a unit or % may follow: "95%", "26次"); if the indicator is qualitative, mark it "定性" (qualitative).',
  },
  check({ table, profile }) {
    const facts = factsOf(table, profile);
    const out: Finding[] = [];
    const report = (indicator: Indicator, field: ValueField, side: 'target' | 'actual') => {
      const name = nameOf(indicator);
      const zhSide = side === 'target' ? '指标值' : '完成值';
      out.push(
        finding(PERF010, table, {
          cells: [field.ref.address],
          row: indicator.row,
          message: {
            zh: `定量指标${name.zh}的${zhSide}“${quote(field.text, 20)}”不是数字`,
            en: `Quantitative indicator ${name.en}: the ${side} "${quote(field.text, 20)}" is not a number`,
          },
        }),
      );
    };
    for (const f of facts.indicators) {
      const { indicator } = f;
      if (indicator.qualitative || f.op === 'qual' || !indicator.applicable) continue;
      const target = indicator.target;
      if (target?.kind === 'text') report(indicator, target, 'target');
      const actual = indicator.actual;
      if (actual?.kind === 'text' && !targetLikeActual(actual, target, profile)) report(indicator, actual, 'actual');
    }
    return out;
  },
};
