// PERF070: an Excel error value (#DIV/0!, #N/A, #VALUE!…) in a cell of the table.
import type { Finding, Rule } from '../findings/types';
import { isCellError } from '../grid/types';
import type { TextField, ValueField } from '../model/types';
import { forEachCell } from './support/cells';
import { finding } from './support/finding';

/** Values Excel shows while a result is still coming (a custom function, external data): pending, not broken. */
const PENDING: ReadonlySet<string> = new Set(['#BUSY!', '#GETTING_DATA']);

function errorCode(field: TextField | ValueField): string | undefined {
  let code: string | undefined;
  if (isCellError(field.raw)) code = String(field.raw.error);
  else if ('kind' in field && field.kind === 'error') code = field.error ?? field.text;
  return code !== undefined && PENDING.has(code.toUpperCase()) ? undefined : code;
}

export const PERF070: Rule = {
  id: 'PERF070',
  severity: 'error',
  title: { zh: '单元格为错误值', en: 'Excel error value in a cell' },
  why: {
    zh: '#DIV/0!、#N/A 等错误值说明公式出错，相关的合计、执行率和得分都无法计算。',
    en: 'Error values such as #DIV/0! or #N/A mean a broken formula; totals, rates and scores that use the cell cannot be computed.',
  },
  how: {
    zh: '检查该单元格的公式及其引用（除数为 0、引用已删除的单元格等），改为正确的值。',
    en: 'Check the cell\'s formula and what it refers to (division by zero, deleted references) and correct it.',
  },
  check({ table }) {
    const out: Finding[] = [];
    forEachCell(table, (field, row) => {
      const code = errorCode(field);
      if (!code) return;
      const formula = field.formula ? `（公式 ${field.formula}）` : '';
      const formulaEn = field.formula ? ` (formula ${field.formula})` : '';
      out.push(
        finding(PERF070, table, {
          cells: [field.ref.address],
          row,
          message: {
            zh: `单元格 ${field.ref.address} 是错误值 ${code}${formula}`,
            en: `Cell ${field.ref.address} holds the error ${code}${formulaEn}`,
          },
          found: code,
        }),
      );
    });
    return out;
  },
};
