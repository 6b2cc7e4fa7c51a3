// What PERF.TOTAL and PERF.CHECK answer when Excel passes them a range holding an error value, as it
// does once functions.json carries "allowErrorForDataTypeAny": true (the build adds it): a #VALUE!
// error naming the cell's place in the range and the error it holds (README: "区域中的错误值或文字会
// 报错"), never a sum that silently leaves the cell out.
import { ErrorCode, FakeCustomFunctionsError, shown } from './fake-custom-functions';
import { check, total } from '../../src/functions/functions';

// The seed's 得分 column (I7:I36) and 权重 column (H7:H36).
const seedScores = [9.97, 2.7, 2.7, 2.7, 2.7, 2.7, 2.7, 2.7, 1.8, 1.8, 2.7, 3.6, 1.8, 2.7, 2.63, 2.7, 1.8, 2.7, 2.7,
  1.8, 3.6, 2.7, 4.5, 4.5, 4.5, 4.5, 4.5, 1.8, 2.7, 9];
const seedWeights = [10, ...seedScores.slice(1)];

/** A column range with cell `row` (1-based) replaced by `value`. */
function columnWith(values: readonly number[], row: number, value: unknown): unknown[][] {
  return values.map((v, i) => [i === row - 1 ? value : v]);
}

describe('PERF.TOTAL over a range holding an error value', () => {
  it.each([
    [ErrorCode.notAvailable, 15],
    [ErrorCode.divisionByZero, 1],
    [ErrorCode.invalidValue, 30],
    [ErrorCode.invalidReference, 8],
  ])('%s in row %i of the seed scores: #VALUE! naming the place and the error', (code, row) => {
    const result = total(columnWith(seedScores, row, new FakeCustomFunctionsError(code)) as never);
    expect(shown(result)).toBe(`#VALUE!: 区域第 ${row} 行第 1 列是错误值 ${code}`);
  });

  it('also when the error arrives as its text (#N/A)', () => {
    expect(shown(total(columnWith(seedScores, 2, '#N/A') as never))).toBe('#VALUE!: 区域第 2 行第 1 列是错误值 #N/A');
  });

  it('the same range without the error sums to the seed total, 99.9', () => {
    expect(total(columnWith(seedScores, 15, 2.63) as never)).toBe(99.9);
  });
});

describe('PERF.CHECK over weights holding an error value', () => {
  it('answers #VALUE! naming the cell, not a total short of the error', () => {
    const result = check(columnWith(seedWeights, 3, new FakeCustomFunctionsError(ErrorCode.notAvailable)) as never);
    expect(shown(result)).toBe('#VALUE!: 权重区域第 3 行第 1 列是错误值 #N/A');
  });
});
