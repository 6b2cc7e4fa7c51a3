// Target and actual side by side, on one scale: a % on one side and a plain fraction (≤ 1) on the
// other read as the same percentage, as the scorer aligns them (95% vs 0.96 → 95 vs 96).
import Decimal from 'decimal.js';
import type { ParsedValue } from '../../model/types';

const HUNDRED = new Decimal(100);
const ONE = new Decimal(1);

export interface Pair {
  readonly target: Decimal;
  readonly actual: Decimal;
}

export function alignedPair(target: ParsedValue | undefined, actual: ParsedValue | undefined): Pair | undefined {
  if (!target || !actual || target.kind !== 'number' || actual.kind !== 'number' || !target.number || !actual.number) return undefined;
  let t = target.number;
  let r = actual.number;
  if (!t.isZero() || !r.isZero()) {
    if (!target.percent && actual.percent && t.abs().lte(ONE)) t = t.times(HUNDRED);
    else if (!actual.percent && target.percent && r.abs().lte(ONE)) r = r.times(HUNDRED);
  }
  return { target: t, actual: r };
}
