// PERF022: a negative weight or score: neither can be below zero.
import type { Finding, Rule } from '../findings/types';
import type { ValueField } from '../model/types';
import { factsOf, numberOf } from './support/facts';
import { finding } from './support/finding';
import { cellFigure } from './support/numbers';
import { nameOf } from './support/text';

export const PERF022: Rule = {
  id: 'PERF022',
  severity: 'error',
  title: { zh: '权重或得分为负数', en: 'Negative weight or score' },
  why: {
    zh: '权重和得分最低为 0，负数会使合计和等级出错。',
    en: 'Weights and scores are at least 0; a negative one corrupts the totals and the grade.',
  },
  how: {
    zh: '改为 0 或正确的正数；扣分请直接体现在得分中。',
    en: 'Enter 0 or the right positive value; show deductions in the score itself.',
  },
  check({ table, profile }) {
    const out: Finding[] = [];
    const report = (field: ValueField | undefined, row: number | undefined, what: { zh: string; en: string }) => {
      const n = numberOf(field);
      if (!field || !n || !n.isNegative() || n.isZero()) return;
      out.push(
        finding(PERF022, table, {
          cells: [field.ref.address],
          row,
          message: { zh: `${what.zh}为负数 ${cellFigure(field)}`, en: `${what.en} is negative: ${cellFigure(field)}` },
          expected: '0',
          found: cellFigure(field),
        }),
      );
    };
    for (const f of factsOf(table, profile).indicators) {
      const negativeWeight = f.weight !== undefined && !f.weightInferred && f.weight.isNegative() && !f.weight.isZero();
      const negativeScore = f.score !== undefined && f.score.isNegative() && !f.score.isZero();
      if (!negativeWeight && !negativeScore) continue;
      const { indicator } = f;
      const name = nameOf(indicator);
      report(indicator.weight, indicator.row, { zh: `指标${name.zh}的权重`, en: `The weight of ${name.en}` });
      report(indicator.score, indicator.row, { zh: `指标${name.zh}的得分`, en: `The score of ${name.en}` });
    }
    for (const row of table.budget?.rows ?? []) {
      report(row.weight, row.label.ref.row, { zh: '预算执行权重', en: 'The budget weight' });
      report(row.score, row.label.ref.row, { zh: '预算执行得分', en: 'The budget score' });
    }
    report(table.total?.score, table.total?.row, { zh: '总分', en: 'The total' });
    return out;
  },
};
