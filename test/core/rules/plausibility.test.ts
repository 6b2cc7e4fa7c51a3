// PERF050–PERF054: copied actuals, placeholder numbers, double counting, goals against indicators,
// template leftovers.
import { PERF050, PERF051, PERF052, PERF053, PERF054 } from '../../../src/core/rules';
import { NATIONAL_PROFILE } from '../../../src/core/profile';
import type { Profile } from '../../../src/core/profile/types';
import { huanggangTable, suixiTable, yongdeTable } from './support/cases';
import { at, run } from './support/run';
import { SEED_GOALS, seedRow, seedTable } from './support/seed';
import { tableOf, type RowSpec } from './support/table';

const edit = (name: string, change: Partial<RowSpec>) => seedTable((row) => (row.name === name ? { ...row, ...change } : undefined));

describe('PERF050 actuals nearly all equal the targets', () => {
  it('notes the seed (every comparable actual equals its target), over the actual column', () => {
    const [f] = run(PERF050, seedTable());
    expect(f.severity).toBe('info');
    expect(f.cells).toEqual(['H8:H36']);
    expect(f.message.zh).toContain('20 个定量指标中有 20 个');
  });

  it('is silent when enough actuals differ, on short tables, and on the cases', () => {
    const varied = seedTable((row, i) => (i % 4 === 1 && typeof row.actual === 'number' ? { ...row, actual: row.actual + 1 } : undefined));
    expect(run(PERF050, varied)).toEqual([]);
    expect(run(PERF050, suixiTable())).toEqual([]);
    expect(run(PERF050, yongdeTable())).toEqual([]);
    expect(run(PERF050, huanggangTable())).toEqual([]); // five rows, mostly 100% = 100%
  });

  it('follows the profile\'s share', () => {
    const oneOff = edit('主题党日活动', { actual: 210 }); // 19 of 20 = 95%
    expect(run(PERF050, oneOff)).toHaveLength(1);
    expect(run(PERF050, oneOff, { ...NATIONAL_PROFILE, allEqualShare: '0.96' })).toEqual([]);
  });
});

describe('PERF051 placeholder-like value', () => {
  it('notes 123.45 on 生产总产值 and a 12345 budget amount', () => {
    const [f] = run(PERF051, seedTable());
    expect([f.row, f.cells, f.found]).toEqual([seedRow('生产总产值'), ['F27', 'H27'], '123.45']);
    const budget = tableOf({
      rows: [{ name: '培训人次', unit: '人次', op: '≥', target: 300, weight: 90, actual: 320, score: 90 }],
      budget: { rows: [{ label: '年度资金总额', isTotal: true, initial: 12345, budget: 200, spent: 196 }] },
    });
    expect(run(PERF051, budget).map((x) => x.cells)).toEqual([['C2']]);
  });

  it('is silent on near misses and when the profile lists no values', () => {
    expect(run(PERF051, edit('生产总产值', { target: 123.4, actual: 123.46 }))).toEqual([]);
    expect(run(PERF051, seedTable(), { ...NATIONAL_PROFILE, placeholderValues: [] })).toEqual([]);
  });
});

describe('PERF052 one measure counted twice', () => {
  it('flags 预算完成率 repeating 全年预算执行率\'s 99.74', () => {
    const [f] = run(PERF052, seedTable());
    expect(f.row).toBe(seedRow('预算完成率'));
    expect(f.cells).toEqual(['B21', 'H21', 'H7']);
  });

  it('flags a 预算执行率 indicator when the budget block is already scored', () => {
    const table = tableOf({
      family: 'A',
      rows: [
        { level1: '产出指标', name: '培训人次', unit: '人次', op: '≥', target: 300, weight: 80, actual: 320, score: 80 },
        { level1: '效益指标', name: '项目预算执行率', unit: '%', op: '≥', target: 95, weight: 10, actual: 98, score: 10 },
      ],
      budget: { rows: [{ label: '年度资金总额', isTotal: true, budget: 100, spent: 98, weight: 10, rate: { v: 0.98, fmt: '0%' }, score: 9.8 }] },
    });
    const [f] = run(PERF052, table);
    expect(f.row).toBe(8);
    expect(f.message.zh).toContain('已按 10 分单独计分');
  });

  it('recognises 預算執行率 in a traditional copy', () => {
    const table = seedTable((row) => (row.name === '预算完成率' ? { ...row, name: '預算執行率' } : undefined));
    expect(at(run(PERF052, table))).toEqual([`PERF052@${seedRow('预算完成率')}`]);
  });

  it('is silent on two budget measures with different values, and on 资金到位及时率', () => {
    expect(run(PERF052, edit('预算完成率', { actual: 98.5 }))).toEqual([]);
    expect(run(PERF052, yongdeTable())).toEqual([]);
    expect(run(PERF052, suixiTable())).toEqual([]);
  });
});

describe('PERF053 goals contradict an indicator', () => {
  const goals = (text: string) => ({ initial: text, adjusted: text, achieved: text });

  it('flags the seed\'s ≤1 accident against 无一例 once, though the goals text appears three times', () => {
    expect(at(run(PERF053, seedTable()))).toEqual([`PERF053@${seedRow('安全生产责任事故')}`]);
  });

  it('reads 杜绝 before, 为零 after, and measure words after the name', () => {
    const t1 = edit('安全生产责任事故', { name: '安全生产责任事故发生次数', target: 2 });
    expect(run(PERF053, { ...t1, goals: seedTable(undefined, { goals: goals('坚决杜绝安全生产责任事故。') }).goals })).toHaveLength(1);
    const t2 = seedTable(undefined, { goals: goals('全年安全生产责任事故为零；') });
    expect(run(PERF053, t2)).toHaveLength(1);
  });

  it('flags 100% in the goals against a lower ≥ rate', () => {
    const table = seedTable((row) => (row.name === '反诈宣传入户率' ? { ...row, target: 90, actual: 92 } : undefined), {
      goals: goals('1、反诈宣传入户率达到100%；2、保障民生。'),
    });
    const [f] = run(PERF053, table);
    expect([f.row, f.expected, f.found]).toEqual([seedRow('反诈宣传入户率'), '100', '90']);
  });

  it('is silent when the goals and the indicator agree, or the goals do not mention it', () => {
    expect(run(PERF053, edit('安全生产责任事故', { target: 0, actual: 0 }))).toEqual([]);
    expect(run(PERF053, seedTable(undefined, { goals: goals('加强安全生产责任事故防范，开展检查120次。') }))).toEqual([]);
    expect(run(PERF053, seedTable(undefined, { goals: goals(SEED_GOALS.replace('无一例', '')) }))).toEqual([]);
    expect(run(PERF053, yongdeTable())).toEqual([]);
  });
});

describe('PERF054 template placeholder left', () => {
  it('flags the suixi names, once per cell', () => {
    expect(at(run(PERF054, suixiTable()))).toEqual([12, 13, 14, 15, 16, 17, 18, 19, 20, 21].map((r) => `PERF054@${r}`).sort());
  });

  it('flags 指标1： with nothing after it, instructions in the goals, ellipses in notes, full-width stars', () => {
    const table = tableOf({
      family: 'A',
      columns: { level1: 'A', level2: 'B', name: 'C', target: 'D', actual: 'E', weight: 'F', score: 'G', note: 'H' },
      goals: { initial: '（100字以内）', achieved: '完成年度目标' },
      rows: [
        { level1: '产出指标', level2: '数量指标', name: '指标1：', target: '≥300人次', actual: '320人次', weight: 10, score: 10 },
        { level2: '质量指标', name: '指标2：培训合格率', target: '≥95%', actual: '97%', weight: 10, score: 10, note: '……' },
        { level2: '时效指标', name: '完成时限', target: '≥＊＊天', actual: '30天', weight: 10, score: 10 },
      ],
    });
    const findings = run(PERF054, table);
    expect(findings.map((f) => [f.cells[0], f.row])).toEqual([
      ['B5', undefined],
      ['C7', 7],
      ['H8', 8],
      ['D9', 9],
    ]);
  });

  it('is silent on filled-in forms', () => {
    expect(run(PERF054, seedTable())).toEqual([]);
    expect(run(PERF054, yongdeTable())).toEqual([]);
    const custom: Profile = { ...NATIONAL_PROFILE, placeholderPatterns: [] };
    expect(run(PERF054, suixiTable(), custom)).toEqual([]);
  });
});
