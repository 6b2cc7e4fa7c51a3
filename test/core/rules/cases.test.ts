// The three real tables (/work/shared/cases) give the anomalies their case files list, and no others.
import { validate } from '../../../src/core/check';
import type { Finding } from '../../../src/core/findings/types';
import { HUBEI_PROFILE, NATIONAL_PROFILE } from '../../../src/core/profile';
import { huanggangTable, suixiTable, yongdeTable } from './support/cases';

const ids = (findings: readonly Finding[]) => findings.map((f) => `${f.rule}@${f.row ?? '-'}`).sort();
const one = (findings: readonly Finding[], rule: string, row: number) => {
  const hits = findings.filter((f) => f.rule === rule && f.row === row);
  expect(hits).toHaveLength(1);
  return hits[0];
};

describe('suixi-2019 临时救助 (family E)', () => {
  const findings = validate({ tables: [suixiTable()] }, NATIONAL_PROFILE);

  it('flags the unmet ≥ and the violated ≤ given full marks, the unexplained one, the placeholders — and the cut row', () => {
    expect(ids(findings)).toEqual(
      [
        'PERF021@15', // 特困人员救助供养人数 4604 < 4754: 4.84, not 5 (a note is given: no PERF040)
        'PERF021@19', // 扶贫临时救助标准 5830 > 5300: 9.09, not 10
        'PERF040@19', // … and no explanation
        ...[12, 13, 14, 15, 16, 17, 18, 19, 20, 21].map((r) => `PERF054@${r}`), // (≥**人), (<**元/户·年), ≥**%
        'PERF034@20', // item 5: 受益建档立卡贫困人口数 carries 30 of 100, all 30 效益 points
        'PERF011@21', // the published copy is cut in the 满意度 row: no actual…
        'PERF010@21', // …and the target '>=9…' is cut too: no number
      ].sort(),
    );
  });

  it('computes 4.84 and 9.09 with fixes', () => {
    const unmet = one(findings, 'PERF021', 15);
    expect([unmet.expected, unmet.found]).toEqual(['4.84', '5']);
    expect(unmet.message.zh).toContain('完成值 4604人 未达到指标值 >=4754人');
    expect(unmet.fix?.changes[0]).toMatchObject({ address: 'G15', before: { value: 5 }, after: { value: 4.84 } });
    const violated = one(findings, 'PERF021', 19);
    expect([violated.expected, violated.found]).toEqual(['9.09', '10']);
    expect(violated.message.zh).toContain('完成值 5830元/户 超过指标值 <=5300元/户');
  });

  it('quotes the placeholder and the stars', () => {
    const f = one(findings, 'PERF054', 12);
    expect(f.message.zh).toContain('“≥**”');
    expect(f.message.zh).toContain('★★★');
    expect(one(findings, 'PERF054', 19).message.zh).toContain('“<**”');
  });
});

describe('yongde-2022 营养改善计划 (family A′)', () => {
  const findings = validate({ tables: [yongdeTable()] }, NATIONAL_PROFILE);

  it('flags the docked met indicator, the mis-scored 知晓率, both unexplained, the 40/30/20/10 split, ≧/═, the blank 年初预算数 and the copied goals', () => {
    expect(ids(findings)).toEqual(
      [
        'PERF021@17', 'PERF021@20', 'PERF040@17', 'PERF040@20', // items 1–2
        'PERF033@-', // item 3
        'PERF005@-', // item 4: ≧ and ═
        'PERF065@2', // item 6: 年初预算数 blank on 年度资金总额
        'PERF055@-', // item 6: 实际完成情况 = 预期目标
      ].sort(),
    );
  });

  it('leaves the empty 生态效益指标 alone: its 一级 效益指标 holds indicators', () => {
    expect(findings.filter((f) => f.rule === 'PERF036')).toEqual([]);
  });

  it('gives the numbers of the case file', () => {
    expect([one(findings, 'PERF021', 17).expected, one(findings, 'PERF021', 17).found]).toEqual(['10', '7']);
    expect(one(findings, 'PERF021', 17).message.zh).toContain('已达到指标值 ≥100%，应得满分 10');
    expect([one(findings, 'PERF021', 20).expected, one(findings, 'PERF021', 20).found]).toEqual(['9.8', '9']);
    const split = findings.find((f) => f.rule === 'PERF033');
    expect([split?.expected, split?.found]).toEqual(['50/30/10/10', '40/30/20/10']);
  });
});

describe('huanggang-2020 水土保持监测 (family F, Hubei profile)', () => {
  const findings = validate({ tables: [huanggangTable()] }, HUBEI_PROFILE);

  it('flags the satisfaction row scored as rate × weight, the blank explanation, the misfiled row and goal 2\'s empty categories', () => {
    expect(ids(findings)).toEqual(['PERF021@11', 'PERF035@11', 'PERF036@16', 'PERF036@17', 'PERF040@11']);
    const f = one(findings, 'PERF021', 11);
    expect([f.expected, f.found]).toEqual(['20', '19.6']);
    expect(f.message.zh).toContain('表中未列权重，按应得总分推算为 20');
    expect(one(findings, 'PERF040', 11).cells[0]).toBe('C19'); // the blank 偏差大或目标未完成原因分析
    expect(one(findings, 'PERF035', 11).message.zh).toBe('指标“整編資料審核”归在“服務對象滿意度指標”下，但它不是满意度指标');
    expect(one(findings, 'PERF036', 16).cells).toEqual(['A16', 'B16']);
  });

  it('under the national profile also notes the 20-point budget block against the standard 10', () => {
    const national = validate({ tables: [huanggangTable()] }, NATIONAL_PROFILE);
    expect(ids(national)).toEqual(['PERF021@11', 'PERF033@-', 'PERF035@11', 'PERF036@16', 'PERF036@17', 'PERF040@11']);
  });
});
