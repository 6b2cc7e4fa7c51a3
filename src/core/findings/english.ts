// Wording shared by the rules' messages, the pane, the report sheet, the CLI and the summary workbook:
// English counts and grades, and the template families' names in both languages.
import type { Family } from '../model/types';
import type { Message } from './types';

/** A count with its noun in the right number: plural(1, 'cell') → '1 cell', plural(2, 'cell') → '2 cells'. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The noun alone, in the number `n` calls for: noun(1, 'indicator') → 'indicator'. */
export function noun(n: number, one: string, many = `${one}s`): string {
  return n === 1 ? one : many;
}

/** "1 of 3 indicators has", "2 of 3 indicators have": the verb agrees with the first count. */
export function ofMany(n: number, total: number, nounMany: string, verbOne: string, verbMany: string): string {
  return `${n} of ${total} ${nounMany} ${n === 1 ? verbOne : verbMany}`;
}

/** Points as a figure reads: '1 point', '2.5 points', '10 points'. */
export function points(figure: string): string {
  return `${figure} ${figure === '1' ? 'point' : 'points'}`;
}

/** Grades as the forms write them, with their English meaning. */
const GRADE_GLOSS: Readonly<Record<string, string>> = { 优: 'excellent', 良: 'good', 中: 'fair', 差: 'poor' };

/** A grade name for English text, with its meaning: '优 (excellent)'; other grade names as written. */
export function gradeGloss(grade: string): string {
  const gloss = GRADE_GLOSS[grade.trim()];
  return gloss ? `${grade} (${gloss})` : grade;
}

/** The English meaning of a grade name ('excellent' for 优), if it is one of the four. */
export function gradeMeaning(grade: string): string | undefined {
  return GRADE_GLOSS[grade.trim()];
}

const m = (zh: string, en: string): Message => ({ zh, en });

/** Template families named as their forms are titled (DESIGN.md §1), for people rather than letters. */
const FAMILY_NAME: Readonly<Record<Exclude<Family, 'unknown'>, Message>> = {
  A: m('项目支出绩效自评表（财政部式）', 'Project expenditure self-evaluation (Ministry of Finance form)'),
  "A'": m('项目支出绩效自评表（云南式）', 'Project expenditure self-evaluation (Yunnan form)'),
  B: m('部门整体支出绩效自评表（安徽、湖南）', 'Whole-department expenditure self-evaluation (Anhui, Hunan)'),
  C: m('重庆 部门整体绩效自评表', 'Chongqing whole-department self-evaluation'),
  D: m('四川 部门预算项目支出绩效自评表', 'Sichuan departmental project self-evaluation'),
  E: m('专项资金绩效目标自评表', 'Special-fund goals self-evaluation'),
  F: m('湖北 项目（绩效）自评表', 'Hubei project self-evaluation'),
  G: m('湖南 部门整体支出绩效评价评分表', 'Hunan whole-department scoring sheet'),
  H: m('湖南 专项资金绩效目标自评表', 'Hunan special-fund goals self-evaluation'),
};

/** A template family's name ('重庆 部门整体绩效自评表' for C), or that the layout was not recognised. */
export function familyName(family: Family): Message {
  return family === 'unknown' ? m('未识别的版式', 'Layout not recognised') : FAMILY_NAME[family];
}
