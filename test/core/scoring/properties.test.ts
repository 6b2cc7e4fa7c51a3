// Property tests: bounds, monotonicity, exactness, and no binary floating point in the scoring source.
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { NATIONAL_PROFILE, HUBEI_PROFILE } from '../../../src/core/profile';
import { budgetScore, parseValue, qualitativeScore, scoreIndicator } from '../../../src/core/scoring';
import type { Op } from '../../../src/core/model/types';

/** Decimal strings with up to 4 decimals, including 0 and negatives. */
const decimalText = (min: number, max: number) =>
  fc.tuple(fc.integer({ min: min * 10000, max: max * 10000 }), fc.integer({ min: 0, max: 4 }))
    .map(([n, places]) => new Decimal(n).div(10000).toDecimalPlaces(places, Decimal.ROUND_DOWN).toFixed());
const anyValue = decimalText(-1000, 100000);
const weight = decimalText(0, 100);
const ops = fc.constantFrom<Op>('>=', '<=', '=', '>', '<');
const profiles = fc.constantFrom(NATIONAL_PROFILE, HUBEI_PROFILE);

function run(op: Op, t: string, r: string, w: string, profile = NATIONAL_PROFILE) {
  return scoreIndicator({ op, target: parseValue(t), actual: parseValue(r), weight: new Decimal(w) }, profile);
}

describe('properties of scoreIndicator', () => {
  it('0 ≤ score ≤ W, never NaN or Infinity, for every operator and any T, R (zeros and negatives included)', () => {
    fc.assert(
      fc.property(ops, anyValue, anyValue, weight, profiles, (op, t, r, w, profile) => {
        const result = run(op, t, r, w, profile);
        if (!result.ok) return false;
        return result.score.isFinite() && result.score.gte(0) && result.score.lte(w)
          && result.ratio!.gte(0) && result.ratio!.lte(1);
      }),
      { numRuns: 3000 },
    );
  });

  it('zero targets and zero actuals are always scored (no division by zero)', () => {
    fc.assert(
      fc.property(ops, anyValue, weight, (op, x, w) => run(op, '0', x, w).ok && run(op, x, '0', w).ok && run(op, '0', '0', w).ok),
    );
  });

  it('monotone in R for ≥ and >, antitone for ≤ and <', () => {
    fc.assert(
      fc.property(fc.constantFrom<Op>('>=', '>', '<=', '<'), anyValue, anyValue, anyValue, weight, (op, t, a, b, w) => {
        const [lo, hi] = new Decimal(a).lte(b) ? [a, b] : [b, a];
        const sLo = run(op, t, lo, w);
        const sHi = run(op, t, hi, w);
        if (!sLo.ok || !sHi.ok) return false;
        return op === '>=' || op === '>' ? sLo.score.lte(sHi.score) : sLo.score.gte(sHi.score);
      }),
      { numRuns: 3000 },
    );
  });

  it('met means full marks for ≥ and ≤ (and full marks with R beyond T means met)', () => {
    fc.assert(
      fc.property(fc.constantFrom<Op>('>=', '<='), anyValue, anyValue, weight, (op, t, r, w) => {
        const result = run(op, t, r, w);
        if (!result.ok) return false;
        const beyond = op === '>=' ? new Decimal(r).gte(t) : new Decimal(r).lte(t);
        return result.met === beyond && (!result.met || result.score.eq(w));
      }),
    );
  });

  it('exact: W × R ÷ T for a power-of-ten target is the exact decimal product (no float rounding)', () => {
    fc.assert(
      fc.property(decimalText(0, 100), decimalText(0, 99), fc.constantFrom('1', '10', '100', '1000'), (w, pct, t) => {
        const r = new Decimal(pct).times(t).div(100).toFixed(); // R < T
        const result = run('>=', t, r, w);
        return result.ok && result.score.times(t).eq(new Decimal(w).times(r));
      }),
    );
    const seed = run('>=', '100', '99.74', '2.63');
    expect(seed.ok && seed.score.toFixed()).toBe('2.623162');
  });

  it('qualitative scores and budget scores stay within [0, W]', () => {
    fc.assert(
      fc.property(fc.constantFrom('优', '良', '中', '差', '达成', '部分达成', '未达成', '有所增加'), weight, profiles, (word, w, profile) => {
        const result = qualitativeScore(word, w, profile);
        return result.ok && result.score.gte(0) && result.score.lte(w);
      }),
    );
    fc.assert(
      fc.property(decimalText(0, 100000), decimalText(0, 100000), weight, (b, s, w) => {
        const result = budgetScore(b, s, w);
        if (new Decimal(b).isZero()) return !result.ok && result.code === 'num';
        return result.ok && result.score.gte(0) && result.score.lte(w);
      }),
    );
  });
});

describe('no binary floating point in the scoring source', () => {
  const dir = join(__dirname, '../../../src/core/scoring');
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
  it.each(files)('%s uses no float arithmetic or float conversions', (file) => {
    const code = readFileSync(join(dir, file), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/.*$/gm, '');
    expect(code).not.toMatch(/parseFloat|parseInt|Math\.|toNumber\(|\bNumber\(|\.valueOf\(|\+\s*\w+\.number/);
  });
});
