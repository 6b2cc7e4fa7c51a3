import { scoreFormulaChanges, scoreFormulaFor } from '../../../src/core/actions/score-formula';
import { HUBEI_PROFILE, NATIONAL_PROFILE } from '../../../src/core/profile';
import { sheetFromRows } from '../../support/grid';
import { seedGrid } from '../../taskpane/support/workbooks';
import { seedTable } from '../../taskpane/support/seed-table';

const seedSheet = () => seedGrid().sheets[0];

describe('插入公式: PERF.SCORE formulas for a table', () => {
  it('turns every quantitative seed row into a formula on its own cells, leaving the four 定性 rows', () => {
    const plan = scoreFormulaChanges(seedTable(seedSheet()), { profile: NATIONAL_PROFILE });
    expect(plan.changes).toHaveLength(26);
    expect(plan.skipped.map((s) => s.row)).toEqual([31, 32, 33, 35]);
    expect(plan.skipped[0].reason.zh).toContain('定性');
    const row21 = plan.changes.find((c) => c.address === 'I21');
    expect(row21).toEqual({
      sheet: 'Sheet1',
      address: 'I21',
      before: { value: 2.63, numberFormat: 'General' },
      after: { value: 2.623162, formula: '=PERF.SCORE(E21,F21,H21,G21)', numberFormat: '0.00' },
    });
    expect(plan.label.zh).toBe('插入 PERF.SCORE 公式：Sheet1 A1:J36，26 个单元格');
  });

  it('previews the value the formula computes (全年预算执行率: 10 × 99.74 ÷ 100)', () => {
    const plan = scoreFormulaChanges(seedTable(seedSheet()), { profile: NATIONAL_PROFILE });
    expect(plan.changes.find((c) => c.address === 'I7')?.after.value).toBe(9.974);
    expect(plan.changes.find((c) => c.address === 'I8')?.after.value).toBe(2.7);
  });

  it('keeps the current value in the preview when no profile is given', () => {
    const plan = scoreFormulaChanges(seedTable(seedSheet()));
    expect(plan.changes.find((c) => c.address === 'I21')?.after.value).toBe(2.63);
  });

  it('passes the Hubei profile to the function, never a custom one', () => {
    const table = seedTable(seedSheet());
    expect(scoreFormulaChanges(table, { profile: HUBEI_PROFILE }).changes[0].after.formula).toBe('=PERF.SCORE(E7,F7,H7,G7,"hubei")');
    const custom = { ...HUBEI_PROFILE, id: 'my-bureau' };
    expect(scoreFormulaChanges(table, { profile: custom }).changes[0].after.formula).toBe('=PERF.SCORE(E7,F7,H7,G7)');
  });

  it('skips a row that already holds the same formula and replaces a hand-made one', () => {
    const rows = seedSheet().rows.map((r) => (r ? [...r] : r));
    rows[7] = [...rows[7]!];
    rows[7][8] = { value: 2.7, formula: '=PERF.SCORE(E8,F8,H8,G8)' };
    rows[8] = [...rows[8]!];
    rows[8][8] = { value: 2.7, formula: '=G9*H9/F9' };
    const plan = scoreFormulaChanges(seedTable({ ...seedSheet(), rows }));
    expect(plan.skipped.find((s) => s.row === 8)?.reason.en).toContain('already');
    expect(plan.changes.find((c) => c.address === 'I9')?.before).toEqual({ value: 2.7, formula: '=G9*H9/F9', numberFormat: 'General' });
  });

  it('gives every inserted formula the score column’s number format (the seed: General scores with 2 decimals → 0.00)', () => {
    const plan = scoreFormulaChanges(seedTable(seedSheet()), { profile: NATIONAL_PROFILE });
    expect(new Set(plan.changes.map((c) => c.after.numberFormat))).toEqual(new Set(['0.00']));
    expect(new Set(plan.changes.map((c) => c.before.numberFormat))).toEqual(new Set(['General']));
  });

  it('takes the format most score cells have, and leaves cells that have it already without a format change', () => {
    const rows = seedSheet().rows.map((r, i) => {
      if (!r) return r;
      const row = [...r];
      const score = row[8];
      if (i >= 6 && score && typeof score.value === 'number') row[8] = { ...score, numFmt: i === 6 ? '0.000' : '0.0' };
      return row;
    });
    const plan = scoreFormulaChanges(seedTable({ ...seedSheet(), rows }), { profile: NATIONAL_PROFILE });
    const i7 = plan.changes.find((c) => c.address === 'I7')!;
    expect(i7.after.numberFormat).toBe('0.0');
    expect(i7.before.numberFormat).toBe('0.000');
    const i21 = plan.changes.find((c) => c.address === 'I21')!;
    expect(i21.after.numberFormat).toBeUndefined();
    expect(i21.before.numberFormat).toBeUndefined();
  });

  it('uses the stated scores’ decimals when they show more than the profile’s score decimals', () => {
    const rows = seedSheet().rows.map((r) => (r ? [...r] : r));
    rows[6]![8] = { value: 9.974 };
    const plan = scoreFormulaChanges(seedTable({ ...seedSheet(), rows }), { profile: NATIONAL_PROFILE });
    expect(plan.changes).toHaveLength(26);
    expect(plan.changes.every((c) => c.after.numberFormat === '0.000')).toBe(true);
  });

  it('names the reason for rows it cannot score: no operator, empty actual', () => {
    const sheet = sheetFromRows('表1', [
      ['指标名称', '计量单位', '指标性质', '指标值', '权重', '完成值', '得分'],
      ['培训人次', '人次', '', 300, 10, 320, 10],
      ['覆盖率', '%', '≥', 95, 10, '', 0],
    ]);
    const base = seedTable(seedGrid().sheets[0]);
    const table = {
      ...base,
      sheet: '表1',
      range: 'A1:G3',
      indicators: [2, 3].map((row) => ({
        row,
        block: 'output' as const,
        op: row === 3 ? ('>=' as const) : undefined,
        opSource: row === 3 ? ('column' as const) : undefined,
        opCell: { text: String(sheet.rows[row - 1]![2]?.value ?? ''), raw: sheet.rows[row - 1]![2]?.value ?? null, ref: { sheet: '表1', row, col: 3, address: `C${row}` } },
        target: { ...base.indicators[1].target!, ref: { sheet: '表1', row, col: 4, address: `D${row}` } },
        actual: { ...base.indicators[1].actual!, raw: row === 3 ? '' : 320, ref: { sheet: '表1', row, col: 6, address: `F${row}` } },
        weight: { ...base.indicators[1].weight!, ref: { sheet: '表1', row, col: 5, address: `E${row}` } },
        score: { ...base.indicators[1].score!, ref: { sheet: '表1', row, col: 7, address: `G${row}` } },
        qualitative: false,
        applicable: true,
      })),
    };
    const plan = scoreFormulaChanges(table);
    expect(plan.changes).toHaveLength(0);
    expect(plan.skipped.map((s) => [s.address, s.reason.zh])).toEqual([
      ['G2', '指标性质（比较符）缺失或无法识别'],
      ['G3', '完成值为空'],
    ]);
  });

  it('writes an operator read from the target text as a literal, quoted', () => {
    const ind = seedTable(seedSheet()).indicators[1];
    expect(scoreFormulaFor({ ...ind, opSource: 'target', op: '<=' })).toBe('=PERF.SCORE("≤",F8,H8,G8)');
    expect(scoreFormulaFor({ ...ind, applicable: false })).toBeUndefined();
  });
});
