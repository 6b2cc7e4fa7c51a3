// Generated workbooks for fuzzing recognise + checkWorkbook: forms built from DESIGN.md's header
// vocabulary (with the variants real copies show), columns shuffled, values hostile (errors, text in
// number cells, huge/negative/NaN-like numbers, full-width digits), empty rows, several tables per
// sheet side by side or stacked, merges from the usual (一级指标 down its block) to the absurd
// (A1:XFD1048576), overlapping ones included.
import fc from 'fast-check';
import type { CellValue, SheetGrid, WorkbookGrid } from '../../src/core/grid/types';
import { columnLetters } from '../../src/core/grid/address';
import { sheetFromRows, type CellSpec, type RowSpec } from '../support/grid';

type Field =
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

const FIELDS = Object.keys(HEADERS) as Field[];
const CORE_FIELDS: readonly Field[] = ['name', 'target', 'weight', 'actual', 'score'];

/** The same header as real copies write it: line breaks, spaces, full-width, traditional. */
const headerText = (field: Field): fc.Arbitrary<string> =>
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
const number: fc.Arbitrary<number> = fc.oneof(
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

const freeText = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.constantFrom('<img src=x onerror=alert(1)>', '=HYPERLINK("http://x","y")', '"引号"', "O'Brien", 'a\u0000b', '\u202e反转', '😀'),
);

const errorValue = fc.constantFrom(...ERRORS).map((error): CellValue => ({ error }));

/** Anything a value cell can hold, hostile included. */
const anyValue: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 5, arbitrary: number },
  { weight: 4, arbitrary: numberText },
  { weight: 1, arbitrary: errorValue },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: freeText },
  { weight: 2, arbitrary: fc.constant(null) },
);

const FORMATS = ['0', '0.0', '0.00', '0%', '0.00%', '#,##0.00', '@', 'General', '"¥"#,##0.00', 'yyyy-mm-dd', '0.0_ ', '[Red]0.00'];

/** A value, sometimes with a number format, a formula or a display text. */
const valueCell: fc.Arbitrary<CellValue | CellSpec> = fc.oneof(
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

const BY_FIELD: Readonly<Record<Field, fc.Arbitrary<CellValue | CellSpec>>> = {
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

/** A block of rows (a table and what surrounds it), with merges relative to its top-left cell. */
interface Block {
  readonly rows: RowSpec[];
  /** [top, left, bottom, right], 1-based within the block. */
  readonly merges: Array<[number, number, number, number]>;
}

const columnsArb: fc.Arbitrary<Field[]> = fc.oneof(
  { weight: 3, arbitrary: fc.shuffledSubarray(FIELDS.filter((f) => !CORE_FIELDS.includes(f)), { maxLength: 6 }).chain((extra) => fc.shuffledSubarray([...CORE_FIELDS, ...extra], { minLength: CORE_FIELDS.length + extra.length })) },
  { weight: 1, arbitrary: fc.shuffledSubarray(FIELDS, { minLength: 1, maxLength: 9 }) },
);

const EMPTY_ROW: RowSpec = [];

/** The indicator table: header row, indicator rows (some empty), maybe a total row and a level1 merge. */
const indicatorTable: fc.Arbitrary<Block> = columnsArb.chain((fields) =>
  fc
    .record({
      headers: fc.tuple(...fields.map(headerText)),
      body: fc.array(
        fc.oneof({ weight: 8, arbitrary: fc.tuple(...fields.map((f) => BY_FIELD[f])) }, { weight: 1, arbitrary: fc.constant(undefined) }),
        { maxLength: 6 },
      ),
      total: fc.option(fc.tuple(fc.constantFrom('总分', '合计', '总 分', '得分合计'), valueCell, valueCell, fc.constantFrom('优', '良', '中', '差', null)), { nil: undefined }),
      mergeLevel1: fc.boolean(),
      actualsEqualTargets: fc.boolean(),
    })
    .map(({ headers, body, total, mergeLevel1, actualsEqualTargets }) => {
      const rows: RowSpec[] = [headers, ...body.map((r) => (r ? [...r] : EMPTY_ROW))];
      const t = fields.indexOf('target');
      const a = fields.indexOf('actual');
      // Filled in by copying the target (PERF050's pattern).
      if (actualsEqualTargets && t >= 0 && a >= 0) for (const row of rows.slice(1)) if (row.length) (row as Array<CellValue | CellSpec>)[a] = row[t] as CellValue | CellSpec;
      const merges: Block['merges'] = [];
      const l1 = fields.indexOf('level1');
      if (mergeLevel1 && l1 >= 0 && body.length > 1) {
        // As printed forms do: the block label in the first row, the cells below it empty.
        for (let r = 2; r <= rows.length; r++) if (r > 2 && rows[r - 1].length) rows[r - 1] = rows[r - 1].map((v, i) => (i === l1 ? null : v));
        merges.push([2, l1 + 1, rows.length, l1 + 1]);
      }
      if (total) {
        const [label, weight, score, grade] = total;
        const w = fields.indexOf('weight');
        const s = fields.indexOf('score');
        const row: Array<CellValue | CellSpec> = fields.map(() => null);
        row[0] = label;
        if (w > 0) row[w] = weight;
        if (s > 0) row[s] = score;
        if (grade) row.push(grade);
        rows.push(row);
      }
      return { rows, merges };
    }),
);

/** What may stand above a table: title, header block, budget block, goals block. */
const aboveBlock: fc.Arbitrary<Block> = fc
  .record({
    title: fc.option(fc.constantFrom('2022年度部门整体绩效自评表', '项目支出绩效自评表', '（2022年度）', '2021年度专项资金绩效目标自评表'), { nil: undefined }),
    fields: fc.array(fc.tuple(fc.constantFrom('主管部门', '部门', '项目名称', '实施单位', '联系人', '联系电话', '自评总分（分）', '报表编号'), anyValue), { maxLength: 2 }),
    budget: fc.option(
      fc.tuple(
        fc.constantFrom('项目资金（万元）', '部门预算执行情况（万元）', '预算执行情况（万元）（20分）', '资金情况（万元）'),
        fc.shuffledSubarray(['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分', '调整后预算数', '执行率权重'], { minLength: 2 }),
        fc.array(fc.tuple(fc.constantFrom('年度资金总额', '其中：当年财政拨款', '上年结转资金', '其他资金', '总额', '按收入性质分', '/'), fc.array(valueCell, { maxLength: 7 })), { maxLength: 3 }),
      ),
      { nil: undefined },
    ),
    goals: fc.option(fc.tuple(fc.constantFrom('年度总体目标', '当年绩效目标', '年初绩效目标'), freeText, fc.constantFrom('实际完成情况', '全年目标实际完成情况'), fc.constantFrom('杜绝安全事故', '满意度100%', '无', '')), { nil: undefined }),
  })
  .map(({ title, fields, budget, goals }) => {
    const rows: RowSpec[] = [];
    const merges: Block['merges'] = [];
    if (title !== undefined) {
      rows.push([title]);
      merges.push([rows.length, 1, rows.length, 6]);
    }
    for (const [label, value] of fields) rows.push([label, value]);
    if (budget) {
      const [label, headers, lines] = budget;
      rows.push([label, null, ...headers]);
      for (const [rowLabel, values] of lines) rows.push([null, rowLabel, ...values]);
    }
    if (goals) rows.push([goals[0], goals[1]], [goals[2], goals[3]]);
    return { rows, merges };
  });

/** Merges anywhere in the sheet, from the ordinary to the absurd; they may overlap. */
const mergeArb = (rowCount: number, colCount: number): fc.Arbitrary<string> =>
  fc.oneof(
    {
      weight: 6,
      arbitrary: fc
        .record({ top: fc.integer({ min: 1, max: Math.max(1, rowCount) }), left: fc.integer({ min: 1, max: Math.max(1, colCount) }), h: fc.nat(4), w: fc.nat(3) })
        .map(({ top, left, h, w }) => `${columnLetters(left)}${top}:${columnLetters(left + w)}${top + h}`),
    },
    {
      weight: 1,
      arbitrary: fc.integer({ min: 1, max: Math.max(1, rowCount) }).chain((r) => fc.constantFrom(`A${r}:A1048576`, `A${r}:XFD${r}`, 'A1:XFD1048576', `B${r}:C1048576`, `XFD1:XFD${r}`)),
    },
  );

interface Placed {
  readonly block: Block;
  /** Row and column offsets of the block's top-left cell (0-based). */
  readonly row: number;
  readonly col: number;
}

/** One sheet: tables stacked (with gaps) or side by side, each maybe with blocks above it. */
const sheetArb = (name: string): fc.Arbitrary<SheetGrid> =>
  fc
    .array(
      fc.record({
        above: fc.option(aboveBlock, { nil: undefined }),
        table: indicatorTable,
        gapRows: fc.nat(3),
        indent: fc.nat(3),
        beside: fc.boolean(),
      }),
      { minLength: 0, maxLength: 2 },
    )
    .chain((parts) => {
      const placed: Placed[] = [];
      let nextRow = 0;
      let lastTop = 0;
      let lastRight = 0;
      for (const part of parts) {
        const stack = part.above ? [part.above, part.table] : [part.table];
        const width = Math.max(1, ...stack.flatMap((b) => b.rows.map((r) => r.length)));
        const beside = part.beside && placed.length > 0;
        let row = beside ? lastTop : nextRow + part.gapRows;
        const col = beside ? lastRight + 1 + part.indent : part.indent;
        lastTop = row;
        for (const block of stack) {
          placed.push({ block, row, col });
          row += block.rows.length;
        }
        nextRow = Math.max(nextRow, row);
        lastRight = col + width;
      }
      const rows: Array<Array<CellValue | CellSpec | undefined>> = [];
      const merges: string[] = [];
      for (const { block, row, col } of placed) {
        block.rows.forEach((cells, i) => {
          const target = (rows[row + i] ??= []);
          cells.forEach((cell, j) => {
            if (cell !== null && cell !== undefined) target[col + j] = cell;
          });
        });
        for (const [t, l, b, r] of block.merges) merges.push(`${columnLetters(col + l)}${row + t}:${columnLetters(col + r)}${row + b}`);
      }
      const dense: RowSpec[] = Array.from({ length: rows.length }, (_, i) => rows[i] ?? []);
      const colCount = Math.max(1, ...dense.map((r) => r.length));
      return fc.array(mergeArb(dense.length, colCount), { maxLength: 2 }).map((extra) => sheetFromRows(name, dense, { merges: [...merges, ...extra] }));
    });

const SHEET_NAMES = ['Sheet1', '绩效自评表', '表 1', "O'Brien's", '<img src=x onerror=alert(1)>', '2022年度', '附表3-1'];

/** A workbook of one or two sheets with distinct names (sizes tuned so 10,000 cases fit CI). */
export const workbookArb: fc.Arbitrary<WorkbookGrid> = fc
  .uniqueArray(fc.constantFrom(...SHEET_NAMES), { minLength: 1, maxLength: 3 })
  .chain((names) => fc.tuple(...names.map(sheetArb)))
  .map((sheets) => ({ sheets, name: 'fuzz.xlsx' }));

export const profileIdArb = fc.constantFrom('national', 'hubei');
