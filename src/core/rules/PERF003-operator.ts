// PERF003: a quantitative indicator whose comparison (≥ ≤ = > <) is missing or not understood.
import type { Finding, Rule } from '../findings/types';
import { isQuantitativeMarker, parseOperator } from '../scoring';
import { factsOf } from './support/facts';
import { finding } from './support/finding';
import { hasText, nameOf, quote } from './support/text';

export const PERF003: Rule = {
  id: 'PERF003',
  severity: 'error',
  title: { zh: '比较符缺失或无法识别', en: 'Operator missing or not understood' },
  why: {
    zh: '不知道是“≥”还是“≤”，就无法判断是否完成，也无法计算得分。',
    en: 'Without knowing whether the target is "≥" or "≤", completion and score cannot be judged.',
  },
  how: {
    zh: '在指标性质列填写 ≥、≤、=、>、< 之一（或在指标值前写明，如“≥95%”）。',
    en: 'Write one of ≥ ≤ = > < in the operator column (or in front of the target, e.g. "≥95%").',
  },
  check({ table, profile }) {
    const facts = factsOf(table, profile);
    const out: Finding[] = [];
    for (const f of facts.indicators) {
      const { indicator } = f;
      if (indicator.qualitative || !indicator.applicable || f.op !== undefined) continue;
      const written = indicator.opCell;
      const unreadable =
        written !== undefined && hasText(written) && parseOperator(written.text) === undefined && !isQuantitativeMarker(written.text);
      const name = nameOf(indicator);
      const column = table.columns.op;
      const cell = written?.ref.address ?? (column ? `${column.letter}${indicator.row}` : indicator.target?.ref.address ?? '');
      out.push(
        finding(PERF003, table, {
          cells: [cell, indicator.target?.ref.address ?? ''],
          row: indicator.row,
          message: unreadable
            ? {
                zh: `指标${name.zh}的比较符“${quote(written.text, 12)}”无法识别`,
                en: `Indicator ${name.en}: operator "${quote(written.text, 12)}" is not understood`,
              }
            : {
                zh: `定量指标${name.zh}没有比较符（指标值 ${quote(indicator.target?.text ?? '', 16) || '为空'}）`,
                en: `Quantitative indicator ${name.en} has no operator (target ${quote(indicator.target?.text ?? '', 16) || 'empty'})`,
              },
        }),
      );
    }
    return out;
  },
};
