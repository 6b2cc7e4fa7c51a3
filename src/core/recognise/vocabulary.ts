// What a label means, by its normalised key (text.ts): header texts of DESIGN.md §1 and their
// variants, the labels of the blocks around a table. Exact keys, one Map lookup per distinct text.
import type { ColumnField } from '../model/types';
import { computeLabel, foldChar, labelOf, type Label } from './text';
import { BoundedCache } from '../bounded-cache';

/** 绩效指标 heads the name column only when no 三级指标 / 指标名称 column exists. */
export type HeaderField = ColumnField | 'weakName';

export type BudgetField = 'initial' | 'budget' | 'spent' | 'weight' | 'rate' | 'score' | 'note';
export type GoalsField = 'initial' | 'adjusted' | 'achieved' | 'group';

export interface LabelMeaning {
  readonly label: Label;
  readonly header?: HeaderField;
  readonly budget?: BudgetField;
  /** A header-block label (主管部门, 项目名称…): the key is the field name. */
  readonly headerBlock?: boolean;
  /** 自评总分 in the header block. */
  readonly statedTotal?: boolean;
  readonly goals?: GoalsField;
  /** 总分 / 合计 of the total row. */
  readonly total?: boolean;
  /** 偏差大或目标未完成原因分析: a table-wide explanation below the table. */
  readonly explanation?: boolean;
  /** 其他需要说明事项. */
  readonly remarks?: boolean;
  /** Other labels that belong to the form's footer (改进措施及结果应用方案, 填表人). */
  readonly footer?: boolean;
  /** Hubei 年度绩效目标1（40分）: the goal block number. */
  readonly goalBlock?: number;
  /** The form's title (…绩效自评表). */
  readonly title?: boolean;
  /** 优 / 良 / 中 / 差 written as a grade. */
  readonly grade?: boolean;
  /** 不适用 / 不涉及. */
  readonly notApplicable?: boolean;
}

function table<T>(entries: Record<string, readonly string[]>): Map<string, T> {
  const map = new Map<string, T>();
  for (const [value, keys] of Object.entries(entries)) for (const key of keys) map.set(key, value as T);
  return map;
}

const HEADER = table<HeaderField>({
  level1: ['一级指标', '一级', '一级指标名称'],
  level2: ['二级指标', '二级', '二级指标名称'],
  name: ['三级指标', '三级', '指标名称', '三级指标名称', '指标内容', '具体指标'],
  weakName: ['绩效指标', '指标'],
  unit: ['计量单位', '单位', '度量单位', '指标单位', '计算单位'],
  op: ['指标性质', '指标方向', '比较符', '符号', '比较符号', '运算符', '指标类型'],
  target: [
    '指标值', '年度指标值', '年度目标值', '目标值', '预期指标值', '年初目标值', '全年指标值', '计划指标值',
    '预期目标值', '目标指标值', '年度绩效指标值', '调整指标值', '调整后指标值',
  ],
  initialTarget: ['年初指标值'],
  weight: ['指标权重', '权重', '分值', '权重分', '指标分值', '标准分值', '权重分值', '分数'],
  actual: ['全年完成值', '实际完成值', '全年实际值', '完成值', '实际值', '实际完成', '全年实际完成值', '年度完成值'],
  coefficient: ['得分系数', '完成系数', '评分系数'],
  score: ['指标得分', '得分', '自评得分', '实际得分', '评价得分', '自评分'],
  note: [
    '说明', '偏差原因分析及改进措施', '未完成原因和改进措施', '备注', '未完成原因及拟采取的改进措施',
    '未完成原因分析', '扣分原因和其他说明', '偏差原因分析', '偏差原因', '未完成原因', '原因分析',
    '偏差原因及改进措施', '未完成原因及改进措施', '扣分原因', '情况说明', '偏差原因分析及改进措施说明',
  ],
  core: ['是否核心指标', '核心指标'],
  criteria: ['评分标准', '评分细则', '评分依据', '评分标准及方法'],
});

const BUDGET = table<BudgetField>({
  initial: ['年初预算数', '年初预算', '年初预算数额', '年初批复预算数'],
  budget: ['全年预算数', '调整后预算数', '调整后预算', '预算数', '全年预算', '年度预算数', '调整预算数', '全年调整预算数'],
  spent: ['全年执行数', '执行数', '预算执行数', '实际执行数', '全年实际执行数', '全年支出数', '实际支出数', '执行金额'],
  weight: ['分值', '权重', '执行率权重'],
  rate: ['执行率', '预算执行率', '全年执行率'],
  score: ['得分', '执行率得分'],
  note: ['原因', '偏差原因', '未完成原因', '备注', '说明', '原因分析', '偏差原因分析'],
});

const HEADER_BLOCK = new Set([
  '主管部门', '部门', '部门名称', '单位名称', '预算部门', '预算部门、单位名称', '预算单位', '项目名称',
  '实施单位', '项目实施单位', '项目单位', '联系人', '部门联系人', '项目联系人', '联系电话', '填报日期', '填表日期',
  '项目类别', '报表编号', '项目负责人', '负责人', '项目属性', '资金性质', '预算年度', '评价年度', '主管部门及代码',
  '实施单位及代码', '填报单位', '资金使用单位', '项目编码', '项目代码', '专项名称', '资金名称',
]);

const STATED_TOTAL = new Set(['自评总分', '自评得分', '绩效自评总分', '总体自评得分']);

const GOALS = table<GoalsField>({
  initial: ['年初绩效目标', '预期目标', '年初设定目标', '年初目标', '年度目标', '预期绩效目标'],
  adjusted: ['全年绩效目标', '调整后绩效目标', '全年调整绩效目标', '调整绩效目标'],
  achieved: ['全年目标实际完成情况', '实际完成情况', '年度总体目标完成情况综述', '目标完成情况', '实际完成目标', '目标实际完成情况', '全年实际完成情况', '年度实际完成情况'],
  group: ['当年绩效目标', '年度总体目标', '总体目标', '绩效目标', '年度绩效目标', '总体绩效目标', '年度目标完成情况'],
});

const TOTAL = new Set(['总分', '合计', '总计', '总得分', '得分合计', '合计得分', '总分值', '综合得分']);
const EXPLANATION = new Set(['偏差大或目标未完成原因分析', '目标未完成原因分析', '总体偏差原因分析', '偏差原因分析']);
const REMARKS = new Set(['其他需要说明事项', '其他需要说明的事项', '其他说明', '需要说明的事项', '其他需说明事项']);
const FOOTER = new Set(['改进措施及结果应用方案', '改进措施', '结果应用方案', '填表人', '审核人', '填报人', '单位负责人', '财务负责人']);
const GRADES = new Set(['优', '良', '中', '差', '优秀', '良好', '中等', '较差', '合格', '不合格']);
const NOT_APPLICABLE = new Set(['不适用', '不涉及', 'N/A', 'n/a', 'NA', '本年不适用']);

const GOAL_BLOCK = /^(?:年度)?绩效目标(\d{1,2})$/;

function isTitle(label: Label): boolean {
  const k = label.key;
  return k.length <= 60 && k.charCodeAt(k.length - 1) === 0x8868 /* 表 */ && /(?:自评表|评价表|评分表|自评报告表)$/.test(k);
}

/** Every prefix of every vocabulary key: a text whose folded start is not among them means nothing. */
const PREFIXES: ReadonlySet<string> = (() => {
  const keys = [
    ...HEADER.keys(), ...BUDGET.keys(), ...HEADER_BLOCK, ...STATED_TOTAL, ...GOALS.keys(), ...TOTAL, ...EXPLANATION,
    ...REMARKS, ...FOOTER, ...GRADES, ...NOT_APPLICABLE,
  ];
  const out = new Set<string>();
  for (const key of keys) for (let i = 1; i <= key.length; i++) out.add(key.slice(0, i));
  return out;
})();
const GOAL_STEMS = new Set(['年度绩效目标', '绩效目标']);
const OPENERS = new Set(['(', '[', '【', '〔']);

/**
 * Cheap test before the full normalisation: walks the folded text while it is a prefix of some
 * vocabulary key. Indicator names ('指标12号巡查次数') fail after a few characters. Titles (…表,
 * …表（一）), brackets and colons go to the full test.
 */
function mayBeLabel(text: string): boolean {
  const last = text.trimEnd().slice(-1);
  if (last === '表' || last === ')' || last === '）') return true;
  let prefix = '';
  for (let i = 0; i < text.length; i++) {
    const ch = foldChar(text.charCodeAt(i), text[i]);
    if (ch === '') continue;
    if (OPENERS.has(ch) || ch === ':' || ch === '：') return true;
    const next = prefix + ch;
    if (!PREFIXES.has(next)) return GOAL_STEMS.has(prefix) && ch >= '0' && ch <= '9';
    prefix = next;
  }
  return true;
}

const meanings = new BoundedCache<string, LabelMeaning>(20_000);
/** Texts this short (units, operators, grades) repeat and are always cached. */
const SHORT_TEXT = 8;
const NOTHING: LabelMeaning = { label: { key: '', brackets: [], full: '' } };

/** Longest text worth matching: labels are short; indicator names and goals are not labels. */
const MAX_LABEL_LENGTH = 64;

/** The meaning of a cell text as a label (cached). Long texts mean nothing. */
export function meaningOf(text: string): LabelMeaning {
  if (text.length > MAX_LABEL_LENGTH) return NOTHING;
  let meaning = meanings.get(text);
  if (meaning !== undefined) return meaning;
  if (!mayBeLabel(text)) return NOTHING;
  const label = computeLabel(text);
  const k = label.key;
  const goalBlock = k.includes('目标') ? GOAL_BLOCK.exec(k) : null;
  const m: { -readonly [P in keyof LabelMeaning]: LabelMeaning[P] } = { label };
  const header = HEADER.get(k);
  if (header) m.header = header;
  const budget = BUDGET.get(k);
  if (budget) m.budget = budget;
  if (HEADER_BLOCK.has(k)) m.headerBlock = true;
  if (STATED_TOTAL.has(k)) m.statedTotal = true;
  const goals = GOALS.get(k);
  if (goals) m.goals = goals;
  if (TOTAL.has(k)) m.total = true;
  if (EXPLANATION.has(k)) m.explanation = true;
  if (REMARKS.has(k)) m.remarks = true;
  if (FOOTER.has(k)) m.footer = true;
  if (goalBlock) m.goalBlock = Number(goalBlock[1]);
  if (isTitle(label)) m.title = true;
  if (GRADES.has(k)) m.grade = true;
  if (NOT_APPLICABLE.has(k)) m.notApplicable = true;
  meaning = m;
  // Indicator names are long and unique: keeping them would only fill the cache.
  if (Object.keys(m).length > 1 || text.length <= SHORT_TEXT) {
    meanings.set(text, meaning);
  }
  return meaning;
}

/** Header words, longest first, for finding one inside a longer cell text. */
const HEADER_WORDS: readonly string[] = [...HEADER.keys()].sort((a, b) => b.length - a.length);

/**
 * The header field a cell names, also when the header word sits inside a longer text
 * ('本年实际完成值（万元）' → actual, '考核指标名称' → name): the longest header word the text
 * contains. For a row the user named as the header, where meaningOf's whole-text match is too strict.
 */
export function looseHeaderOf(text: string): { readonly field: HeaderField; readonly key: string } | undefined {
  if (text.length > MAX_LABEL_LENGTH) return undefined;
  const exact = meaningOf(text);
  if (exact.header !== undefined) return { field: exact.header, key: exact.label.key };
  const key = labelOf(text).key;
  if (key === '') return undefined;
  for (const word of HEADER_WORDS) {
    if (key.includes(word)) return { field: HEADER.get(word)!, key: word };
  }
  return undefined;
}

/** A label of the blocks around a table (not an indicator header, not a value). */
export function isFormLabel(m: LabelMeaning): boolean {
  return Boolean(
    m.headerBlock || m.statedTotal || m.goals || m.total || m.explanation || m.remarks || m.footer ||
      m.goalBlock !== undefined || m.title,
  );
}

type Kind = 'output' | 'benefit' | 'satisfaction' | 'cost' | 'budget';

const KIND_WORDS: ReadonlyArray<readonly [string, Kind]> = [
  ['产出', 'output'], ['满意', 'satisfaction'], ['效益', 'benefit'], ['效果', 'benefit'], ['成本', 'cost'],
  ['预算', 'budget'], ['资金', 'budget'],
];

/**
 * Kinds of first-level block a label names, in the order they appear in it: 产出指标（50分） →
 * ['output']; a cell written 效益指标/满意度指标 → ['benefit', 'satisfaction'].
 */
export function blockKindsOf(text: string): Kind[] {
  const k = labelOf(text).key;
  const found: Array<[number, Kind]> = [];
  for (const [word, kind] of KIND_WORDS) {
    const at = k.indexOf(word);
    if (at >= 0 && !found.some(([, seen]) => seen === kind)) found.push([at, kind]);
  }
  return found.sort((a, b) => a[0] - b[0]).map(([, kind]) => kind);
}

/** Second-level labels whose block is known (数量指标 → output) when the first level says nothing. */
export function blockKindOfLevel2(text: string): Exclude<Kind, 'budget'> | undefined {
  const k = labelOf(text).key;
  if (k.includes('满意')) return 'satisfaction';
  if (k.includes('效益') || k.includes('可持续')) return 'benefit';
  if (k.includes('成本')) return 'cost';
  if (/^(?:数量|质量|时效|进度)/.test(k)) return 'output';
  return undefined;
}
