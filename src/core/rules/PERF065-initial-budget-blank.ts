// PERF065: the budget block states a full-year budget but leaves 年初预算数 blank on its total row
// (永德: 年度资金总额 387664.62 with an empty 年初预算数). Only where the form has a 年初预算数 column;
// a written 0 or '—' is an answer (a project added during the year), a blank cell is not.
import type { Rule } from '../findings/types';
import { rowLabel } from './support/budget';
import { factsOf, numberOf } from './support/facts';
import { finding } from './support/finding';
import { cellFigure } from './support/numbers';

export const PERF065: Rule = {
  id: 'PERF065',
  severity: 'warning',
  title: { zh: '年初预算数未填', en: 'Initial budget left blank' },
  why: {
    zh: '年初预算数与全年预算数对照，才能看出年中调整了多少；留空则无法判断预算是否被调整到实际支出。',
    en: 'The initial budget beside the full-year budget shows how much was adjusted during the year; left blank, nobody can tell whether the budget was fitted to spending.',
  },
  how: {
    zh: '填写年初批复的预算数；年中新增的项目填 0。',
    en: 'Enter the budget approved at the start of the year; for a project added during the year, enter 0.',
  },
  check({ table, profile }) {
    const main = factsOf(table, profile).budget?.main;
    const initial = main?.initial;
    const budget = numberOf(main?.budget);
    if (!main || !initial || budget === undefined) return [];
    if (initial.kind !== 'empty' || initial.text.trim() !== '') return [];
    const label = rowLabel(main);
    return [
      finding(PERF065, table, {
        cells: [initial.ref.address, main.budget?.ref.address ?? ''],
        row: main.label.ref.row,
        message: {
          zh: `“${label}”全年预算数为 ${cellFigure(main.budget)}，年初预算数却为空`,
          en: `"${label}": the full-year budget is ${cellFigure(main.budget)}, but the initial budget is blank`,
        },
      }),
    ];
  },
};
