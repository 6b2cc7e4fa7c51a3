// A header row the user named (以选中行为表头重新校验): recognise with it, and say why a row that
// makes no table is not a header — which columns its cells name and which it misses.
import { columnLetters } from '../grid/address';
import type { SheetGrid } from '../grid/types';
import type { Message } from '../findings/types';
import type { ColumnField, HeaderHint, HeaderHintOutcome, IndicatorTable } from '../model/types';
import { EVIDENCE, headerFieldsIn } from './header';
import { SheetReader } from './reader';

export type { HeaderHint, HeaderHintOutcome } from '../model/types';

export const FIELD_NAMES: Readonly<Record<ColumnField, Message>> = {
  level1: { zh: '一级指标', en: 'level-1 indicator' },
  level2: { zh: '二级指标', en: 'level-2 indicator' },
  name: { zh: '指标名称', en: 'indicator name' },
  unit: { zh: '计量单位', en: 'unit' },
  op: { zh: '指标性质', en: 'comparison' },
  target: { zh: '指标值', en: 'target' },
  initialTarget: { zh: '年初指标值', en: 'initial target' },
  weight: { zh: '权重（分值）', en: 'weight' },
  actual: { zh: '完成值', en: 'actual value' },
  coefficient: { zh: '得分系数', en: 'score coefficient' },
  score: { zh: '得分', en: 'score' },
  note: { zh: '偏差原因', en: 'reason for deviation' },
  core: { zh: '核心指标', en: 'core indicator' },
  criteria: { zh: '评分标准', en: 'scoring criteria' },
};

/** The fields whose absence is named in the message (beside the name, two of them make a header). */
const MAIN_EVIDENCE: readonly ColumnField[] = ['target', 'actual', 'weight', 'score'];
const NEEDED_EVIDENCE = 2;

const list = (fields: readonly ColumnField[], lang: 'zh' | 'en'): string =>
  fields.map((f) => FIELD_NAMES[f][lang]).join(lang === 'zh' ? '、' : ', ');

function diagnose(sheet: SheetGrid, row: number): Pick<HeaderHintOutcome, 'columns' | 'missing'> {
  const found = headerFieldsIn(new SheetReader(sheet), row);
  const columns = found.map((f) => ({ field: f.field, letter: columnLetters(f.col), header: f.header }));
  const has = (field: ColumnField) => found.some((f) => f.field === field);
  const missing: ColumnField[] = [];
  if (!has('name')) missing.push('name');
  if (EVIDENCE.filter(has).length < NEEDED_EVIDENCE) missing.push(...MAIN_EVIDENCE.filter((f) => !has(f)));
  return { columns, missing };
}

function messageOf(hint: HeaderHint, columns: HeaderHintOutcome['columns'], missing: readonly ColumnField[]): Message {
  const where = { zh: `工作表“${hint.sheet}”第 ${hint.row} 行`, en: `Row ${hint.row} of sheet "${hint.sheet}"` };
  const rule = {
    zh: `表头须有“指标名称”，并至少有 ${NEEDED_EVIDENCE} 项：${list(MAIN_EVIDENCE, 'zh')}`,
    en: `a header needs the indicator name and at least ${NEEDED_EVIDENCE} of: ${list(MAIN_EVIDENCE, 'en')}`,
  };
  if (columns.length === 0) {
    return {
      zh: `${where.zh}不是指标表头：没有可识别的列名（${rule.zh}）。请选中写有这些列名的那一行。`,
      en: `${where.en} is not an indicator header: no column it names is known (${rule.en}). Select the row that holds these column names.`,
    };
  }
  const named = (lang: 'zh' | 'en') =>
    columns.map((c) => (lang === 'zh' ? `${FIELD_NAMES[c.field].zh}（${c.letter}列“${c.header}”）` : `${FIELD_NAMES[c.field].en} (column ${c.letter}, "${c.header}")`)).join(lang === 'zh' ? '、' : ', ');
  const count = { zh: `${columns.length} 列`, en: columns.length === 1 ? '1 column' : `${columns.length} columns` };
  return {
    zh: `${where.zh}不足以作表头：找到 ${count.zh}：${named('zh')}；缺少：${list(missing, 'zh')}（${rule.zh}）。`,
    en: `${where.en} does not name enough columns for a header: found ${count.en}: ${named('en')}; missing: ${list(missing, 'en')} (${rule.en}).`,
  };
}

/** The outcome of a named header row, given the tables recognised on its sheet (undefined sheet: it is not in the workbook). */
export function hintOutcome(hint: HeaderHint, sheet: SheetGrid | undefined, tables: readonly IndicatorTable[]): HeaderHintOutcome {
  if (!sheet) {
    return {
      ...hint,
      found: false,
      columns: [],
      missing: [],
      message: { zh: `找不到工作表“${hint.sheet}”，无法按选中行识别表头。`, en: `Sheet "${hint.sheet}" is not in the workbook; the selected row cannot be used as the header.` },
    };
  }
  const found = tables.some((t) => t.sheet === sheet.name && t.headerRows.includes(hint.row));
  const { columns, missing } = diagnose(sheet, hint.row);
  if (found) return { ...hint, found, columns, missing: [] };
  // A row that names enough columns but still made no table (no indicator rows under it).
  const message =
    missing.length === 0
      ? {
          zh: `工作表“${hint.sheet}”第 ${hint.row} 行可作表头，但其下没有指标行。`,
          en: `Row ${hint.row} of sheet "${hint.sheet}" could be a header, but no indicator rows follow it.`,
        }
      : messageOf(hint, columns, missing);
  return { ...hint, found, columns, missing, message };
}
