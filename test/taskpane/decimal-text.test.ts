// The pane compares the decimal strings of a report, and checks a typed expected total, without
// decimal.js (which loads later, with the checking core): the same answers decimal.js gives.
import Decimal from 'decimal.js';
import { canonicalDecimal, sameDecimal } from '../../src/taskpane/decimal-text';
import { isValidTotal } from '../../src/taskpane/state/settings';

describe('sameDecimal', () => {
  it.each([
    ['99.93', '100', false], // the seed's weight total against the expected 100
    ['100', '100.00', true],
    ['100.0', '100', true],
    ['099.90', '99.9', true],
    ['-0', '0.000', true],
    ['.5', '0.50', true],
    ['2.62', '2.63', false],
    ['-1', '1', false],
  ])('%s and %s: %s, as decimal.js says', (a, b, same) => {
    expect(sameDecimal(a, b)).toBe(same);
    expect(new Decimal(a).eq(new Decimal(b))).toBe(same);
  });

  it('compares texts that are not plain decimals as text', () => {
    expect(sameDecimal('一百', '一百')).toBe(true);
    expect(sameDecimal('一百', '100')).toBe(false);
    expect(canonicalDecimal('1e2')).toBeUndefined();
    expect(canonicalDecimal(' 7.50 ')).toBe('7.5');
  });
});

describe('isValidTotal', () => {
  it.each([
    ['100', true],
    ['99.93', true],
    ['0.5', true],
    ['0', false],
    ['0.00', false],
    ['00', false],
    ['-5', false],
    ['1e2', false],
    ['１００', false],
  ])('%s: %s (a positive plain decimal)', (input, valid) => {
    expect(isValidTotal(input)).toBe(valid);
  });
});
