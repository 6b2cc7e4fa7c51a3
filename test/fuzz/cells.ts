// Cell contents for the fuzz workbooks: header texts from DESIGN.md's vocabulary as real copies write
// them, and values sane and hostile (errors, text in number cells, huge/negative/NaN-like numbers,
// full-width digits, markup), sometimes with a number format, a formula or a display text.
import fc from 'fast-check';
import type { CellValue } from '../../src/core/grid/types';
import type { CellSpec } from '../support/grid';

export type Field =
  | 'level1' | 'level2' | 'name' | 'unit' | 'op' | 'target' | 'initialTarget' | 'weight' | 'actual'
  | 'coefficient' | 'score' | 'note' | 'core' | 'criteria';

/** Header texts per field (DESIGN.md §1 and the variants in src/core/recognise/vocabulary.ts). */
const HEADERS: Readonly<Record<Field, readonly string[]>> = {
  level1: ['一级指标', '一级', '一级指标名称'],
  level2: ['二级指标', '二级'],
  name: ['指标名称', '三级指标', '绩效指标', '三级指标名称'],
  unit: ['计量单位', '单位', '度量单位'],
  op: ['指标性质', '指标方向', '比较符', '符号'],
  target: ['指标值', '年度指标值', '年度目标值', '目标值', '预期指标值', '调整指标值', '年初目标值（A）'],
  initialTarget: ['年初指标值'],
  weight: ['指标权重（分）', '权重', '分值', '权重（%）'],
  actual: ['全年完成值', '实际完成值', '全年实际值', '完成值', '实际完成值（B）'],
  coefficient: ['得分系数（%）', '完成系数'],
  score: ['指标得分（分）', '得分', '自评得分', '得分（20分*执行率）'],
  note: ['说明', '偏差原因分析及改进措施', '未完成原因和改进措施', '备注'],
  core: ['是否核心指标'],
  criteria: ['评分标准'],
};

/** Copies converted to traditional characters (績效指標, 實際完成值). */
const TRADITIONAL: Readonly<Record<string, string>> = {
  指标: '指標', 实际: '實際', 权重: '權重', 说明: '說明', 计量单位: '計量單位', 完成值: '完成值', 级: '級',
};

export const FIELDS = Object.keys(HEADERS) as Field[];
export const CORE_FIELDS: readonly Field[] = ['name', 'target', 'weight', 'actual', 'score'];

/** The same header as real copies write it: line breaks, spaces, full-width, traditional. */
export const headerText = (field: Field): fc.Arbitrary<string> =>
  fc
    .tuple(fc.constantFrom(...HEADERS[field]), fc.constantFrom('plain', 'newline', 'spaces', 'fullwidth', 'traditional', 'unit'), fc.nat(8))
    .map(([text, style, at]) => {
      const cut = text.length > 1 ? 1 + (at % (text.length - 1)) : 0;
      switch (style) {
        case 'newline':
          return `${text.slice(0, cut)}\n${text.slice(cut)}`;
        case 'spaces':
          return [...text].join(' ');
        case 'fullwidth':
          return text.replace(/\(/g, '（').replace(/\)/g, '）') + '（分）';
        case 'traditional':
          return Object.entries(TRADITIONAL).reduce((t, [from, to]) => t.split(from).join(to), text);
        case 'unit':
          return `${text}(分)`;
        default:
          return text;
      }
    });

/** Numbers a host may hand over, sane and absurd. */
export const number: fc.Arbitrary<number> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 100 }) },
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100) },
  { weight: 1, arbitrary: fc.integer({ min: -1_000, max: -1 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      0, -0, 1e308, -1e308, Number.MAX_VALUE, Number.MIN_VALUE, 5e-324, 1e-12, 0.1 + 0.2, 99.99999999999999,
      Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 2 ** 53 + 1, 123.45, 12345, 99999, 1048576,
    ),
  },
  { weight: 1, arbitrary: fc.double({ noDefaultInfinity: false }) },
);

const ERRORS = ['#DIV/0!', '#N/A', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!', '#GETTING_DATA'];

/** Text where a number belongs: percents, operators folded in, full-width digits, NaN-like words. */
const numberText = fc.constantFrom(
  '≥95%', '≤5%', '100%', '95%', '=100%', '＞＝90％', '≧80', '0.95', '１００', '９５％', '１２．５', '1,234.5', '1 234',
  '1e999', '-1e999', 'NaN', 'Infinity', '-Infinity', '--5', '5..0', '.5', '5.', '+7', '(12)', '¥1,000.00', '12万元',
  '0 起', '0次', '≥**人', '……', '100字以内', '12345', '99999', '123.45', '完成', '达到预期', '有所提升', '是', '优', '良',
  '中', '差', '不适用', '', ' ', '\n', '0x10', '1/2', '50%以上', '≥', '%', '万元', '亿元',
);

export const freeText = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.constantFrom('<img src=x onerror=alert(1)>', '=HYPERLINK("http://x","y")', '"引号"', "O'Brien", 'a\u0000b', '\u202e反转', '😀'),
);

const errorValue = fc.constantFrom(...ERRORS).map((error): CellValue => ({ error }));

/** Anything a value cell can hold, hostile included. */
export const anyValue: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 5, arbitrary: number },
  { weight: 4, arbitrary: numberText },
  { weight: 1, arbitrary: errorValue },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: freeText },
  { weight: 2, arbitrary: fc.constant(null) },
);

const FORMATS = ['0', '0.0', '0.00', '0%', '0.00%', '#,##0.00', '@', 'General', '"¥"#,##0.00', 'yyyy-mm-dd', '0.0_ ', '[Red]0.00'];

/** A value, sometimes with a number format, a formula or a display text. */
export const valueCell: fc.Arbitrary<CellValue | CellSpec> = fc.oneof(
  { weight: 6, arbitrary: anyValue },
  {
    weight: 2,
    arbitrary: fc.record(
      { v: anyValue, fmt: fc.constantFrom(...FORMATS), f: fc.constantFrom('=G9*H9/F9', '=SUM(I8:I39)', '=1/0', '=PERF.SCORE(E7,F7,H7,G7)'), text: fc.constantFrom('99.74', '#####', '9.97%', '') },
      { requiredKeys: ['v'] },
    ),
  },
);

const level1 = fc.constantFrom('产出指标', '产出指标（50分）', '效益指标（30分）', '满意度指标（10分）', '成本指标', '预算执行率', '效益指标/满意度指标', '产出指标（60分）', null);
const level2 = fc.constantFrom('数量指标', '质量指标', '时效指标', '社会效益指标', '可持续影响指标', '服务对象满意度指标', '成本指标', null);
const names = fc.oneof(
  fc.constantFrom(
    '出动森林防火宣传车', '反诈宣传入户率', '预算执行率', '预算完成率', '群众满意度', '安全事故发生次数', '指标1：', '指标2：巡查次数',
    '受益人数(≥**人)', '★★★', '覆盖率', '知晓率', '（100字以内）', '……', '执行率',
  ),
  freeText,
  fc.constant(null),
);
const units = fc.oneof(fc.constantFrom('%', '人', '次', '万元', '元/人*月', '个', '天', '', '分'), number, fc.constant(null));
const ops = fc.oneof(
  fc.constantFrom('≥', '≤', '=', '>', '<', '>=', '<=', '＞＝', '≧', '≦', '﹦', '═', '大于等于', '不低于', '不超过', '等于', '定性', '定量指标', '定性指标', '正向', '反向', '?'),
  anyValue,
);
const notes = fc.oneof(fc.constantFrom('已完成', '受疫情影响，部分活动延期', '无', ''), freeText, fc.constant(null));

export const BY_FIELD: Readonly<Record<Field, fc.Arbitrary<CellValue | CellSpec>>> = {
  level1,
  level2,
  name: names,
  unit: units,
  op: ops,
  target: valueCell,
  initialTarget: valueCell,
  weight: valueCell,
  actual: valueCell,
  coefficient: valueCell,
  score: valueCell,
  note: notes,
  core: fc.constantFrom('是', '否', null),
  criteria: fc.oneof(fc.constantFrom('完成得满分，未完成按比例扣分', ''), fc.constant(null)),
};
