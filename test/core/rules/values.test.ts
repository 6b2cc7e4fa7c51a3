// PERF010–PERF014: target and actual values that cannot be read, are missing, out of range, not a
// grade, or not measured.
import { PERF010, PERF011, PERF012, PERF013, PERF014 } from '../../../src/core/rules';
import { huanggangTable, suixiTable, yongdeTable } from './support/cases';
import { at, run } from './support/run';
import { seedRow, seedTable } from './support/seed';
import { tableOf } from './support/table';

const edit = (name: string, change: Record<string, unknown>) =>
  seedTable((row) => (row.name === name ? { ...row, ...change } : undefined));

describe('PERF010 quantitative value not a number', () => {
  it('flags a word target and a word actual on a ≥ row', () => {
    const target = run(PERF010, edit('主题党日活动', { target: '见附件' }));
    expect(at(target)).toEqual([`PERF010@${seedRow('主题党日活动')}`]);
    expect(target[0].message.zh).toContain('指标值“见附件”不是数字');
    expect(target[0].cells).toEqual([`F${seedRow('主题党日活动')}`]);
    const actual = run(PERF010, edit('主题党日活动', { actual: '正在统计' }));
    expect(actual[0].message.zh).toContain('完成值“正在统计”不是数字');
  });

  it('does not call a measurement in an unusual unit a word (≤250/10万, 218.6/10万: numbers with their unit)', () => {
    const table = edit('主题党日活动', { unit: undefined, target: '≤250/10万', actual: '218.6/10万' });
    expect(run(PERF010, table)).toEqual([]);
  });

  it('reports a value cut off in the published copy (suixi\'s 满意度 target ">=9…"): it is no number', () => {
    const findings = run(PERF010, suixiTable());
    expect(at(findings)).toEqual(['PERF010@21']);
    expect(findings[0].message.zh).toContain('指标值“>=9…”不是数字');
  });

  it('flags a target that starts with a number but is a sentence', () => {
    expect(at(run(PERF010, edit('主题党日活动', { target: '≥3个村，已完成' })))).toEqual([`PERF010@${seedRow('主题党日活动')}`]);
  });

  it('leaves target-like actuals to PERF014, and is silent on 定性 rows and on values with units', () => {
    expect(run(PERF010, edit('主题党日活动', { actual: '达到预期' }))).toEqual([]);
    expect(run(PERF010, seedTable())).toEqual([]);
    expect(run(PERF010, suixiTable()).filter((f) => f.row !== 21)).toEqual([]);
    expect(run(PERF010, yongdeTable())).toEqual([]);
  });
});

describe('PERF011 actual missing', () => {
  it('flags a blank actual and a dash', () => {
    expect(at(run(PERF011, edit('绿化率', { actual: undefined })))).toEqual([`PERF011@${seedRow('绿化率')}`]);
    const [dash] = run(PERF011, edit('绿化率', { actual: '—' }));
    expect(dash.message.zh).toContain('填的是“—”');
    expect(dash.cells).toEqual([`H${seedRow('绿化率')}`]);
  });

  it('is silent on not-applicable rows and on forms without an actual column (family G)', () => {
    expect(run(PERF011, edit('绿化率', { actual: undefined, applicable: false }))).toEqual([]);
    const g = tableOf({
      family: 'G',
      columns: { level1: 'A', level2: 'B', name: 'C', weight: 'E', score: 'F', note: 'G' },
      rows: [{ level1: '投入', level2: '预算编制', name: '目标设定', weight: 4, score: 4 }],
    });
    expect(run(PERF011, g)).toEqual([]);
    expect(run(PERF011, seedTable())).toEqual([]);
  });
});

describe('PERF012 capped percentage outside 0–100', () => {
  it('flags 满意度 above 100% and 执行率 below 0', () => {
    const over = run(PERF012, edit('群众满意度', { actual: 105 }));
    expect(at(over)).toEqual([`PERF012@${seedRow('群众满意度')}`]);
    expect(over[0].message.zh).toContain('满意度');
    expect([over[0].expected, over[0].found]).toEqual(['100', '105']);
    const under = run(PERF012, edit('政府采购执行率', { actual: -3 }));
    expect(under[0].message.zh).toContain('低于 0%');
  });

  it('reads names in a copy converted to traditional characters (滿意度)', () => {
    expect(run(PERF012, edit('群众满意度', { name: '群眾滿意度', actual: 105 }))).toHaveLength(1);
  });

  it('reads 1.05 formatted as % as 105', () => {
    expect(run(PERF012, edit('群众满意度', { actual: { v: 1.05, fmt: '0%' } }))).toHaveLength(1);
  });

  it('is silent on 满意度 scored in points, on rates that may exceed 100 (增长率), and on the seed', () => {
    expect(run(PERF012, edit('群众满意度', { unit: '分', target: 92, actual: 105 }))).toEqual([]);
    expect(run(PERF012, edit('规上工业总产值同比增长率', { actual: 150 }))).toEqual([]);
    expect(run(PERF012, seedTable())).toEqual([]);
    expect(run(PERF012, yongdeTable())).toEqual([]);
  });
});

describe('PERF013 qualitative actual not a grade', () => {
  it('flags the seed\'s four 定性 rows whose actual is 1', () => {
    const findings = run(PERF013, seedTable());
    expect(at(findings)).toEqual(
      ['就业保障', '民生保障', '群众安全感、幸福感、获得感增强', '水库安全性提升'].map((n) => `PERF013@${seedRow(n)}`).sort(),
    );
    expect(findings[0].message.zh).toContain('完成值是数字“1”，不是等级（指标值为“优”）');
  });

  it('flags a word that maps to no tier', () => {
    const [f] = run(PERF013, edit('就业保障', { actual: '正常推进' }));
    expect(f.message.zh).toContain('无法归入');
  });

  it('accepts grades, tier words and the target\'s own word, and leaves blanks to PERF011', () => {
    const words = seedTable((row) => {
      if (row.name === '就业保障') return { ...row, actual: '良' };
      if (row.name === '民生保障') return { ...row, actual: '较差' };
      if (row.name === '群众安全感、幸福感、获得感增强') return { ...row, actual: '有所增加' };
      if (row.name === '水库安全性提升') return { ...row, actual: undefined };
      return undefined;
    });
    expect(run(PERF013, words)).toEqual([]);
    expect(run(PERF013, yongdeTable())).toEqual([]); // 有效
  });
});

describe('PERF014 actual not measured', () => {
  it('flags an actual with an operator and a completion word on a numeric target', () => {
    const op = run(PERF014, edit('固定资产利用率', { actual: '≥95%' }));
    expect(at(op)).toEqual([`PERF014@${seedRow('固定资产利用率')}`]);
    expect(op[0].message.zh).toContain('带有比较符');
    const word = run(PERF014, edit('主题党日活动', { actual: '完成' }));
    expect(word[0].message.zh).toContain('不是实测值');
  });

  it('is silent on measured values and on 定性 rows that say 达到预期', () => {
    expect(run(PERF014, edit('固定资产利用率', { actual: '96.3%' }))).toEqual([]);
    expect(run(PERF014, edit('就业保障', { actual: '达到预期' }))).toEqual([]);
    expect(run(PERF014, seedTable())).toEqual([]);
    expect(run(PERF014, suixiTable())).toEqual([]);
    expect(run(PERF014, huanggangTable())).toEqual([]);
  });
});
