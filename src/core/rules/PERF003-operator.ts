// PERF003: a quantitative indicator whose operator column is left blank or holds a text that is not
// an operator. A bare target on a form with no operator column is read as ≥ (cost as ≤), not flagged.
import type { Finding, Rule } from '../findings/types';
import { isQuantitativeMarker, parseOperator } from '../scoring';
import { factsOf, type IndicatorFacts } from './support/facts';
import { compactCells, finding, isTableWide } from './support/finding';
import { hasText, inEnglish, nameOf, quote } from './support/text';
import { ofMany } from '../findings/english';

export const PERF003: Rule = {
  id: 'PERF003',
  severity: 'error',
  title: { zh: '比较符缺失或无法识别', en: 'Operator missing or not understood' },
  why: {
    zh: '表中设有指标性质（比较符）列却没有填写或填写的不是比较符，就不知道是“≥”还是“≤”，无法判断是否完成，也无法计算得分。',
    en: 'The form has an operator column, but the cell is blank or not an operator: without "≥" or "≤", completion and score cannot be judged.',
  },
  how: {
    zh: '在指标性质列填写 ≥、≤、=、>、< 之一（或在指标值前写明，如“≥95%”）。',
    en: 'Write one of ≥ ≤ = > < in the operator column (or in front of the target, e.g. "≥95%").',
  },
  check({ table, profile }) {
    const facts = factsOf(table, profile);
    const column = table.columns.op;
    if (!column) return [];
    const blank: IndicatorFacts[] = [];
    const out: Finding[] = [];
    let considered = 0;
    for (const f of facts.indicators) {
      const { indicator } = f;
      if (indicator.qualitative || !indicator.applicable) continue;
      considered++;
      if (f.op !== undefined) continue;
      const written = indicator.opCell;
      const unreadable =
        written !== undefined && hasText(written) && parseOperator(written.text) === undefined && !isQuantitativeMarker(written.text);
      if (!unreadable) {
        blank.push(f);
        continue;
      }
      const name = nameOf(indicator);
      out.push(
        finding(PERF003, table, {
          cells: [written.ref.address, indicator.target?.ref.address ?? ''],
          row: indicator.row,
          message: {
            zh: `指标${name.zh}的比较符“${quote(written.text, 12)}”无法识别`,
            en: `Indicator ${name.en}: operator "${quote(written.text, 12)}" is not understood`,
          },
        }),
      );
    }
    const cellOf = (f: IndicatorFacts) => f.indicator.opCell?.ref.address ?? `${column.letter}${f.indicator.row}`;
    if (isTableWide(blank.length, considered)) {
      out.push(
        finding(PERF003, table, {
          cells: compactCells(blank.map(cellOf)),
          message: {
            zh: `${column.header.replace(/\s+/g, '') || '指标性质'}列有 ${blank.length} 个定量指标没有填写比较符（共 ${considered} 个）`,
            en: `${ofMany(blank.length, considered, 'quantitative indicators', 'has', 'have')} no operator in the operator column`,
          },
        }),
      );
      return out;
    }
    for (const f of blank) {
      const { indicator } = f;
      const name = nameOf(indicator);
      out.push(
        finding(PERF003, table, {
          cells: [cellOf(f), indicator.target?.ref.address ?? ''],
          row: indicator.row,
          message: {
            zh: `定量指标${name.zh}没有比较符（指标值 ${quote(indicator.target?.text ?? '', 16) || '为空'}）`,
            en: `Quantitative indicator ${name.en} has no operator (target ${inEnglish(quote(indicator.target?.text ?? '', 16)) || 'empty'})`,
          },
        }),
      );
    }
    return out;
  },
};
