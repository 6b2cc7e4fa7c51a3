// PERF004: a quantitative indicator with no unit, or with a number typed where the unit belongs.
import type { Finding, Rule } from '../findings/types';
import { normalizeText } from '../scoring';
import { factsOf } from './support/facts';
import { finding } from './support/finding';
import { nameOf, quote } from './support/text';

const NUMBER_ONLY = /^[+-]?\d+(\.\d+)?$/;

export const PERF004: Rule = {
  id: 'PERF004',
  severity: 'warning',
  title: { zh: '计量单位缺失或填写错误', en: 'Unit missing or wrong' },
  why: {
    zh: '没有单位（或单位处填了数字），读者无法判断指标值是次数、金额还是百分比。',
    en: 'Without a unit (or with a number in its place) a reader cannot tell a count from an amount or a percentage.',
  },
  how: {
    zh: '在计量单位列填写单位，如“%”“次”“万元”。',
    en: 'Write the unit in the unit column, e.g. "%", "次", "万元".',
  },
  check({ table, profile }) {
    const facts = factsOf(table, profile);
    const out: Finding[] = [];
    for (const f of facts.indicators) {
      const { indicator } = f;
      if (indicator.qualitative || f.op === 'qual' || !indicator.applicable) continue;
      const numeric = indicator.target?.kind === 'number' || indicator.actual?.kind === 'number';
      if (!numeric) continue;
      const written = indicator.unit?.text ?? '';
      // Only a unit with digits can be a number in disguise ('１００'): normalise just those.
      const unitText = /[\d\uFF10-\uFF19]/.test(written) ? normalizeText(written) : written.trim();
      if (unitText !== '' && (typeof indicator.unit?.raw === 'number' || NUMBER_ONLY.test(unitText))) {
        const name = nameOf(indicator);
        out.push(
          finding(PERF004, table, {
            cells: [indicator.unit?.ref.address ?? ''],
            row: indicator.row,
            message: {
              zh: `指标${name.zh}的计量单位填的是数字“${quote(unitText, 12)}”，不是单位`,
              en: `Indicator ${name.en}: the unit cell holds the number "${quote(unitText, 12)}", not a unit`,
            },
            found: unitText,
          }),
        );
        continue;
      }
      const valueUnit = (v: typeof indicator.target) => v !== undefined && (v.percent || (v.unit !== undefined && v.unit !== ''));
      if (unitText === '' && !valueUnit(indicator.target) && !valueUnit(indicator.actual)) {
        const name = nameOf(indicator);
        const column = table.columns.unit;
        const target = indicator.target?.kind === 'number' ? indicator.target : undefined;
        const side = target
          ? { zh: '指标值', en: 'target', text: target.text }
          : { zh: '完成值', en: 'actual', text: indicator.actual?.text ?? '' };
        out.push(
          finding(PERF004, table, {
            cells: [column ? `${column.letter}${indicator.row}` : indicator.target?.ref.address ?? ''],
            row: indicator.row,
            message: {
              zh: `定量指标${name.zh}没有计量单位（${side.zh} ${quote(side.text, 16)}）`,
              en: `Quantitative indicator ${name.en} has no unit (${side.en} ${quote(side.text, 16)})`,
            },
          }),
        );
      }
    }
    return out;
  },
};
