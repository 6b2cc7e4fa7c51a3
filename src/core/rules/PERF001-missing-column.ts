// PERF001: an indicator table without one of the columns every score depends on.
import type { Rule } from '../findings/types';
import type { ColumnField } from '../model/types';
import { finding } from './support/finding';
import { plural } from '../findings/english';

const COLUMN_NAMES: Readonly<Partial<Record<ColumnField, { zh: string; en: string }>>> = {
  name: { zh: '指标名称', en: 'indicator name' },
  target: { zh: '指标值', en: 'target' },
  weight: { zh: '权重（分值）', en: 'weight' },
  actual: { zh: '完成值', en: 'actual value' },
  score: { zh: '得分', en: 'score' },
};

export const PERF001: Rule = {
  id: 'PERF001',
  severity: 'error',
  title: { zh: '缺少必需的列', en: 'Required column missing' },
  why: {
    zh: '没有这一列，指标得分无法核对，表格也不符合自评表模板。',
    en: 'Without this column the scores cannot be checked and the form departs from the template.',
  },
  how: {
    zh: '按模板补上该列（表头写明“指标值”“完成值”“权重”“得分”等），并逐行填写。',
    en: 'Add the column as the template has it (headed "指标值" target, "完成值" actual, "权重" weight, "得分" score…) and fill it in for every row.',
  },
  check({ table }) {
    const missing = table.missingColumns.filter((c) => COLUMN_NAMES[c] !== undefined);
    if (missing.length === 0) return [];
    const zh = missing.map((c) => COLUMN_NAMES[c]?.zh).join('、');
    const en = missing.map((c) => COLUMN_NAMES[c]?.en).join(', ');
    const headerCell = Object.values(table.columns)[0]?.headerRef.address;
    return [
      finding(PERF001, table, {
        cells: headerCell ? [headerCell] : [],
        message: {
          zh: `指标表缺少必需的列：${zh}（共 ${table.indicators.length} 个指标无法核对）`,
          en: `The indicator table lacks ${missing.length === 1 ? 'a required column' : 'required columns'}: ${en} (${plural(table.indicators.length, 'indicator')} cannot be checked)`,
        },
      }),
    ];
  },
};
