// PERF060–PERF064: the budget block — rate, over-spending, score, total row, fitted budget.
import { PERF060, PERF061, PERF062, PERF063, PERF064 } from '../../../src/core/rules';
import { HUBEI_PROFILE } from '../../../src/core/profile';
import { huanggangTable, suixiTable, yongdeTable } from './support/cases';
import { at, run } from './support/run';
import { tableOf, type BudgetSpec, type In } from './support/table';

type BudgetRowSpec = BudgetSpec['rows'][number];

function withBudget(rows: BudgetRowSpec[], statedWeight?: string) {
  return tableOf({
    family: 'A',
    rows: [{ level1: '产出指标', name: '培训人次', unit: '人次', op: '≥', target: 300, weight: 90, actual: 320, score: 90 }],
    budget: { rows, ...(statedWeight ? { statedWeight } : {}) },
  });
}
const total = (rate: In, extra: Partial<BudgetRowSpec> = {}): BudgetRowSpec => ({
  label: '年度资金总额', isTotal: true, initial: 100, budget: 100, spent: 90, weight: 10, rate, score: 9, ...extra,
});

describe('PERF060 budget rate miscomputed', () => {
  it('flags a %-formatted rate and fixes it as a fraction', () => {
    const [f] = run(PERF060, withBudget([total({ v: 0.95, fmt: '0%' })]));
    expect([f.row, f.expected, f.found]).toEqual([2, '90', '95']);
    expect(f.message.zh).toBe('“年度资金总额”执行率写为 95%，按 90 ÷ 100 应为 90%');
    expect(f.fix?.changes[0]).toMatchObject({ address: 'G2', before: { value: 0.95 }, after: { value: 0.9 } });
  });

  it('fixes a rate in points as points, and a text rate as text', () => {
    expect(run(PERF060, withBudget([total(95)]))[0].fix?.changes[0].after).toEqual({ value: 90 });
    expect(run(PERF060, withBudget([total('95%')]))[0].fix?.changes[0].after).toEqual({ value: '90%' });
  });

  it('is silent on a right rate, at the precision it shows', () => {
    expect(run(PERF060, withBudget([total({ v: 0.9, fmt: '0%' })]))).toEqual([]);
    expect(run(PERF060, withBudget([total({ v: 0.996, fmt: '0%' }, { spent: 99.62 })]))).toEqual([]);
    expect(run(PERF060, withBudget([total(0.9)]))).toEqual([]);
    expect(run(PERF060, suixiTable())).toEqual([]);
    expect(run(PERF060, yongdeTable())).toEqual([]);
    expect(run(PERF060, huanggangTable())).toEqual([]);
  });
});

describe('PERF061 execution above 100%', () => {
  it('flags more spent than budgeted', () => {
    const [f] = run(PERF061, withBudget([total({ v: 1.1, fmt: '0%' }, { spent: 110, score: 10 })]));
    expect([f.row, f.expected, f.found]).toEqual([2, '100', '110']);
  });

  it('is silent at 100% and below', () => {
    expect(run(PERF061, suixiTable())).toEqual([]);
    expect(run(PERF061, withBudget([total({ v: 0.9, fmt: '0%' })]))).toEqual([]);
  });
});

describe('PERF062 budget score miscomputed', () => {
  it('flags full marks at 90% and offers the computed score', () => {
    const [f] = run(PERF062, withBudget([total({ v: 0.9, fmt: '0%' }, { score: 10 })]));
    expect([f.row, f.expected, f.found]).toEqual([2, '9', '10']);
    expect(f.message.zh).toContain('10 × min(90%, 100%)');
    expect(f.fix?.changes[0]).toMatchObject({ address: 'H2', after: { value: 9 } });
  });

  it('takes the weight from the block label (Hubei 20分) and from the profile when the row has none', () => {
    const hubei = withBudget([total({ v: 0.9, fmt: '0%' }, { weight: undefined, score: 20 })], '20');
    expect(run(PERF062, hubei, HUBEI_PROFILE)[0].expected).toBe('18');
    const national = withBudget([total({ v: 0.9, fmt: '0%' }, { weight: undefined, score: 10 })]);
    expect(run(PERF062, national)[0].expected).toBe('9');
  });

  it('scores from the rate when the amounts are missing', () => {
    const [f] = run(PERF062, withBudget([total({ v: 0.8, fmt: '0%' }, { budget: undefined, spent: undefined, score: 9 })]));
    expect(f.expected).toBe('8');
  });

  it('compares a score written as text at the decimals it shows: \'9.80\' is not 9.79', () => {
    const rate = { v: 0.9795, fmt: '0.00%' };
    const [f] = run(PERF062, withBudget([total({ v: 0.979, fmt: '0.0%' }, { budget: 200, spent: 195.8, score: '9.80' })]));
    expect([f.expected, f.found]).toEqual(['9.79', '9.8']);
    expect(run(PERF062, withBudget([total(rate, { budget: 200, spent: 195.9, score: '9.80' })]))).toEqual([]);
    expect(run(PERF062, withBudget([total({ v: 0.979, fmt: '0.0%' }, { budget: 200, spent: 195.8, score: '9.8' })]))).toEqual([]);
  });

  it('is silent on right scores, including over-execution capped at the weight', () => {
    expect(run(PERF062, withBudget([total({ v: 0.9, fmt: '0%' })]))).toEqual([]);
    expect(run(PERF062, withBudget([total({ v: 1.1, fmt: '0%' }, { spent: 110, score: 10 })]))).toEqual([]);
    expect(run(PERF062, huanggangTable(), HUBEI_PROFILE)).toEqual([]);
    expect(run(PERF062, suixiTable())).toEqual([]);
    expect(run(PERF062, yongdeTable())).toEqual([]);
  });
});

describe('PERF063 budget total differs from its sources', () => {
  const rows = (sources: Array<[number, number]>): BudgetRowSpec[] => [
    { label: '年度资金总额', isTotal: true, budget: 30, spent: 30, weight: 10, rate: { v: 1, fmt: '0%' }, score: 10 },
    ...sources.map(([budget, spent], i) => ({ label: ['其中：当年财政拨款', '上年结转资金', '其他资金'][i], budget, spent })),
  ];

  it('flags each column whose sources do not add up', () => {
    const findings = run(PERF063, withBudget(rows([[20, 20], [5, 10]])));
    expect(findings.map((f) => [f.cells[0], f.expected, f.found])).toEqual([['D2', '25', '30']]);
    expect(findings[0].message.zh).toBe('“年度资金总额”全年预算数 30 与 2 个分项之和 25 不符');
  });

  it('accepts sources listed twice (按收入性质分, then 按支出性质分), each list adding up to the total', () => {
    const twice: BudgetRowSpec[] = [
      { label: '年度资金总额', isTotal: true, initial: 3200, budget: 3580, spent: 3466.3, weight: 10, rate: { v: 0.968240223463687, fmt: '0.00%' }, score: 9.68 },
      { label: '一般公共预算', initial: 2900, budget: 3180, spent: 3092.5 },
      { label: '政府性基金预算', initial: 200, budget: 300, spent: 290 },
      { label: '其他资金', initial: 100, budget: 100, spent: 83.8 },
      { label: '基本支出', initial: 1200, budget: 1260, spent: 1255.1 },
      { label: '项目支出', initial: 2000, budget: 2320, spent: 2211.2 },
    ];
    expect(run(PERF063, withBudget(twice))).toEqual([]);
    const slip = twice.map((r) => (r.label === '项目支出' ? { ...r, spent: 2201.2 } : r));
    const [f] = run(PERF063, withBudget(slip));
    expect(f.message.zh).toBe('“年度资金总额”全年执行数 3466.3 与其中 2 个分项之和 3456.3 不符');
    expect(f.cells).toEqual(['E2', 'E6', 'E7']);
  });

  it('sums each group the form names on its own', () => {
    const table = withBudget([
      { label: '年度资金总额', isTotal: true, budget: 3580, spent: 3466.3, weight: 10, rate: { v: 0.968240223463687, fmt: '0.00%' }, score: 9.68 },
      { label: '一般公共预算', budget: 3180, spent: 3092.5 },
      { label: '政府性基金预算', budget: 300, spent: 290 },
      { label: '其他资金', budget: 100, spent: 83.8 },
      { label: '基本支出', budget: 1260, spent: 1255.1 },
      { label: '项目支出', budget: 2320, spent: 2201.2 },
    ]);
    const rows = table.budget?.rows ?? [];
    const grouped = {
      ...table,
      budget: {
        ...table.budget!,
        rows: rows.map((r, i) => (i === 0 ? r : { ...r, group: { text: i <= 3 ? '按收入性质分' : '按支出性质分', raw: null, ref: r.label.ref } })),
      },
    };
    const [f] = run(PERF063, grouped);
    expect(f.message.zh).toBe('“年度资金总额”全年执行数 3466.3 与“按支出性质分” 2 个分项之和 3456.3 不符');
  });

  it('is silent when they add up, with blanks and dashes, or with no total row', () => {
    expect(run(PERF063, withBudget(rows([[20, 20], [10, 10]])))).toEqual([]);
    expect(run(PERF063, suixiTable())).toEqual([]);
    expect(run(PERF063, yongdeTable())).toEqual([]);
    expect(run(PERF063, huanggangTable())).toEqual([]);
  });
});

describe('PERF064 adjusted budget equals spending', () => {
  it('notes a full-year budget cut to the amount spent', () => {
    const [f] = run(PERF064, withBudget([total({ v: 1, fmt: '0%' }, { initial: 100, budget: 70, spent: 70, score: 10 })]));
    expect(at([f])).toEqual(['PERF064@2']);
    expect(f.message.zh).toContain('年初预算数为 100（相差 30%）');
  });

  it('is silent on small adjustments, on unspent budgets, and without an initial budget', () => {
    expect(run(PERF064, withBudget([total({ v: 1, fmt: '0%' }, { initial: 100, budget: 90, spent: 90, score: 10 })]))).toEqual([]);
    expect(run(PERF064, withBudget([total({ v: 0.9, fmt: '0%' }, { initial: 150 })]))).toEqual([]);
    expect(run(PERF064, yongdeTable())).toEqual([]);
  });
});
