// PERF055 (completion text copies the goals) and PERF065 (年初预算数 blank on the budget total row).
import { HUBEI_PROFILE } from '../../../src/core/profile';
import { PERF055, PERF065 } from '../../../src/core/rules';
import { huanggangTable, suixiTable, yongdeTable } from './support/cases';
import { at, run } from './support/run';
import { SEED_GOALS, seedTable } from './support/seed';
import { tableOf, type BudgetSpec, type In } from './support/table';

const goals = (g: { initial?: string; adjusted?: string; achieved?: string }) => seedTable(undefined, { goals: g });

describe('PERF055 completion text copies the goals', () => {
  it('flags 永德: 实际完成情况 is 预期目标 word for word', () => {
    const findings = run(PERF055, yongdeTable());
    expect(at(findings)).toEqual(['PERF055@-']);
    expect(findings[0].cells).toEqual(['H5', 'B5']);
    expect(findings[0].message.zh).toBe('实际完成情况“确保每一个学生都能享受到国家政策福利,改善学生体质”与绩效目标（B5）文字完全相同，未写明实际完成了什么');
  });

  it('flags the seed (lead\'s decision: 完成情况照抄目标), once for the three identical texts', () => {
    const findings = run(PERF055, seedTable());
    expect(at(findings)).toEqual(['PERF055@-']);
    expect(findings[0].cells).toEqual(['H5', 'B5']);
  });

  it('compares after normalising spaces, line breaks, full-width forms and punctuation', () => {
    const copied = goals({ initial: '1、确保每一个学生都能享受到国家政策福利，改善学生体质；覆盖率１００％。', achieved: '1. 确保每一个学生都能享受到国家政策福利,\n改善学生体质; 覆盖率100%' });
    expect(at(run(PERF055, copied))).toEqual(['PERF055@-']);
    const traditional = goals({ initial: '保障監測數據合格，完成年度資料整編。', achieved: '保障監測數據合格,完成年度資料整編' });
    expect(at(run(PERF055, traditional))).toEqual(['PERF055@-']);
  });

  it('is silent when one figure differs (a real report that keeps the goals\' wording)', () => {
    expect(run(PERF055, goals({ initial: '培训农民 300 人次，合格率 95%', achieved: '培训农民 320 人次，合格率 95%' }))).toEqual([]);
  });

  it('flags a copy of the adjusted goals when the initial ones differ', () => {
    const [f] = run(PERF055, goals({ initial: '年初：培训 300 人次', adjusted: '调整后：培训 200 人次', achieved: '调整后：培训 200 人次' }));
    expect(f.cells).toEqual(['H5', 'E5']);
    expect(f.message.zh).toContain('与调整后目标（E5）文字完全相同');
  });

  it('is silent when initial and adjusted goals agree and the completion says what was done', () => {
    expect(run(PERF055, goals({ initial: SEED_GOALS, adjusted: SEED_GOALS, achieved: '全年发放各类补助 1.2 万人次，未发生安全生产责任事故。' }))).toEqual([]);
    expect(run(PERF055, suixiTable())).toEqual([]); // 年初设定目标 vs a real completion text
    expect(run(PERF055, huanggangTable(), HUBEI_PROFILE)).toEqual([]); // no goals block
  });

  it('is silent on empty or placeholder texts', () => {
    expect(run(PERF055, goals({ initial: '无', achieved: '无' }))).toEqual([]);
    expect(run(PERF055, goals({ initial: '完成', achieved: '完成' }))).toEqual([]);
    expect(run(PERF055, goals({ initial: SEED_GOALS }))).toEqual([]);
  });
});

type BudgetRowSpec = BudgetSpec['rows'][number];
const withBudget = (rows: BudgetRowSpec[]) =>
  tableOf({
    family: 'A',
    rows: [{ level1: '产出指标', name: '培训人次', unit: '人次', op: '≥', target: 300, weight: 90, actual: 320, score: 90 }],
    budget: { rows },
  });
const totalRow = (initial: In | undefined): BudgetRowSpec => ({
  label: '年度资金总额', isTotal: true, initial, budget: 480, spent: 468.5, weight: 10, rate: { v: 0.976, fmt: '0.00%' }, score: 9.76,
});

describe('PERF065 年初预算数 blank on the total row', () => {
  it('flags 永德\'s 年度资金总额: 全年预算数 387664.62 beside an empty 年初预算数', () => {
    const findings = run(PERF065, yongdeTable());
    expect(at(findings)).toEqual(['PERF065@2']);
    expect(findings[0].cells).toEqual(['C2', 'D2']);
    expect(findings[0].message.zh).toBe('“年度资金总额”全年预算数为 387664.62，年初预算数却为空');
    expect(findings[0].fix).toBeUndefined();
  });

  it('flags a blank (or spaces-only) 年初预算数 and accepts 0 and a dash as answers', () => {
    expect(at(run(PERF065, withBudget([totalRow('')])))).toEqual(['PERF065@2']);
    expect(at(run(PERF065, withBudget([totalRow('  ')])))).toEqual(['PERF065@2']);
    expect(run(PERF065, withBudget([totalRow(0)]))).toEqual([]);
    expect(run(PERF065, withBudget([totalRow('—')]))).toEqual([]);
    expect(run(PERF065, withBudget([totalRow(500)]))).toEqual([]);
  });

  it('looks only at the total row, not at fund-source rows', () => {
    const rows = [totalRow(500), { label: '其中：当年财政拨款', initial: '', budget: 480, spent: 468.5 }];
    expect(run(PERF065, withBudget(rows))).toEqual([]);
  });

  it('is silent where the form has no 年初预算数 column (suixi, 黄冈) or no 全年预算数', () => {
    expect(run(PERF065, suixiTable())).toEqual([]);
    expect(run(PERF065, huanggangTable(), HUBEI_PROFILE)).toEqual([]);
    expect(run(PERF065, withBudget([{ ...totalRow(''), budget: '' }]))).toEqual([]);
    expect(run(PERF065, seedTable())).toEqual([]);
  });
});
