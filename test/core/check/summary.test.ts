// TableSummary: the figures the pane, the CLI and the report sheet show for each table.
import { summariseTable, toCliFinding, toCliTable, validate } from '../../../src/core/check';
import { HUBEI_PROFILE, NATIONAL_PROFILE } from '../../../src/core/profile';
import { huanggangTable, yongdeTable } from '../rules/support/cases';
import { seedTable } from '../rules/support/seed';
import { tableOf, type RowSpec } from '../rules/support/table';

describe('summariseTable', () => {
  it('gives the seed\'s figures: weights 99.93, scores 99.90 (its scores show 2 decimals), stated 99.9, computed 99.89', () => {
    expect(summariseTable(seedTable(), NATIONAL_PROFILE)).toEqual({
      sheet: 'Sheet1',
      range: 'A1:J36',
      family: 'C',
      indicators: 30,
      weightSum: '99.93',
      expectedWeight: '100',
      scoreSum: '99.90', // "score sum 99.90" — 9.97 and 2.63 show two decimals
      statedTotal: '99.9', // as written in 自评总分
      computedTotal: '99.89', // 2.62 instead of 2.63 on 预算完成率
      grade: '优',
      blocks: [],
    });
  });

  it('counts the budget block and sums blocks with their stated weights (yongde)', () => {
    const s = summariseTable(yongdeTable(), NATIONAL_PROFILE);
    expect([s.weightSum, s.scoreSum, s.statedTotal, s.computedTotal, s.grade, s.statedGrade]).toEqual(['100', '96', '96', '99.8', '优', '优']);
    expect(s.budget).toEqual({ budget: '387664.62', spent: '387664.62', rate: '100', weight: '10', score: '10', computedScore: '10' });
  });

  it('sums each block, stated and computed', () => {
    const table = tableOf({
      family: 'A',
      firstRow: 12,
      columns: { level1: 'A', level2: 'B', name: 'C', target: 'D', actual: 'E', weight: 'F', score: 'G', note: 'H' },
      blocks: [
        { label: '产出指标（50分）', weight: '50', firstRow: 12, lastRow: 13 },
        { label: '效益指标（30分）', weight: '30', firstRow: 14, lastRow: 14 },
      ],
      rows: [
        { level1: '产出指标（50分）', name: '培训人次', target: '≥300人次', actual: '270人次', weight: 25, score: 25 },
        { name: '培训合格率', target: '≥95%', actual: '97%', weight: 25, score: 25 },
        { level1: '效益指标（30分）', name: '持证上岗率', target: '≥90%', actual: '92%', weight: 30, score: 30 },
      ],
    });
    expect(summariseTable(table, NATIONAL_PROFILE).blocks).toEqual([
      { kind: 'output', label: '产出指标（50分）', weight: '50', statedWeight: '50', score: '50', computedScore: '47.5' },
      { kind: 'benefit', label: '效益指标（30分）', weight: '30', statedWeight: '30', score: '30', computedScore: '30' },
    ]);
  });

  it('rescales the computed total when indicators are not applicable', () => {
    const rows: RowSpec[] = [
      { name: '培训人次', unit: '人次', op: '≥', target: 300, actual: 320, weight: 45, score: 45 },
      { name: '培训合格率', unit: '%', op: '≥', target: 95, actual: '不适用', weight: 45, applicable: false },
      { name: '学员满意度', unit: '%', op: '≥', target: 90, actual: 81, weight: 10, score: 9 },
    ];
    const s = summariseTable(tableOf({ rows }), NATIONAL_PROFILE);
    // (45 + 9) ÷ (45 + 10) × 100 = 98.1818… → 98.18
    expect([s.weightSum, s.scoreSum, s.computedTotal, s.grade]).toEqual(['100', '54', '98.18', '优']);
  });

  it('infers Hubei weights and gives the total the form should state (100.0, not 99.6)', () => {
    const s = summariseTable(huanggangTable(), HUBEI_PROFILE);
    // Weights are inferred (no cell shows them): as exact as they are. Scores show one decimal (19.6).
    expect([s.weightSum, s.scoreSum, s.statedTotal, s.computedTotal]).toEqual(['100', '99.6', '99.6', '100.0']);
    expect(s.budget).toMatchObject({ rate: '100', weight: '20', score: '20', computedScore: '20' });
  });

  it('keeps the decimals the cells display: a 0.00 format shows 100.00, text "9.50" counts two decimals', () => {
    const rows: RowSpec[] = [
      { name: '培训人次', unit: '人次', op: '≥', target: 300, actual: 320, weight: { v: 45, fmt: '0.00' }, score: { v: 45, fmt: '0.00' } },
      { name: '培训合格率', unit: '%', op: '≥', target: 95, actual: 96, weight: { v: 45, fmt: '0.00' }, score: { v: 45, fmt: '0.00' } },
      { name: '学员满意度', unit: '%', op: '≥', target: 90, actual: 86, weight: 10, score: { v: 9.5, fmt: '0.00' } },
    ];
    const s = summariseTable(tableOf({ rows }), NATIONAL_PROFILE);
    // 10 × 86 ÷ 90 = 9.5555… → 9.56 at the row's two decimals; the total 99.56.
    expect([s.weightSum, s.scoreSum, s.computedTotal]).toEqual(['100.00', '99.50', '99.56']);
    const text = rows.map((r, i) => ({ ...r, score: ['45', '45.0', '9.50'][i] }));
    expect(summariseTable(tableOf({ rows: text }), NATIONAL_PROFILE).scoreSum).toBe('99.50');
  });

  it('never rounds away real digits: a sum needing more decimals than any cell shows keeps them all', () => {
    const rows: RowSpec[] = [
      { name: '培训人次', unit: '人次', op: '≥', target: 300, actual: 320, weight: { v: 45.125, fmt: '0.0' }, score: { v: 45.125, fmt: '0.0' } },
      { name: '培训合格率', unit: '%', op: '≥', target: 95, actual: 96, weight: 54.87, score: 54.87 },
    ];
    const s = summariseTable(tableOf({ rows }), NATIONAL_PROFILE);
    // The cells show 45.1 and 54.87 (two decimals at most), but the sum is 99.995: all three stay.
    expect([s.weightSum, s.scoreSum]).toEqual(['99.995', '99.995']);
  });

  it('keeps whole numbers whole when every cell shows whole numbers (永德: 100 and 96)', () => {
    const s = summariseTable(yongdeTable(), NATIONAL_PROFILE);
    expect([s.weightSum, s.scoreSum]).toEqual(['100', '96']);
  });

  it('leaves totals blank on a form without weights or scores (family H)', () => {
    const table = tableOf({
      family: 'H',
      columns: { name: 'D', target: 'E', actual: 'F', note: 'G' },
      rows: [{ name: '危桥改造', target: '≥6座', actual: '5座', note: '1座已于次年开工' }],
    });
    expect(summariseTable(table, NATIONAL_PROFILE)).toMatchObject({ weightSum: '', scoreSum: '', computedTotal: '', grade: '' });
  });
});

describe('CLI shapes (DESIGN.md §5)', () => {
  it('serialises a finding with its first cell, row and figures, in either language', () => {
    const finding = validate({ tables: [seedTable()] }, NATIONAL_PROFILE).find((f) => f.rule === 'PERF021');
    expect(finding && toCliFinding(finding)).toEqual({
      rule: 'PERF021',
      severity: 'error',
      sheet: 'Sheet1',
      cell: 'I21',
      row: 21,
      message: '指标“预算完成率”得分 2.63 与计算得分 2.62 不符：完成值 99.74% 未达到指标值 ≥100%（2.63 × 99.74 ÷ 100 ≈ 2.62）',
      expected: '2.62',
      found: '2.63',
    });
    expect(finding && toCliFinding(finding, 'en').message).toBe(
      'Indicator "预算完成率": score 2.63 differs from the computed 2.62: actual 99.74% misses the target ≥100% (2.63 × 99.74 ÷ 100 ≈ 2.62)',
    );
  });

  it('leaves out row for table-wide findings, and serialises a table', () => {
    const wide = validate({ tables: [seedTable()] }, NATIONAL_PROFILE).find((f) => f.rule === 'PERF030');
    expect(wide && 'row' in toCliFinding(wide)).toBe(false);
    expect(toCliTable(summariseTable(seedTable(), NATIONAL_PROFILE))).toEqual({
      sheet: 'Sheet1', range: 'A1:J36', family: 'C', indicators: 30, weightSum: '99.93', scoreSum: '99.90', statedTotal: '99.9', computedTotal: '99.89', grade: '优',
    });
  });
});
