// The seed gives exactly the agreed findings, and PERF055 (added after that list was agreed: the lead's
// decision — its 全年目标实际完成情况 copies the goals word for word), and nothing else.
import { validate } from '../../../src/core/check';
import { NATIONAL_PROFILE } from '../../../src/core/profile';
import { seedRow, seedTable } from './support/seed';

describe('the seed table (西永街道2022, family C)', () => {
  const findings = validate({ tables: [seedTable()] }, NATIONAL_PROFILE);
  const got = findings.map((f) => `${f.rule}@${f.row ?? '-'}`).sort();

  it('gives exactly the expected findings', () => {
    const expected = [
      'PERF030@-',
      `PERF021@${seedRow('预算完成率')}`,
      `PERF040@${seedRow('全年预算执行率')}`,
      `PERF040@${seedRow('预算完成率')}`,
      `PERF004@${seedRow('全年预算执行率')}`,
      ...['就业保障', '民生保障', '群众安全感、幸福感、获得感增强', '水库安全性提升'].map((n) => `PERF013@${seedRow(n)}`),
      'PERF050@-',
      `PERF051@${seedRow('生产总产值')}`,
      `PERF052@${seedRow('预算完成率')}`,
      `PERF053@${seedRow('安全生产责任事故')}`,
      'PERF055@-',
    ].sort();
    expect(got).toEqual(expected);
  });

  it('states PERF021 on 预算完成率 with the numbers and a certain fix to 2.62', () => {
    const f = findings.find((x) => x.rule === 'PERF021');
    expect(f).toBeDefined();
    expect(f?.cells[0]).toBe('I21');
    expect(f?.expected).toBe('2.62');
    expect(f?.found).toBe('2.63');
    expect(f?.message.zh).toContain('得分 2.63 与计算得分 2.62 不符：完成值 99.74% 未达到指标值 ≥100%');
    expect(f?.message.en).toContain('Score 2.63 differs from the computed 2.62'.replace('Score', 'score'));
    expect(f?.fix?.changes).toEqual([{ sheet: 'Sheet1', address: 'I21', before: { value: 2.63 }, after: { value: 2.62 } }]);
  });

  it('hints at the only 2.63 among the 2.7s for PERF030, without a fix', () => {
    const f = findings.find((x) => x.rule === 'PERF030');
    expect(f?.expected).toBe('100');
    expect(f?.found).toBe('99.93');
    expect(f?.message.zh).toContain('唯一的 2.63（其余多为 2.7');
    expect(f?.cells[0]).toBe('G21');
    expect(f?.fix).toBeUndefined();
  });

  it('names the goals sentence for PERF053', () => {
    const f = findings.find((x) => x.rule === 'PERF053');
    expect(f?.message.zh).toContain('无一例安全生产责任事故');
    expect(f?.message.zh).toContain('≤1');
    expect(f?.cells).toEqual([`F${seedRow('安全生产责任事故')}`, 'B5']);
  });
});
