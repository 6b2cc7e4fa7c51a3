// Reading the budget block's rate cells: a rate may be written 99.74, 0.9974, '99.74%' or 0.9974
// formatted as %; rules compare it in percent points at the precision the cell shows.
import Decimal from 'decimal.js';
import type { BudgetRow, ValueField } from '../../model/types';
import type { Profile } from '../../profile/types';
import { numberOf } from './facts';

const HUNDRED = new Decimal(100);
/** A plain rate at or below this is a fraction (0.9974), above it percent points (99.74). */
const FRACTION_LIMIT = new Decimal('1.5');

export interface RateCell {
  readonly field: ValueField;
  /** The rate in percent points. */
  readonly points: Decimal;
  /** Written as a fraction (0.9974, or a %-formatted number): a fix writes a fraction too. */
  readonly fraction: boolean;
  /** Decimals of percent points the cell shows. */
  readonly decimals: number;
}

function isGeneral(numFmt: string | undefined): boolean {
  return numFmt === undefined || numFmt === '' || /^general$/i.test(numFmt.trim());
}

export function rateCell(row: BudgetRow, profile: Profile): RateCell | undefined {
  const field = row.rate;
  const n = numberOf(field);
  if (!field || !n) return undefined;
  const fallback = profile.defaultScoreDecimals ?? 2;
  const formatted = typeof field.raw === 'number' && !isGeneral(field.numFmt) && field.decimals !== undefined;
  if (field.percent) {
    const fraction = typeof field.raw === 'number';
    const decimals = formatted ? (field.decimals as number) : Math.min(n.decimalPlaces(), fallback);
    return { field, points: n, fraction, decimals };
  }
  if (n.abs().lte(FRACTION_LIMIT)) {
    const decimals = formatted ? Math.max(0, (field.decimals as number) - 2) : Math.max(0, Math.min(n.decimalPlaces() - 2, fallback));
    return { field, points: n.times(HUNDRED), fraction: true, decimals };
  }
  const decimals = formatted ? (field.decimals as number) : Math.min(n.decimalPlaces(), fallback);
  return { field, points: n, fraction: false, decimals };
}

/** spent ÷ budget in percent points, when both are numbers and the budget is not zero. */
export function computedPoints(row: BudgetRow): Decimal | undefined {
  const budget = numberOf(row.budget);
  const spent = numberOf(row.spent);
  if (!budget || !spent || budget.isZero()) return undefined;
  return spent.div(budget).times(HUNDRED);
}

/** The row's label for messages: '年度资金总额'. */
export function rowLabel(row: BudgetRow): string {
  return row.label.text.replace(/\s+/g, '').replace(/[:：]$/, '');
}
