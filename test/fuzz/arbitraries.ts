// Generated workbooks for fuzzing recognise + checkWorkbook: forms built from DESIGN.md's header
// vocabulary (with the variants real copies show), columns shuffled, values hostile (errors, text in
// number cells, huge/negative/NaN-like numbers, full-width digits), empty rows, several tables per
// sheet side by side or stacked, merges from the usual (一级指标 down its block) to the absurd
// (A1:XFD1048576), overlapping ones included.
import fc from 'fast-check';
import type { CellValue, SheetGrid, WorkbookGrid } from '../../src/core/grid/types';
import { columnLetters } from '../../src/core/grid/address';
import { sheetFromRows, type CellSpec, type RowSpec } from '../support/grid';
import { anyValue, BY_FIELD, CORE_FIELDS, FIELDS, freeText, headerText, valueCell, type Field } from './cells';

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
