// PERF014: the actual repeats the target's form ('≥95%', '完成', '达到预期') instead of a measured value.
import type { Finding, Rule } from '../findings/types';
import { factsOf } from './support/facts';
import { finding } from './support/finding';
import { inEnglish, nameOf, quote } from './support/text';
import { targetLikeActual } from './support/values';

export const PERF014: Rule = {
  id: 'PERF014',
  severity: 'warning',
  title: { zh: '完成值不是实测值', en: 'Actual is not a measured value' },
  why: {
    zh: '完成值写成“≥95%”或“完成”，只是重复目标，看不出实际做到多少，评审会视为未如实填报。',
    en: 'An actual written as "≥95%" or "完成" repeats the target and shows nothing measured; reviewers treat it as not reported.',
  },
  how: {
    zh: '填写实际达到的数值，如“96.3%”“2190次”。',
    en: 'Enter the value actually reached, e.g. "96.3%", "2190次".',
  },
  check({ table, profile }) {
    const facts = factsOf(table, profile);
    const out: Finding[] = [];
    for (const f of facts.indicators) {
      const { indicator } = f;
      if (indicator.qualitative || f.op === 'qual' || !indicator.applicable) continue;
      const actual = indicator.actual;
      if (!actual || !targetLikeActual(actual, indicator.target, profile)) continue;
      const name = nameOf(indicator);
      const withOp = actual.op !== undefined;
      out.push(
        finding(PERF014, table, {
          cells: [actual.ref.address],
          row: indicator.row,
          message: withOp
            ? {
                zh: `指标${name.zh}的完成值“${quote(actual.text, 16)}”带有比较符，应填写实际数值`,
                en: `Indicator ${name.en}: the actual "${quote(actual.text, 16)}" carries an operator; enter the measured value`,
              }
            : {
                zh: `指标${name.zh}的完成值“${quote(actual.text, 16)}”不是实测值（指标值为 ${quote(indicator.target?.text ?? '', 16)}）`,
                en: `Indicator ${name.en}: the actual "${quote(actual.text, 16)}" is not a measured value (target ${inEnglish(quote(indicator.target?.text ?? '', 16))})`,
              },
        }),
      );
    }
    return out;
  },
};
