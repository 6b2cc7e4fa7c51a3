// PERF020–PERF022: scores above weights, scores that differ from the computed ones, negatives.
// PERF021 must stay silent on the suspicious-looking rows that are right.
import { PERF020, PERF021, PERF022 } from '../../../src/core/rules';
import { HUBEI_PROFILE } from '../../../src/core/profile';
import { huanggangTable, suixiTable, yongdeTable } from './support/cases';
import { at, run } from './support/run';
import { seedRow, seedTable } from './support/seed';
import { tableOf, type RowSpec } from './support/table';

const edit = (name: string, change: Partial<RowSpec>) => seedTable((row) => (row.name === name ? { ...row, ...change } : undefined));
const single = (row: RowSpec) => tableOf({ rows: [{ level1: '绩效指标', ...row }] });

describe('PERF020 score above weight', () => {
  it('flags an indicator, the budget row and the total row', () => {
    const [f] = run(PERF020, edit('绿化率', { score: 2 }));
    expect(f.row).toBe(seedRow('绿化率'));
    expect(f.message.zh).toContain('得分 2 超过权重 1.8');
    expect(f.cells).toEqual([`I${seedRow('绿化率')}`, `G${seedRow('绿化率')}`]);
    const table = tableOf({
      rows: [{ name: '培训人次', unit: '人次', op: '≥', target: 300, weight: 90, actual: 320, score: 90 }],
      budget: { rows: [{ label: '年度资金总额', isTotal: true, budget: 100, spent: 100, weight: 10, rate: { v: 1, fmt: '0%' }, score: 12 }] },
      total: { weight: 100, score: 102 },
    });
    expect(run(PERF020, table).map((x) => x.message.en)).toEqual([
      'Budget execution: score 12 is above the weight 10',
      'Total: score 102 is above the weight 100',
    ]);
  });

  it('is silent when scores are within their weights', () => {
    expect(run(PERF020, seedTable())).toEqual([]);
    expect(run(PERF020, yongdeTable())).toEqual([]);
  });
});

describe('PERF021 score differs from the computed score', () => {
  it('flags unmet but full marks (seed 预算完成率: 2.63 vs 2.62) with a fix keeping the cell\'s value', () => {
    const findings = run(PERF021, seedTable());
    expect(at(findings)).toEqual([`PERF021@${seedRow('预算完成率')}`]);
    expect(findings[0].fix?.changes[0].before).toEqual({ value: 2.63 });
  });

  it('flags met but docked, and a violated ≤ given full marks', () => {
    const docked = run(PERF021, edit('主题党日活动', { score: 2.5 }));
    expect(docked[0].message.zh).toContain('已达到指标值 ≥200，应得满分 3.6');
    expect([docked[0].expected, docked[0].found]).toEqual(['3.6', '2.5']);
    const violated = run(PERF021, edit('“三公经费”变动率', { actual: 6 }));
    expect(violated[0].message.zh).toContain('完成值 6% 超过指标值 ≤5%');
    expect(violated[0].expected).toBe('1.5');
  });

  it('keeps a formula cell\'s formula in the fix\'s before', () => {
    const table = edit('主题党日活动', { score: { v: 2.5, f: 'G18*H18/F18' } });
    expect(run(PERF021, table)[0].fix?.changes[0].before).toEqual({ value: 2.5, formula: '=G18*H18/F18' });
  });

  it.each([
    ['an over-achieved ≥ indicator with a note', { op: '≥', target: 100, actual: 180, weight: 5, score: 5, note: '新增任务' }],
    ['a met ≤ indicator', { op: '≤', target: 5, actual: 3, weight: 5, score: 5 }],
    ['R = 0 on a ≤ target', { op: '≤', target: 2, actual: 0, weight: 5, score: 5 }],
    ['R = 0 on a zero ≤ target', { op: '≤', target: 0, actual: 0, weight: 5, score: 5 }],
    ['100% against 1 formatted as %', { unit: '%', op: '=', target: 100, actual: { v: 1, fmt: '0%' }, weight: 10, score: 10 }],
    ['a score shown with 1 decimal (format 0.0) matching at 1 decimal', { unit: '%', op: '≥', target: 95, actual: 93.4, weight: 10, score: { v: 9.8, fmt: '0.0' } }],
    ['a score written with 1 decimal matching at 1 decimal', { unit: '%', op: '≥', target: 95, actual: 93.4, weight: 10, score: 9.8 }],
    ['a score rounded by a 0.00 format', { unit: '%', op: '≥', target: 100, actual: 99.74, weight: 2.63, score: { v: 2.623162, fmt: '0.00' } }],
    ['a qualitative 良 at the top of its tier', { op: '定性', target: '优', actual: '良', weight: 10, score: 8 }],
    ['a not-applicable row', { op: '≥', target: 100, actual: 50, weight: 10, score: 10, applicable: false }],
  ] as Array<[string, RowSpec]>)('is silent on %s', (_what, row) => {
    expect(run(PERF021, single({ name: '测试指标', unit: '次', ...row }))).toEqual([]);
  });

  it('compares a whole-number score at the profile\'s 2 decimals: 5 is not 4.84 (suixi)', () => {
    expect(at(run(PERF021, suixiTable()))).toEqual(['PERF021@15', 'PERF021@19']);
  });

  it('tolerates what a 0-decimal format hides, and no more', () => {
    // 10 × 37.24 ÷ 43.2 = 8.62: 9 is right at whole numbers, 8 is not.
    const row = { name: '测试指标', unit: '万元', op: '≥', target: 43.2, actual: 37.24, weight: 10 };
    expect(run(PERF021, single({ ...row, score: { v: 9, fmt: '0' } }))).toEqual([]);
    expect(run(PERF021, single({ ...row, score: { v: 8, fmt: '0' } }))[0].expected).toBe('9');
  });

  it('never hides full marks for a miss behind the displayed precision', () => {
    // 5 × 4604 ÷ 4754 = 4.84: 5 shown with no decimals is still full marks for a miss.
    const row = { name: '测试指标', unit: '人', op: '≥', target: 4754, actual: 4604, weight: 5 };
    const [full] = run(PERF021, single({ ...row, score: { v: 5, fmt: '0' } }));
    expect([full.expected, full.found]).toEqual(['4.84', '5']);
    // 4 is docked too far; the expected score is shown where it does not round up to full marks.
    expect(run(PERF021, single({ ...row, score: { v: 4, fmt: '0' } }))[0].expected).toBe('4.84');
  });

  it('flags a written 1-decimal score beyond half a unit', () => {
    const [f] = run(PERF021, single({ name: '测试指标', unit: '%', op: '≥', target: 95, actual: 92.5, weight: 10, score: 9.8 }));
    expect([f.expected, f.found]).toEqual(['9.7', '9.8']);
  });

  it('reads a score written as text at the decimals it shows, trailing zeros included', () => {
    // 10 × 90.193 ÷ 95 = 9.494, 10 × 90.2025 ÷ 95 = 9.495, 10 × 90.288 ÷ 95 = 9.504.
    const row = { name: '测试指标', unit: '%', op: '≥', target: 95, weight: 10 };
    expect(run(PERF021, single({ ...row, actual: 90.2025, score: '9.50' }))).toEqual([]);
    expect(run(PERF021, single({ ...row, actual: 90.288, score: '9.50' }))).toEqual([]);
    const [f] = run(PERF021, single({ ...row, actual: 90.193, score: '9.50' }));
    expect([f.expected, f.found]).toEqual(['9.49', '9.5']);
    // '9.5' shows one decimal: 9.494 rounds to it.
    expect(run(PERF021, single({ ...row, actual: 90.193, score: '9.5' }))).toEqual([]);
    // 9.96 (10 × 94.62 ÷ 95) written '10.0' or '10' is full marks for a miss: flagged at any precision.
    expect(run(PERF021, single({ ...row, actual: 94.62, score: '10.0' }))[0].expected).toBe('9.96');
    expect(run(PERF021, single({ ...row, actual: 94.62, score: '10' }))[0].expected).toBe('9.96');
    // '9.5' for 9.46 (10 × 89.87 ÷ 95) is right at one decimal.
    expect(run(PERF021, single({ ...row, actual: 89.87, score: '9.5' }))).toEqual([]);
  });

  it('scores a qualitative tier and a 得分系数', () => {
    const [tier] = run(PERF021, single({ name: '服务质量', op: '定性', target: '优', actual: '良', weight: 10, score: 10 }));
    expect(tier.message.zh).toContain('属于“部分达成”');
    expect(tier.expected).toBe('8');
    const coefficient = tableOf({
      columns: { name: 'B', op: 'C', target: 'D', actual: 'E', coefficient: 'F', weight: 'G', score: 'H' },
      rows: [
        { name: '服务质量', op: '定性指标', target: '优', actual: '良', coefficient: 80, weight: 5, score: 4 },
        { name: '群众评价', op: '定性指标', target: '好', actual: '较好', coefficient: 80, weight: 5, score: 5 },
      ],
    });
    expect(run(PERF021, coefficient).map((f) => [f.row, f.expected])).toEqual([[8, '4']]);
  });

  it('infers Hubei weights from the goal block total and finds the row scored as W × R', () => {
    const findings = run(PERF021, huanggangTable(), HUBEI_PROFILE);
    expect(findings.map((f) => [f.row, f.expected, f.found])).toEqual([[11, '20', '19.6']]);
  });

  it('infers weights from a goal block\'s stated total when the form labels it', () => {
    const table = tableOf({
      family: 'F',
      firstRow: 9,
      columns: { name: 'C', target: 'D', actual: 'E', score: 'F' },
      blocks: [
        { label: '年度绩效目标1（40分）', weight: '40', kind: 'other', firstRow: 8, lastRow: 11 },
        { label: '年度绩效目标2（40分）', weight: '40', kind: 'other', firstRow: 12, lastRow: 14 },
      ],
      rows: [
        { name: '监测数据合格率', target: '100%', actual: '100%', score: 10 },
        { name: '资料上报及时率', target: '100%', actual: '100%', score: 10 },
        { name: '服务对象满意度', target: '98%', actual: '98%', score: 19.6 },
        { name: '资料整编完成率', target: '100%', actual: '100%', score: 20 },
        { name: '年度报告完成率', target: '100%', actual: '100%', score: 20 },
      ],
    });
    const [f] = run(PERF021, table, HUBEI_PROFILE);
    expect([f.row, f.expected, f.found]).toEqual([11, '20', '19.6']);
    expect(f.message.zh).toContain('按块分值推算为 20');
  });

  it('reports a weightless block as a whole when no single row explains its total', () => {
    const table = tableOf({
      family: 'F',
      firstRow: 9,
      columns: { name: 'C', target: 'D', actual: 'E', score: 'F' },
      blocks: [{ label: '年度绩效目标1（40分）', weight: '40', kind: 'other', firstRow: 8, lastRow: 11 }],
      rows: [
        { name: '监测点位数', target: '100%', actual: '100%', score: 13 },
        { name: '数据合格率', target: '100%', actual: '100%', score: 13 },
        { name: '报告按时率', target: '100%', actual: '100%', score: 13 },
      ],
    });
    const [f] = run(PERF021, table, HUBEI_PROFILE);
    expect(f.row).toBeUndefined();
    expect(f.cells).toEqual(['F9', 'F10', 'F11']);
    expect([f.expected, f.found]).toEqual(['40', '39']);
    expect(f.fix).toBeUndefined();
  });

  it('is silent on the rows of yongde and suixi that are right', () => {
    expect(at(run(PERF021, yongdeTable()))).toEqual(['PERF021@17', 'PERF021@20']);
  });
});

describe('PERF022 negative weight or score', () => {
  it('flags a negative weight, score and budget score', () => {
    const findings = run(PERF022, edit('绿化率', { weight: -1.8, score: -1 }));
    expect(findings.map((f) => f.message.zh)).toEqual(['指标“绿化率”的权重为负数 -1.8', '指标“绿化率”的得分为负数 -1']);
    const budget = tableOf({
      rows: [{ name: '培训人次', unit: '人次', op: '≥', target: 300, weight: 90, actual: 320, score: 90 }],
      budget: { rows: [{ label: '年度资金总额', isTotal: true, budget: 100, spent: 90, weight: 10, rate: 0.9, score: -9 }] },
    });
    expect(at(run(PERF022, budget))).toEqual(['PERF022@2']);
  });

  it('is silent on zero and positive figures', () => {
    expect(run(PERF022, edit('绿化率', { score: 0 }))).toEqual([]);
    expect(run(PERF022, seedTable())).toEqual([]);
  });
});
