// The printed forms the synthetic indicators are written into, laid out as the real tables of
// DESIGN.md §1 (and test/fixtures/sources): family C as the Chongqing seed, family A as the Ministry
// of Finance project form with folded targets ('≥12处'), family D as the Sichuan 2023 form with
// separate 指标性质 / 度量单位 columns. Every table adds up; the mistakes are the indicators' own.
import { columnLetters } from '../../src/core/grid/address';
import type { CellValue } from '../../src/core/grid/types';
import { BLOCK_POINTS, type GenIndicator, type Level1, points } from './indicators';
import { type Random } from './random';

export type Family = 'A' | 'C' | 'D';

/** A cell of a plan: a plain value, or a value with a formula or a number format. */
export type PlanCell = CellValue | undefined | { readonly v: CellValue; readonly f?: string; readonly fmt?: string };

export interface SheetPlan {
  readonly name: string;
  readonly family: Family;
  readonly rows: readonly (readonly PlanCell[])[];
  /** Merged areas in A1 notation. */
  readonly merges: readonly string[];
  /** Indicator rows written (what recognition should find). */
  readonly indicators: number;
}

export interface FormHeader {
  readonly title: string;
  readonly department: string;
  readonly project: string;
  readonly person: string;
  readonly phone: string;
  readonly year: number;
}

const _ = undefined;
const GOALS = '保障单位正常运转，按时完成年度重点任务；加强项目资金管理，提高资金使用效益；提升服务对象满意度。';
const ACHIEVED = '年度重点任务基本完成，资金按进度拨付使用，个别指标受客观因素影响未完全达到目标，原因已在表中说明。';
const LEVEL1_ZH: Readonly<Record<Level1, string>> = { output: '产出指标', benefit: '效益指标', satisfaction: '满意度指标' };

function score(hundredths: number): PlanCell {
  return { v: points(hundredths), fmt: '0.00' };
}

function sumH(rows: readonly GenIndicator[], pick: (i: GenIndicator) => number): number {
  return rows.reduce((sum, i) => sum + pick(i), 0);
}

/** Runs of equal keys as [first, last] offsets: the cells a form merges down a column. */
function runs(keys: readonly string[]): Array<readonly [number, number]> {
  const out: Array<readonly [number, number]> = [];
  let start = 0;
  for (let i = 1; i <= keys.length; i++) {
    if (i === keys.length || keys[i] !== keys[start]) {
      out.push([start, i - 1]);
      start = i;
    }
  }
  return out;
}

/** Merges down `column` over each run of equal keys (rows from `firstRow`); label written at its top. */
function mergeRuns(column: string, firstRow: number, keys: readonly string[], merges: string[]): Set<number> {
  const tops = new Set<number>();
  for (const [a, b] of runs(keys)) {
    tops.add(a);
    if (b > a) merges.push(`${column}${firstRow + a}:${column}${firstRow + b}`);
  }
  return tops;
}

interface Budget {
  readonly initial: number;
  readonly adjusted: number;
  readonly spent: number;
  readonly scoreH: number;
}

function budget(random: Random): Budget {
  const initial = Math.round((100 + random.next() * 4900) * 100) / 100;
  const adjusted = Math.round(initial * (0.95 + random.next() * 0.1) * 100) / 100;
  const spent = Math.round(adjusted * (0.9 + random.next() * 0.1) * 100) / 100;
  return { initial, adjusted, spent, scoreH: Math.round((1000 * spent) / adjusted) };
}

/** Family C (Chongqing 部门整体绩效自评表, the seed's layout): columns A–J, B:C merged per row. */
export function familyC(name: string, header: FormHeader, rows: readonly GenIndicator[]): SheetPlan {
  const total = sumH(rows, (i) => i.scoreH);
  const out: PlanCell[][] = [
    ['附件1'],
    [`${header.department}${header.year}年度部门整体绩效自评表`],
    ['主管部门', header.department, _, '部门\n联系人', header.person, '联系电话', header.phone, '自评总分\n（分）', points(total)],
    ['当年绩效\n目标', '年初绩效目标', _, _, '全年（调整）绩效目标', _, _, '全年目标实际完成情况'],
    [_, GOALS, _, _, GOALS, _, _, ACHIEVED],
    ['绩效指标', '指标名称', _, '计量\n单位', '指标\n性质', '指标值', '指标权重\n（分）', '全年\n完成值', '指标得分\n（分）', '说明'],
  ];
  for (const i of rows) {
    out.push([_, i.name, _, i.unit || _, i.op, i.target, points(i.weightH), i.actual, score(i.scoreH), i.reason]);
  }
  const last = out.length;
  const merges = ['A2:J2', 'B3:C3', 'I3:J3', 'A4:A5', 'B4:D4', 'E4:G4', 'H4:J4', 'B5:D5', 'E5:G5', 'H5:J5', `A6:A${last}`];
  for (let r = 6; r <= last; r++) merges.push(`B${r}:C${r}`);
  return { name, family: 'C', rows: out, merges, indicators: rows.length };
}

/** '≥12处', '≥95%', '=100%', '有所提升': a target as family A folds it into one cell. */
function folded(i: GenIndicator): string {
  return i.op === '定性' ? String(i.target) : `${i.op}${i.target}${i.unit}`;
}

function measured(i: GenIndicator): string {
  return i.op === '定性' ? String(i.actual) : `${i.actual}${i.unit}`;
}

/** Level 1 / level 2 labels written at the top of their runs, merged down columns B and C. */
function levelCells(rows: readonly GenIndicator[], firstRow: number, merges: string[], label1: (l: Level1) => string) {
  const tops1 = mergeRuns('B', firstRow, rows.map((i) => i.level1), merges);
  const tops2 = mergeRuns('C', firstRow, rows.map((i) => `${i.level1}/${i.level2}`), merges);
  return (k: number): [PlanCell, PlanCell] => [tops1.has(k) ? label1(rows[k].level1) : _, tops2.has(k) ? rows[k].level2 : _];
}

/** Family A (Ministry of Finance 项目支出绩效自评表): budget block, 一级/二级/三级, folded targets, 总分. */
export function familyA(name: string, header: FormHeader, rows: readonly GenIndicator[], random: Random): SheetPlan {
  const b = budget(random);
  const merges = [
    'A1:I1', 'A2:I2', 'B3:I3', 'B4:D4', 'F4:I4', 'A5:A9', 'B5:C5', 'B6:C6', 'B7:C7', 'B8:C8', 'B9:C9',
    'A10:A11', 'B10:E10', 'F10:I10', 'B11:E11', 'F11:I11',
  ];
  const out: PlanCell[][] = [
    ['项目支出绩效自评表'],
    [`（${header.year}年度）`],
    ['项目名称', header.project],
    ['主管部门', header.department, _, _, '实施单位', `${header.department}项目办`],
    ['项目资金\n（万元）', _, _, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    [_, '年度资金总额', _, b.initial, b.adjusted, b.spent, 10, { v: b.spent / b.adjusted, f: 'F6/E6', fmt: '0.00%' }, score(b.scoreH)],
    [_, '其中：当年财政拨款', _, b.initial, b.adjusted, b.spent, '—', '—', '—'],
    [_, '上年结转资金', _, 0, 0, 0, '—', '—', '—'],
    [_, '其他资金', _, '—', '—', '—', '—', '—', '—'],
    ['年度总体目标', '预期目标', _, _, _, '实际完成情况'],
    [_, GOALS, _, _, _, ACHIEVED],
    ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
  ];
  const first = out.length + 1;
  const labels = levelCells(rows, first, merges, (l) => `${LEVEL1_ZH[l]}（${BLOCK_POINTS[l]}分）`);
  const counters = new Map<string, number>();
  rows.forEach((i, k) => {
    const n = (counters.get(i.level2) ?? 0) + 1;
    counters.set(i.level2, n);
    out.push([_, ...labels(k), `指标${n}：${i.name}`, folded(i), measured(i), points(i.weightH), score(i.scoreH), i.reason]);
  });
  const last = out.length;
  const weightTotal = 1000 + sumH(rows, (i) => i.weightH);
  const scoreTotal = b.scoreH + sumH(rows, (i) => i.scoreH);
  out.push(['总分', _, _, _, _, _, { v: points(weightTotal), f: `G6+SUM(G${first}:G${last})` }, { v: points(scoreTotal), f: `I6+SUM(H${first}:H${last})`, fmt: '0.00' }]);
  merges.push(`A12:A${last}`, `A${last + 1}:F${last + 1}`);
  return { name, family: 'A', rows: out, merges, indicators: rows.length };
}

/** Family D (Sichuan 部门预算项目支出绩效自评表): 报表编号, `/` sub-rows, 指标性质 / 度量单位 columns, 合计. */
export function familyD(name: string, header: FormHeader, rows: readonly GenIndicator[], random: Random): SheetPlan {
  const b = budget(random);
  const rate = (row: number): PlanCell => ({ v: b.spent / b.adjusted, f: `F${row}/E${row}`, fmt: '0.00%' });
  const merges = [
    'A1:K1', 'A2:H2', 'J2:K2', 'B3:E3', 'G3:K3', 'B4:E4', 'I4:K4', 'A5:A10',
    ...[5, 6, 7, 8, 9, 10].flatMap((r) => [`B${r}:C${r}`, `J${r}:K${r}`]),
    'A11:A12', 'B11:F11', 'G11:K11', 'B12:F12', 'G12:K12',
  ];
  const out: PlanCell[][] = [
    ['部门预算项目支出绩效自评表'],
    [`（${header.year}年度）`, _, _, _, _, _, _, _, '报表编号', `5103-${header.year}-${header.phone.slice(-3)}`],
    ['项目名称', header.project, _, _, _, '项目单位', header.department],
    ['主管部门', header.department, _, _, _, '项目负责人', header.person, '联系电话', header.phone],
    ['预算执行情况\n（万元）\n（10分）', _, _, '年初预算', '调整后预算数', '预算执行数', '预算执行率', '权重', '得分', '原因'],
    [_, '总额', _, b.initial, b.adjusted, b.spent, rate(6), 10, score(b.scoreH)],
    [_, '其中：财政资金', _, b.initial, b.adjusted, b.spent, rate(7), '/', '/', '/'],
    [_, '财政专户管理资金', _, 0, 0, 0, '/', '/', '/', '/'],
    [_, '单位资金', _, 0, 0, 0, '/', '/', '/', '/'],
    [_, '其他资金', _, 0, 0, 0, '/', '/', '/', '/'],
    ['年度目标完成情况', '预期目标', _, _, _, _, '实际完成目标'],
    [_, GOALS, _, _, _, _, ACHIEVED],
    ['绩效指标\n（90分）', '一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '完成值', '权重', '得分', '未完成原因分析'],
  ];
  const first = out.length + 1;
  const labels = levelCells(rows, first, merges, (l) => LEVEL1_ZH[l]);
  rows.forEach((i, k) => {
    out.push([_, ...labels(k), i.name, i.op, i.target, i.unit || _, i.actual, points(i.weightH), score(i.scoreH), i.reason]);
  });
  const last = out.length;
  const weightTotal = 1000 + sumH(rows, (i) => i.weightH);
  const scoreTotal = b.scoreH + sumH(rows, (i) => i.scoreH);
  out.push(['合计', _, _, _, _, _, _, _, { v: points(weightTotal), f: `H6+SUM(I${first}:I${last})` }, { v: points(scoreTotal), f: `I6+SUM(J${first}:J${last})`, fmt: '0.00' }]);
  merges.push(`A13:A${last}`, `A${last + 1}:H${last + 1}`);
  return { name, family: 'D', rows: out, merges, indicators: rows.length };
}

/** Columns a plan uses (for writers that need the width). */
export function planWidth(plan: SheetPlan): number {
  return plan.rows.reduce((w, row) => Math.max(w, row.length), 0);
}

export function lastColumn(plan: SheetPlan): string {
  return columnLetters(planWidth(plan));
}
