// How a number reads inside a finding's message: one rule for every rule of the catalogue.
// - A number taken from a cell reads as the cell shows it: its number format's decimals, else the
//   digits written (a General number shows its own digits).
// - A computed figure (a score, a sum, a rate) reads at the decimals the table shows for such
//   figures (facts.decimals for a row's score, the summed cells' decimals for a sum).
// - Rounded half up, as the table's cells round; never trailing zeros (99.9, not 99.90 or 99.900000;
//   100, not 100.0).
// - A computed figure that differs from a stated one only beyond the shown decimals is written with
//   the extra decimals that tell them apart, never as two equal numbers.
import Decimal from 'decimal.js';
import type { ParsedValue, ValueField } from '../../model/types';
import type { TableFacts } from './facts';

/** Decimals of a computed figure when nothing in the table says otherwise. */
export const DEFAULT_PLACES = 2;

/** `value` rounded half up to `places` decimals, written plainly without trailing zeros: 99.894 at 2 → '99.89', 99.90 → '99.9'. */
export function figure(value: Decimal, places: number): string {
  const p = Math.max(0, Math.floor(places));
  const text = (value.decimalPlaces() <= p ? value : value.toDecimalPlaces(p, Decimal.ROUND_HALF_UP)).toFixed();
  return text === '-0' ? '0' : text;
}

function isGeneral(numFmt: string | undefined): boolean {
  return numFmt === undefined || numFmt === '' || /^general$/i.test(numFmt.trim());
}

/**
 * Decimals a number cell shows: a rounding number format's, else those written in its text ('9.50'
 * → 2), else the number's own (a General cell shows its digits). 0 for a cell without a number.
 */
export function cellPlaces(field: ValueField | ParsedValue | undefined): number {
  if (!field || field.kind !== 'number' || !field.number) return 0;
  const f = field as Partial<ValueField> & ParsedValue;
  if (typeof f.raw === 'number' && !isGeneral(f.numFmt) && f.decimals !== undefined) return f.decimals;
  if (typeof f.raw === 'string' && f.decimals !== undefined) return f.decimals;
  return field.number.decimalPlaces();
}

/** The number a cell holds, as the cell shows it; '' for a cell without a number. */
export function cellFigure(field: ValueField | ParsedValue | undefined): string {
  if (!field || field.kind !== 'number' || !field.number) return '';
  return figure(field.number, cellPlaces(field));
}

/** The most decimals any of `fields` shows (0 when none holds a number): the places of their sum. */
export function placesOf(fields: ReadonlyArray<ValueField | ParsedValue | undefined>): number {
  let most = 0;
  for (const f of fields) most = Math.max(most, cellPlaces(f));
  return most;
}

/**
 * A computed figure written so that it does not read as the stated one when the two differ: at
 * `places`, or with one more decimal at a time (up to its own) until it differs from `statedText`.
 * 99.89 against a stated 99.9 at 1 decimal → '99.89', not '99.9'.
 */
export function apart(computed: Decimal, places: number, stated: Decimal | undefined, statedText: string): string {
  let p = Math.max(0, places);
  let text = figure(computed, p);
  while (stated !== undefined && !stated.eq(computed) && text === statedText && p < computed.decimalPlaces()) {
    p += 1;
    text = figure(computed, p);
  }
  return text;
}

/**
 * A scorer's worked example with each computed result ('= 2.623162') rounded to `places` and marked
 * as rounded: '2.63 × 99.74 ÷ 100 ≈ 2.62'. The inputs are the cells' own figures and stay as they are.
 */
export function workedAt(text: string, places: number): string {
  return text.replace(/= (-?\d+\.\d+)(%?)/g, (whole, digits: string, pct: string) => {
    const value = new Decimal(digits);
    if (value.decimalPlaces() <= places) return whole;
    return `≈ ${figure(value, places)}${pct}`;
  });
}

/** A percentage of a ratio (0.997 → '99.7' at 1 decimal): percent points at `places`. */
export function percentOf(ratio: Decimal, places: number): string {
  return figure(ratio.times(100), places);
}

/** The weight of budget execution: as its cell shows it, else (a label's or the profile's) at the table's decimals. */
export function budgetWeightText(facts: TableFacts): string {
  const b = facts.budget;
  if (!b || b.weight === undefined) return '';
  return cellFigure(b.main?.weight) || figure(b.weight, facts.scorePlaces);
}

/** A decimal string without trailing zeros ('99.90' → '99.9', '100.00' → '100'); other texts as they are. */
export function trimmedFigure(text: string): string {
  if (!/^-?\d+\.\d+$/.test(text)) return text;
  const trimmed = text.replace(/0+$/, '').replace(/\.$/, '');
  return trimmed === '-0' ? '0' : trimmed;
}
