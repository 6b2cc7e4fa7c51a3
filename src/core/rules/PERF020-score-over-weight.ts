// PERF020: a score above its weight: over-achievement never earns more than the weight.
import type { Finding, Rule } from '../findings/types';
import type { ValueField } from '../model/types';
import { factsOf, numberOf } from './support/facts';
import { finding } from './support/finding';
import { cellFigure } from './support/numbers';
import { nameOf } from './support/text';

export const PERF020: Rule = {
  id: 'PERF020',
  severity: 'error',
  title: { zh: '得分超过权重', en: 'Score above weight' },
  why: {
    zh: '超额完成也不能突破该指标的分值上限（得分不得突破权重）。',
    en: 'Over-achievement never earns more than the indicator\'s weight (the forms say "得分不得突破权重", a score may not exceed its weight).',
  },
  how: {
    zh: '把得分改为不超过权重的值；超额完成的情况写在说明中。',
    en: 'Lower the score to at most the weight; describe the over-achievement in the note.',
  },
  check({ table, profile }) {
    const out: Finding[] = [];
    const report = (score: ValueField, weight: ValueField, row: number, what: { zh: string; en: string }) => {
      const s = numberOf(score);
      const w = numberOf(weight);
      if (!s || !w || !s.gt(w)) return;
      out.push(
        finding(PERF020, table, {
          cells: [score.ref.address, weight.ref.address],
          row,
          message: {
            zh: `${what.zh}得分 ${cellFigure(score)} 超过权重 ${cellFigure(weight)}`,
            en: `${what.en}: score ${cellFigure(score)} is above the weight ${cellFigure(weight)}`,
          },
          expected: cellFigure(weight),
          found: cellFigure(score),
        }),
      );
    };
    const facts = factsOf(table, profile);
    for (const f of facts.indicators) {
      const { indicator } = f;
      if (f.score && f.weight && !f.weightInferred && f.score.gt(f.weight) && indicator.score && indicator.weight) {
        const name = nameOf(indicator);
        report(indicator.score, indicator.weight, indicator.row, { zh: `指标${name.zh}`, en: `Indicator ${name.en}` });
      }
    }
    const main = facts.budget?.main;
    if (main?.score && main.weight) {
      report(main.score, main.weight, main.label.ref.row, { zh: '预算执行率', en: 'Budget execution' });
    }
    if (table.total?.score && table.total.weight) {
      report(table.total.score, table.total.weight, table.total.row, { zh: '总分', en: 'Total' });
    }
    return out;
  },
};
