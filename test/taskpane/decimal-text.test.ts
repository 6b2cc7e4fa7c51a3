// The pane compares the decimal strings of a report, and checks a typed expected total, without
// decimal.js (which loads later, with the checking core): the same answers decimal.js gives.
import Decimal from 'decimal.js';
import { atPlaces, canonicalDecimal, decimalsOf, figureAt, sameDecimal, tablePlaces } from '../../src/taskpane/decimal-text';
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

describe('one rule for numbers: the table’s own decimals', () => {
  it('pads, rounds half up as the cells do, and agrees with decimal.js', () => {
    expect(atPlaces('99.9', 2)).toBe('99.90');
    expect(atPlaces('99.890000', 2)).toBe('99.89');
    expect(atPlaces('2.625', 2)).toBe('2.63');
    expect(atPlaces('9.995', 2)).toBe('10.00');
    expect(atPlaces('99.5', 0)).toBe('100');
    expect(atPlaces('100', 2)).toBe('100.00');
    expect(atPlaces('-0.004', 2)).toBe('0.00');
    expect(atPlaces('-2.345', 2)).toBe('-2.35');
    expect(atPlaces('未填', 2)).toBe('未填');
    for (const [v, p] of [['0.0449', 2], ['12.3456789', 4], ['7.05', 1], ['999.999', 2], ['0.5', 0]] as const) {
      expect(atPlaces(v, p)).toBe(new Decimal(v).toFixed(p, Decimal.ROUND_HALF_UP));
    }
  });

  it('shows a figure at most at the table\'s decimals and never with trailing zeros, as the findings\' messages do', () => {
    expect(figureAt('99.90', 2)).toBe('99.9');
    expect(figureAt('99.890000', 2)).toBe('99.89');
    expect(figureAt('99.894', 2)).toBe('99.89');
    expect(figureAt('100.00', 2)).toBe('100');
    expect(figureAt('9.995', 2)).toBe('10');
    expect(figureAt('-0.004', 2)).toBe('0');
    expect(figureAt('2.7', 2)).toBe('2.7');
    expect(figureAt('未填', 2)).toBe('未填');
  });

  it('takes the decimals of the score column, else of the weights', () => {
    expect(decimalsOf('99.90')).toBe(2);
    expect(decimalsOf('100')).toBe(0);
    expect(tablePlaces({ scoreSum: '99.90', weightSum: '99.93' })).toBe(2);
    expect(tablePlaces({ scoreSum: '', weightSum: '100.0' })).toBe(1);
  });
});
