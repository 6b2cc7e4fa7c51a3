// PERF071: a number stored as text in a numeric column: Excel's SUM skips it, so totals come out wrong.
import type { Finding, Rule } from '../findings/types';
import type { ValueField } from '../model/types';
import { forEachCell } from './support/cells';
import { cellNumber, change, finding, plain } from './support/finding';

export const PERF071: Rule = {
  id: 'PERF071',
  severity: 'warning',
  title: { zh: '数字以文本形式存储', en: 'Number stored as text' },
  why: {
    zh: '以文本存储的数字不参与 SUM 等公式计算，合计会少算而不报错。',
    en: 'A number stored as text is skipped by SUM and other formulas: totals come out short without any error.',
  },
  how: {
    zh: '把单元格转换为数字（选中后点“转换为数字”，或重新输入）。',
    en: 'Convert the cell to a number (select it and choose "Convert to Number", or retype it).',
  },
  check({ table }) {
    const out: Finding[] = [];
    forEachCell(table, (field, row, numeric) => {
      const value = field as ValueField;
      if (!numeric || !value.numberAsText || typeof value.raw !== 'string' || !value.number) return;
      const n = value.number;
      out.push(
        finding(PERF071, table, {
          cells: [value.ref.address],
          row,
          message: {
            zh: `单元格 ${value.ref.address} 的数字“${value.raw.trim()}”以文本形式存储`,
            en: `Cell ${value.ref.address}: the number "${value.raw.trim()}" is stored as text`,
          },
          found: plain(n),
          fix: {
            description: { zh: `转换为数字 ${plain(n)}`, en: `Convert to the number ${plain(n)}` },
            changes: [change(table.sheet, value, cellNumber(n))],
          },
        }),
      );
    });
    return out;
  },
};
