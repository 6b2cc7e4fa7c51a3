// PERF.SCORE's common row, answered without decimals: the target and the actual are plain numbers,
// the operator a sign, the target met, so the score is the weight itself. No arithmetic is done:
// comparing two doubles is exact, and it orders them as their shortest decimal readings (what the
// decimal path compares) do; the weight comes back as the very number Excel passed (the decimal
// path returns Decimal(w).toNumber(), the same number, with -0 read as 0). Anything else — text,
// a missed target, 定性, no operator, a weight that is not a finite number ≥ 0 — goes the full
// decimal path, which also gives the errors.
import { parseOperator } from '../core/scoring/operator';

/** The score of a met row of plain numbers, or undefined when the full path must decide. */
export function metTargetScore(op: unknown, target: unknown, actual: unknown, weight: unknown): number | undefined {
  if (typeof target !== 'number' || typeof actual !== 'number' || typeof weight !== 'number' || typeof op !== 'string') return undefined;
  if (!Number.isFinite(target) || !Number.isFinite(actual) || !Number.isFinite(weight) || !(weight >= 0)) return undefined;
  const sign = parseOperator(op);
  const met =
    sign === '>=' || sign === '>' ? actual >= target : sign === '<=' || sign === '<' ? actual <= target : sign === '=' ? actual === target : false;
  if (!met) return undefined;
  return weight === 0 ? 0 : weight;
}
