// PERF011: an indicator with no actual value: nothing to judge completion by. A weighted, scored row
// with neither target nor actual is one finding saying the score cannot be checked.
import type { Finding, Rule } from '../findings/types';
import { finding } from './support/finding';
import { nameOf, quote } from './support/text';

export const PERF011: Rule = {
  id: 'PERF011',
  severity: 'error',
  title: { zh: '完成值缺失', en: 'Actual value missing' },
  why: {
    zh: '没有完成值，就无法判断指标是否完成，得分没有依据。',
    en: 'Without an actual value nothing shows whether the target was met: the score has no basis.',
  },
  how: {
    zh: '填写全年实际完成值；确实不适用的指标注明“不适用”并说明原因。',
    en: 'Enter the actual value for the year; mark an indicator that truly does not apply as "不适用" (not applicable) and say why.',
  },
  check({ table }) {
    const column = table.columns.actual;
    if (!column) return [];
    const out: Finding[] = [];
    for (const indicator of table.indicators) {
      if (!indicator.applicable) continue;
      const actual = indicator.actual;
      if (actual && actual.kind !== 'empty') continue;
      const name = nameOf(indicator);
      const targetEmpty = !indicator.target || indicator.target.kind === 'empty';
      const scored = indicator.score?.kind === 'number' ? indicator.score.text.trim() : '';
      if (targetEmpty && scored !== '') {
        // Weighted and scored with nothing to score against: a reviewer cannot check the score.
        const cells = [actual?.ref.address ?? `${column.letter}${indicator.row}`, indicator.target?.ref.address ?? ''];
        out.push(
          finding(PERF011, table, {
            cells,
            row: indicator.row,
            message: {
              zh: `指标${name.zh}没有指标值和完成值，却得 ${scored} 分：得分无从核对`,
              en: `Indicator ${name.en} has no target and no actual value, yet scores ${scored}: the score cannot be checked`,
            },
          }),
        );
        continue;
      }
      const written = actual && actual.text.trim() !== '' ? `（填的是“${quote(actual.text, 8)}”）` : '';
      const writtenEn = actual && actual.text.trim() !== '' ? ` (it says "${quote(actual.text, 8)}")` : '';
      out.push(
        finding(PERF011, table, {
          cells: [actual?.ref.address ?? `${column.letter}${indicator.row}`],
          row: indicator.row,
          message: {
            zh: `指标${name.zh}没有完成值${written}`,
            en: `Indicator ${name.en} has no actual value${writtenEn}`,
          },
        }),
      );
    }
    return out;
  },
};
