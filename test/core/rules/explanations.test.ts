// PERF040–PERF041: shortfalls and large surpluses need an explanation.
import { PERF040, PERF041 } from '../../../src/core/rules';
import { HUBEI_PROFILE, NATIONAL_PROFILE } from '../../../src/core/profile';
import type { Profile } from '../../../src/core/profile/types';
import { huanggangTable, suixiTable, yongdeTable } from './support/cases';
import { at, run } from './support/run';
import { seedRow, seedTable } from './support/seed';
import { tableOf, type RowSpec } from './support/table';

const edit = (name: string, change: Partial<RowSpec>) => seedTable((row) => (row.name === name ? { ...row, ...change } : undefined));
const SICHUAN: Profile = { ...NATIONAL_PROFILE, id: 'sichuan', budgetReasonBelow: '90' };

describe('PERF040 shortfall without explanation', () => {
  it('flags the seed\'s two budget rows, pointing at the empty 说明 cell', () => {
    const findings = run(PERF040, seedTable());
    expect(findings.map((f) => f.row)).toEqual([seedRow('全年预算执行率'), seedRow('预算完成率')]);
    expect(findings[0].cells[0]).toBe('J7');
    expect(findings[0].message.zh).toContain('完成值 99.74，指标值 =100；得分 9.97／权重 10');
  });

  it('treats 无 and / as no explanation, and a real note as one', () => {
    expect(run(PERF040, edit('预算完成率', { note: '无' })).map((f) => f.row)).toContain(seedRow('预算完成率'));
    expect(run(PERF040, edit('预算完成率', { note: '/' })).map((f) => f.row)).toContain(seedRow('预算完成率'));
    expect(run(PERF040, edit('预算完成率', { note: '部分项目年末未完成结算' })).map((f) => f.row)).not.toContain(seedRow('预算完成率'));
  });

  it('flags a docked score on a met row (yongde 资金到位及时率 7 of 10) and is silent on met full-mark rows', () => {
    expect(at(run(PERF040, yongdeTable()))).toEqual(['PERF040@17', 'PERF040@20']);
    expect(at(run(PERF040, suixiTable()))).toEqual(['PERF040@19']); // row 15 is explained
  });

  it('uses the Hubei form\'s table-wide 偏差原因 block', () => {
    expect(at(run(PERF040, huanggangTable(), HUBEI_PROFILE))).toEqual(['PERF040@11']);
    const explained = { ...huanggangTable(), explanation: { text: '满意度按 98% 折算，已更正', raw: '满意度按 98% 折算，已更正', ref: { sheet: '項目自評表', row: 19, col: 3, address: 'C19' } } };
    expect(run(PERF040, explained, HUBEI_PROFILE)).toEqual([]);
  });

  it('is silent on forms with nowhere to write a reason (Chongqing 是否核心指标 layout)', () => {
    const table = tableOf({
      columns: { name: 'B', op: 'C', unit: 'D', target: 'F', actual: 'G', coefficient: 'H', weight: 'I', score: 'J', core: 'K' },
      rows: [{ name: '餐厨垃圾收运量', op: '定量指标', unit: '吨/日', target: '≥260', actual: 248, coefficient: 95.38, weight: 6, score: 5.72 }],
    });
    expect(run(PERF040, table)).toEqual([]);
  });

  it('asks for a reason for budget execution below the profile\'s threshold (Sichuan 90%) only', () => {
    const low = (note?: string) =>
      tableOf({
        family: 'D',
        rows: [{ name: '培训人次', unit: '人次', op: '≥', target: 300, weight: 90, actual: 320, score: 90 }],
        budget: { rows: [{ label: '总额', isTotal: true, budget: 100, spent: 85, weight: 10, rate: { v: 0.85, fmt: '0.00%' }, score: 8.5, note }] },
      });
    const [f] = run(PERF040, low(), SICHUAN);
    // A reason is missing: the threshold is not an expected value, so neither is in expected/found.
    expect([f.row, f.expected, f.found]).toEqual([2, undefined, undefined]);
    expect(f.message.zh).toBe('预算执行率 85% 低于 90%，但没有说明原因');
    expect(run(PERF040, low('项目延期，已申请结转'), SICHUAN)).toEqual([]);
    expect(run(PERF040, low())).toEqual([]);
  });
});

describe('PERF041 large over-achievement unexplained', () => {
  it('flags an actual at 160% of a ≥ target with no note', () => {
    const [f] = run(PERF041, edit('主题党日活动', { actual: 320 }));
    expect(f.row).toBe(seedRow('主题党日活动'));
    expect(f.message.zh).toContain('是指标值 ≥200 的 160%（≥150%）');
    expect(f.cells).toEqual([`H${seedRow('主题党日活动')}`, `F${seedRow('主题党日活动')}`]);
  });

  it('is silent with a note, below the ratio, on ≤ targets, and on aligned percentages', () => {
    expect(run(PERF041, edit('主题党日活动', { actual: 320, note: '新增专题活动' }))).toEqual([]);
    expect(run(PERF041, edit('主题党日活动', { actual: 280 }))).toEqual([]);
    expect(run(PERF041, edit('安全生产责任事故', { actual: 0 }))).toEqual([]);
    expect(run(PERF041, edit('固定资产利用率', { actual: { v: 0.96, fmt: 'General' } }))).toEqual([]);
    expect(run(PERF041, suixiTable())).toEqual([]); // 87 of ≥59 is 147%
  });

  it('follows the profile\'s ratio', () => {
    const strict: Profile = { ...NATIONAL_PROFILE, overAchievementRatio: '1.2' };
    expect(at(run(PERF041, suixiTable(), strict))).toEqual(['PERF041@14', 'PERF041@18']);
  });
});
