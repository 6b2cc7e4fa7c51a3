// 转为数值: PERF formulas found wherever they are and replaced by their values at the precision the
// table shows; other formulas and constants are left alone; an error result is left with a reason.
import { formatDecimals, formulaValueChanges } from '../../../src/core/actions/formula-values';
import { isPerfFormula, perfFormulaCells } from '../../../src/core/actions/perf-formulas';
import { sheetFromRows } from '../../support/grid';

describe('PERF formulas', () => {
  it('are recognised by a PERF function call, not by a name that merely contains PERF', () => {
    expect(isPerfFormula('=PERF.SCORE(E21,F21,H21,G21)')).toBe(true);
    expect(isPerfFormula('=ROUND(perf.score(E7,F7,H7,G7),2)')).toBe(true);
    expect(isPerfFormula('=SUM(I7:I36)')).toBe(false);
    expect(isPerfFormula('=MYPERF.SCORE(1)')).toBe(false);
    expect(isPerfFormula(undefined)).toBe(false);
  });

  it('reads decimals from a number format', () => {
    expect(formatDecimals('0.00')).toEqual({ decimals: 2, percent: false });
    expect(formatDecimals('#,##0.0_);[Red](#,##0.0)')).toEqual({ decimals: 1, percent: false });
    expect(formatDecimals('0.00%')).toEqual({ decimals: 2, percent: true });
    expect(formatDecimals('General')).toBeUndefined();
    expect(formatDecimals('@')).toBeUndefined();
  });

  it('turns each into its value at the column’s decimals, or the cell’s own format; one batch, errors left with a reason', () => {
    const grid = {
      sheets: [
        sheetFromRows('表', [
          ['得分', '合计'],
          [2.7, { v: 99.890000, f: '=PERF.TOTAL(A2:A5)' }],
          [{ v: 2.623162, f: '=PERF.SCORE("≥",100,99.74,2.63)' }, { v: 99.89, f: '=SUM(A2:A5)' }],
          [9.97, { v: 4.5, f: '=PERF.QUAL("优",4.5)', fmt: '0.0' }],
          [{ v: { error: '#NAME?' }, f: '=PERF.SCORE(E9,F9,H9,G9)' }],
        ]),
      ],
    };
    expect(perfFormulaCells(grid).map((c) => c.address)).toEqual(['B2', 'A3', 'B4', 'A5']);
    const plan = formulaValueChanges(grid);
    expect(plan.changes.map((c) => [c.address, c.before.formula, c.after])).toEqual([
      ['B2', '=PERF.TOTAL(A2:A5)', { value: 99.89 }],
      ['A3', '=PERF.SCORE("≥",100,99.74,2.63)', { value: 2.62 }],
      ['B4', '=PERF.QUAL("优",4.5)', { value: 4.5 }],
    ]);
    expect(plan.skipped).toHaveLength(1);
    expect(plan.skipped[0].reason.zh).toBe('A5 的公式结果为 #NAME?，不是数值：请先在 Excel 中重新计算或改正');
    expect(plan.label).toEqual({ zh: 'PERF 公式转为数值（3 个单元格）', en: 'PERF formulas to values (3 cells)' });
  });
});

describe('precision', () => {
  it('a column of more decimals than the profile’s keeps them; the profile’s decimals are the floor', () => {
    const grid = { sheets: [sheetFromRows('表', [[1.234], [{ v: 2.623162, f: '=PERF.SCORE("≥",100,99.74,2.63)' }], [4.5]])] };
    expect(formulaValueChanges(grid).changes[0].after).toEqual({ value: 2.623 });
    const coarse = { sheets: [sheetFromRows('表', [[4.5], [{ v: 2.623162, f: '=PERF.SCORE("≥",100,99.74,2.63)' }]])] };
    expect(formulaValueChanges(coarse).changes[0].after).toEqual({ value: 2.62 });
    expect(formulaValueChanges(coarse, 1).changes[0].after).toEqual({ value: 2.6 });
  });
});
