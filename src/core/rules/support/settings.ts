// Profile settings a rule reads as a decimal, with the catalogue's default when the profile (built in
// code, not loaded through loadProfile) leaves the setting out or holds something unreadable.
import Decimal from 'decimal.js';
import type { Numeric } from '../../profile/types';
import { toDecimal } from '../../scoring';

export function setting(value: Numeric | undefined, fallback: string): Decimal {
  const d = value === undefined ? undefined : toDecimal(value);
  return d !== undefined && d.isFinite() && !d.isNegative() ? d : new Decimal(fallback);
}

/** PERF064: how far (a fraction of the initial budget) the full-year budget may move: 0.2. */
export const DEFAULT_BUDGET_ADJUSTMENT_SHARE = '0.2';
/** PERF034: the share of the expected total one indicator may carry: 0.25. */
export const DEFAULT_WEIGHT_CONCENTRATION_SHARE = '0.25';
