// PERF.SCORE's shortcut for the common row (plain numbers, a sign, target met → the weight) must give
// exactly what the decimal path gives, and must step aside for everything else.
import fc from 'fast-check';
import './fake-custom-functions';
import { NATIONAL_PROFILE } from '../../src/core/profile/national';
import { computeScore } from '../../src/core/scoring/indicator';
import { decimalArg, isExcelError, operatorArg, parsedArg } from '../../src/functions/arguments';
import { score } from '../../src/functions/functions';
import { metTargetScore } from '../../src/functions/met-target';

/** PERF.SCORE through the decimal path only, as it was before the shortcut. */
function exactScore(op: string, target: unknown, actual: unknown, weight: unknown): unknown {
  const t = parsedArg(target);
  const o = operatorArg(op, t);
  if (isExcelError(o)) return o;
  const w = decimalArg(weight, '权重');
  if (isExcelError(w)) return w;
  const result = computeScore({ op: o, target: t, actual: parsedArg(actual), weight: w }, NATIONAL_PROFILE);
  return result.ok ? result.score.toNumber() : 'error';
}

describe('metTargetScore', () => {
  it.each([
    ['≥', 1200, 1200, 2.7, 2.7],
    ['≥', 100, 150, 10, 10],
    ['>=', 0.95, 1, 5, 5], // both from %-formatted cells
    ['≤', 5, 5, 1.8, 1.8],
    ['≤', 0, 0, 2.7, 2.7], // a zero target met by zero
    ['<=', 60, 52, 10, 10],
    ['=', 100, 100, 10, 10],
    ['不低于', 90, 96.2, 10, 10],
    ['≥', 1, 2, -0, 0], // a weight of -0 scores 0, as the decimal path says
    ['>', 5, 5, 3, 3], // equality under > : the formula gives W (counted unmet elsewhere)
  ])('%s %p met by %p with weight %p gives %p', (op, t, a, w, expected) => {
    expect(Object.is(metTargetScore(op, t, a, w), expected)).toBe(true);
    expect(Object.is(exactScore(op, t, a, w), expected)).toBe(true);
  });

  it.each([
    ['≥', 100, 99.74, 2.63], // missed: the decimal path computes W × R ÷ T
    ['≤', 5300, 5830, 10],
    ['=', 100, 98, 10],
    ['定性', 1, 1, 4.5],
    ['', 95, 96, 5], // no operator: the error comes from the full path
    ['定量', 95, 96, 5],
    ['≥', '95%', 0.96, 5], // text: parsed by the full path
    ['≥', 95, 96, '5'],
    ['≥', 95, 96, -1], // negative weight: #VALUE! with its message
    ['≥', 95, Number.NaN, 5],
    ['≥', 95, Number.POSITIVE_INFINITY, 5],
    ['≥', 95, 96, Number.POSITIVE_INFINITY],
  ])('steps aside for %s %p / %p / %p', (op, t, a, w) => {
    expect(metTargetScore(op, t, a, w)).toBeUndefined();
  });

  it('agrees with the decimal path on any numbers and signs', () => {
    const ops = ['≥', '>=', '≤', '<=', '=', '>', '<', '不低于', '不超过', '定性', '', '≧'];
    const number = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: -1000, max: 1000 }), fc.constantFrom(0, -0, 0.1, 2.63, 99.74, 100));
    fc.assert(
      fc.property(fc.constantFrom(...ops), number, number, number, (op, t, a, w) => {
        const quick = metTargetScore(op, t, a, w);
        if (quick !== undefined) expect(Object.is(quick, exactScore(op, t, a, w))).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('is what PERF.SCORE answers for met rows, and the profile argument is still checked first', () => {
    expect(score('≥', 1200, 1300, 2.7)).toBe(2.7);
    expect(score('≥', 1200, 1300, 2.7, 'hubei')).toBe(2.7);
    expect(isExcelError(score('≥', 1200, 1300, 2.7, 'mars'))).toBe(true);
    expect(score('≥', 100, 99.74, 2.63)).toBe(2.623162);
  });
});
