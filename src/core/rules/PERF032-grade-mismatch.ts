// PERF032: the grade written on the form is not the grade its total earns.
import Decimal from 'decimal.js';
import type { Rule } from '../findings/types';
import type { TextField } from '../model/types';
import type { Profile } from '../profile/types';
import { gradeOf, normalizeText } from '../scoring';
import { factsOf, numberOf } from './support/facts';
import { finding } from './support/finding';
import { cellFigure, figure, placesOf } from './support/numbers';
import { gradeGloss } from '../findings/english';

/** The grade cell: beside the total row, or a 自评等级 field in the header block. */
function gradeCell(fields: Readonly<Record<string, TextField>>, total?: TextField): TextField | undefined {
  if (total) return total;
  for (const [label, field] of Object.entries(fields)) {
    if (/等级|等次|評級|等級/.test(label)) return field;
  }
  return undefined;
}

/** The profile grade a written text means ('优秀' → 优), or undefined for another scale (合格). */
function gradeWritten(text: string, profile: Profile): string | undefined {
  const t = normalizeText(text);
  if (t === '') return undefined;
  for (const band of profile.grades) if (t === band.grade) return band.grade;
  for (const band of profile.grades) if (t.startsWith(band.grade)) return band.grade;
  return undefined;
}

export const PERF032: Rule = {
  id: 'PERF032',
  severity: 'warning',
  title: { zh: '评价等级与总分不符', en: 'Grade does not match the total' },
  why: {
    zh: '等级由总分决定（优 ≥ 90，良 80–90，中 60–80，差 < 60），写错会误导评价结果的使用。',
    en: 'The grade follows from the total (优 (excellent) ≥ 90, 良 (good) 80–90, 中 (fair) 60–80, 差 (poor) < 60); a wrong one misleads whoever uses the result.',
  },
  how: {
    zh: '按总分所在区间改正等级。',
    en: 'Write the grade of the band the total falls in.',
  },
  check({ table, profile }) {
    const cell = gradeCell(table.header.fields, table.total?.grade);
    if (!cell) return [];
    const written = gradeWritten(cell.text, profile);
    if (!written) return [];
    const totalCell = table.total?.score ?? table.header.statedTotal;
    let total = numberOf(totalCell);
    let totalText = cellFigure(totalCell);
    if (!total) {
      const facts = factsOf(table, profile);
      const scores = facts.indicators.filter((f) => f.score !== undefined);
      if (scores.length === 0) return [];
      total = scores.reduce((a, f) => a.plus(f.score as Decimal), new Decimal(0));
      totalText = figure(total, Math.max(placesOf(scores.map((f) => f.indicator.score)), facts.scorePlaces));
    }
    const expected = gradeOf(total, profile);
    if (!expected || expected === written) return [];
    return [
      finding(PERF032, table, {
        cells: [cell.ref.address],
        row: table.total?.grade ? table.total.row : undefined,
        message: {
          zh: `等级写为“${cell.text.trim()}”，但总分 ${totalText} 对应“${expected}”`,
          en: `The grade says "${cell.text.trim()}", but the total ${totalText} earns ${gradeGloss(expected)}`,
        },
        expected,
        found: cell.text.trim(),
      }),
    ];
  },
};
