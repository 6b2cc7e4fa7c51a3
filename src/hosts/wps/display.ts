// The text WPS shows for a number, for the common formats, so the host need not ask ET for the Text
// of every number cell (one bridge call each; a block's Text is null as soon as two cells differ).
// General, fixed decimals ('0', '0.00') and percent ('0%', '0.0%') are rendered here with Excel's
// rounding (half away from zero on the shown decimal value); any other format (thousands separators,
// whose symbol follows the system's locale, dates, units in quotes, sections) returns undefined and
// the host asks ET for the cell's Text.
import Decimal from 'decimal.js';
import { isGeneralFormat } from './et';

const FIXED = /^0(?:\.(0+))?(%)?$/;

function fixed(value: number, decimals: number, percent: boolean): string {
  let d = new Decimal(value.toPrecision(15));
  if (percent) d = d.times(100);
  const text = d.abs().toFixed(decimals, Decimal.ROUND_HALF_UP);
  const [whole, fraction] = text.split('.');
  const body = whole + (fraction !== undefined ? `.${fraction}` : '') + (percent ? '%' : '');
  const zero = /^[0.]*$/.test(text);
  return d.isNegative() && !zero ? `-${body}` : body;
}

/** Displayed text of `value` under `format`, or undefined when ET must be asked. */
export function numberText(value: number, format: unknown): string | undefined {
  if (!Number.isFinite(value)) return undefined;
  if (isGeneralFormat(format)) {
    // General shows integers and short decimals as they are; long ones depend on the column width.
    const plain = String(value);
    return /e/i.test(plain) || plain.replace(/^-/, '').replace('.', '').length > 11 ? undefined : plain;
  }
  if (typeof format !== 'string') return undefined;
  const match = FIXED.exec(format);
  if (!match) return undefined;
  return fixed(value, match[1]?.length ?? 0, match[2] === '%');
}
