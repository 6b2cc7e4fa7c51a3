// The quantitative rules of DESIGN.md §2 on exact decimals. Score stays within [0, W]; no division
// by zero can happen: we divide by T only when T ≠ 0 and by R only when R is beyond a non-zero T.
import type Decimal from 'decimal.js';
import type { Op } from '../model/types';
import { ONE, ZERO } from './decimal';

/** Which formula gave the score (used to explain it). */
export type QuantRule =
  | 'full' // R meets T: W
  | 'equalNotStrict' // R = T under > or <: the ≥/≤ formula gives W, but the target is unmet
  | 'actualOverTarget' // W × R ÷ T
  | 'targetOverActual' // W × T ÷ R
  | 'deviation' // '=': W × (|T| − |R − T|) ÷ |T|
  | 'zeroTargetExceeded' // ≤ 0 exceeded: W × profile share
  | 'none'; // no proportional credit possible: 0

export interface QuantOutcome {
  readonly score: Decimal;
  readonly met: boolean;
  /** score = W × ratio. */
  readonly ratio: Decimal;
  readonly rule: QuantRule;
  /** The R actually used in a formula (negative R on ≥ counts as 0). */
  readonly used?: Decimal;
}

/** -1, 0 or 1 (-0 counts as 0). */
function sign(d: Decimal): number {
  return d.isZero() ? 0 : d.isNegative() ? -1 : 1;
}

function outcome(score: Decimal, met: boolean, ratio: Decimal, rule: QuantRule, used?: Decimal): QuantOutcome {
  return { score, met, ratio, rule, used };
}

/** ≥ / >: W × min(R / T, 1). */
function atLeast(t: Decimal, r: Decimal, w: Decimal, strict: boolean): QuantOutcome {
  const cmp = r.comparedTo(t);
  if (cmp > 0 || (cmp === 0 && !strict)) return outcome(w, true, ONE, 'full');
  if (cmp === 0) return outcome(w, false, ONE, 'equalNotStrict');
  if (sign(t) > 0) {
    const used = sign(r) < 0 ? ZERO : r;
    return outcome(w.times(used).div(t), false, used.div(t), 'actualOverTarget', used);
  }
  // Negative target (a decline allowed up to |T|): R < T < 0, credit |T| / |R|.
  if (sign(t) < 0) return outcome(w.times(t).div(r), false, t.div(r), 'targetOverActual');
  return outcome(ZERO, false, ZERO, 'none');
}

/** ≤ / <: W × min(T / R, 1); a zero target is met only by R ≤ 0. */
function atMost(t: Decimal, r: Decimal, w: Decimal, strict: boolean, zeroShare: Decimal): QuantOutcome {
  const cmp = r.comparedTo(t);
  if (cmp < 0 || (cmp === 0 && !strict)) return outcome(w, true, ONE, 'full');
  if (cmp === 0) return outcome(w, false, ONE, 'equalNotStrict');
  const tSign = sign(t);
  if (tSign === 0) return outcome(w.times(zeroShare), false, zeroShare, 'zeroTargetExceeded');
  if (tSign > 0) return outcome(w.times(t).div(r), false, t.div(r), 'targetOverActual');
  // Negative target: T < R < 0 earns |R| / |T|; R ≥ 0 earns nothing.
  if (sign(r) < 0) return outcome(w.times(r).div(t), false, r.div(t), 'actualOverTarget', r);
  return outcome(ZERO, false, ZERO, 'none');
}

/** =: R = T → W, else W × max(0, 1 − |R − T| / |T|), unmet. */
function exactly(t: Decimal, r: Decimal, w: Decimal): QuantOutcome {
  if (r.eq(t)) return outcome(w, true, ONE, 'full');
  if (t.isZero()) return outcome(ZERO, false, ZERO, 'none');
  const size = t.abs();
  const left = size.minus(r.minus(t).abs());
  if (sign(left) <= 0) return outcome(ZERO, false, ZERO, 'deviation');
  return outcome(w.times(left).div(size), false, left.div(size), 'deviation');
}

/**
 * Score of a quantitative indicator. rateTarget: '=' with a 100% rate target is scored like '≥'.
 * Expects W ≥ 0 (checked by the caller).
 */
export function scoreQuantitative(
  op: Exclude<Op, 'qual'>,
  t: Decimal,
  r: Decimal,
  w: Decimal,
  zeroShare: Decimal,
  rateTarget: boolean,
): QuantOutcome {
  switch (op) {
    case '>=':
      return atLeast(t, r, w, false);
    case '>':
      return atLeast(t, r, w, true);
    case '<=':
      return atMost(t, r, w, false, zeroShare);
    case '<':
      return atMost(t, r, w, true, zeroShare);
    case '=':
      return rateTarget ? atLeast(t, r, w, false) : exactly(t, r, w);
  }
}
