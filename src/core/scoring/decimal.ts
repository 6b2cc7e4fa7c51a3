// Exact decimal helpers shared by scoring and rules: sums, display rounding, display-precision compare.
import Decimal from 'decimal.js';

export const ZERO = new Decimal(0);
export const ONE = new Decimal(1);
export const HUNDRED = new Decimal(100);
export const HALF = new Decimal('0.5');

export type DecimalLike = Decimal | number | string;

/** A Decimal from a number (through its shortest string), a decimal string or a Decimal; undefined if not finite. */
export function toDecimal(value: DecimalLike): Decimal | undefined {
  if (value instanceof Decimal) return value.isFinite() ? value : undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? new Decimal(value === 0 ? 0 : value) : undefined;
  if (typeof value === 'string' && /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/.test(value)) {
    return new Decimal(value.trim());
  }
  return undefined;
}

/**
 * Exact sum. Values that are not finite numbers make the sum NaN (check them first: PERF.TOTAL
 * reports them by position); nothing is skipped silently.
 */
export function sumExact(values: Iterable<DecimalLike>): Decimal {
  let sum = ZERO;
  for (const value of values) {
    const d = toDecimal(value);
    if (d === undefined) return new Decimal(NaN);
    sum = sum.plus(d);
  }
  return sum;
}

/** Round half up (away from zero at .5) to a number of decimals: for display only. */
export function roundHalfUp(value: DecimalLike, decimals: number): Decimal {
  const d = toDecimal(value) ?? new Decimal(NaN);
  const places = Number.isInteger(decimals) && decimals >= 0 ? decimals : 0;
  return d.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
}

/** Half a unit of the last of `places` decimals (2 → 0.005), built once per precision. */
const tolerances: Decimal[] = [];
function toleranceAt(places: number): Decimal {
  let tolerance = tolerances[places];
  if (tolerance === undefined) {
    tolerance = HALF.times(new Decimal(10).pow(-places));
    if (places <= 64) tolerances[places] = tolerance;
  }
  return tolerance;
}

/**
 * True when a stated figure agrees with a computed one at the precision the form displays:
 * |stated − computed| ≤ half a unit of the last displayed digit (2 decimals → 0.005).
 * 2.63 vs 2.623262 at 2 → false; 9.97 vs 9.974 at 2 → true; 99.9 vs 99.90 at 1 → true.
 */
export function matchesAtDisplayedPrecision(stated: DecimalLike, computed: DecimalLike, decimals: number): boolean {
  const a = toDecimal(stated);
  const b = toDecimal(computed);
  if (a === undefined || b === undefined) return false;
  const places = Number.isInteger(decimals) && decimals >= 0 ? decimals : 0;
  return a.minus(b).abs().lte(toleranceAt(places));
}

/** A decimal as people write it: no exponent, no trailing zeros ('2.623262', '100'). */
export function plain(value: Decimal): string {
  return value.toFixed();
}
