// What a cell shows in the preview's grid: its value through the number formats the forms use
// (0.00, 0.00%, #,##0.00, literal text such as "分", dates), rounded half-up in decimals as Excel
// displays them. Formats beyond these show the number in General style rather than a wrong picture.
import Decimal from 'decimal.js';
import type { Cell, CellValue } from '../../core/grid/types';
import { isCellError } from '../../core/grid/types';

/** Excel's General format: up to 11 significant digits, no trailing zeros. */
function general(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value) && Math.abs(value) < 1e11) return String(value);
  return new Decimal(value).toSignificantDigits(11, Decimal.ROUND_HALF_UP).toString();
}

/** The format's first section without colours, conditions, padding and escapes; literals kept, unquoted. */
function firstSection(format: string): { pattern: string; literal: string } {
  const section = format.split(';')[0];
  let pattern = '';
  let literal = '';
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      const text = end < 0 ? section.slice(i + 1) : section.slice(i + 1, end);
      pattern += '\u0000'.repeat(text.length);
      literal += text;
      i = end < 0 ? section.length : end;
    } else if (ch === '\\' && i + 1 < section.length) {
      pattern += '\u0000';
      literal += section[++i];
    } else if (ch === '[') {
      const end = section.indexOf(']', i);
      i = end < 0 ? section.length : end;
    } else if (ch === '_' || ch === '*') {
      i++;
    } else {
      pattern += ch;
      literal += ch;
    }
  }
  return { pattern, literal };
}

const DATE_CODES = /[ymd]/i;

/** 1900-system serial → the format's y/m/d codes (forms hold dates, not times; with a time: ISO). */
function formatDate(serial: number, pattern: string, literal: string): string {
  const date = new Date(Math.round((serial - 25569) * 86_400_000));
  if (Number.isNaN(date.getTime())) return general(serial);
  if (/[hs]/i.test(pattern)) return date.toISOString().slice(0, 16).replace('T', ' ');
  const parts: Record<string, string> = {
    yyyy: String(date.getUTCFullYear()),
    yy: String(date.getUTCFullYear()).slice(-2),
    mm: String(date.getUTCMonth() + 1).padStart(2, '0'),
    m: String(date.getUTCMonth() + 1),
    dd: String(date.getUTCDate()).padStart(2, '0'),
    d: String(date.getUTCDate()),
  };
  let out = '';
  for (let i = 0; i < pattern.length; ) {
    const code = /^(yyyy|yy|mm|m|dd|d)/i.exec(pattern.slice(i))?.[1];
    if (code) {
      out += parts[code.toLowerCase()];
      i += code.length;
    } else {
      out += literal[i++];
    }
  }
  return out;
}

function withGrouping(digits: string): string {
  const [whole, fraction] = digits.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** A number through a format code; General for codes this preview does not draw. */
export function formatNumber(value: number, format?: string): string {
  if (!format || format === 'General' || format === '@' || !Number.isFinite(value)) return general(value);
  const { pattern, literal } = firstSection(format);
  const first = pattern.search(/[0#?]/);
  if (first < 0) return DATE_CODES.test(pattern) ? formatDate(value, pattern, literal) : general(value);
  let last = first;
  for (let i = first; i < pattern.length; i++) if (/[0#?.,]/.test(pattern[i])) last = i;
  const number = pattern.slice(first, last + 1);
  const percent = pattern.includes('%');
  const point = number.indexOf('.');
  const decimals = point < 0 ? 0 : (number.slice(point + 1).match(/[0#?]/g) ?? []).length;
  const scaled = percent ? new Decimal(value).times(100) : new Decimal(value);
  const magnitude = scaled.abs().toFixed(decimals, Decimal.ROUND_HALF_UP);
  const digits = number.includes(',') ? withGrouping(magnitude) : magnitude;
  const negative = scaled.isNegative() && !new Decimal(magnitude).isZero();
  return `${negative ? '-' : ''}${literal.slice(0, first)}${digits}${literal.slice(last + 1)}`;
}

export function valueText(value: CellValue | undefined, format?: string): string {
  if (value === null || value === undefined) return '';
  if (isCellError(value)) return value.error;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return formatNumber(value, format);
  return value;
}

/** The text a cell shows: what the host displayed when it knows, else its value through its format. */
export function cellText(cell: Cell | undefined): string {
  if (!cell) return '';
  if (cell.text !== undefined) return cell.text;
  return valueText(cell.value, cell.numFmt);
}

/** The cell bar's line: the formula and what it shows, or the stored value in full precision. */
export function cellContentLine(cell: Cell | undefined): string {
  if (!cell) return '';
  const stored = typeof cell.value === 'number' ? general(cell.value) : valueText(cell.value);
  return cell.formula ? `${cell.formula}  → ${cellText(cell)}` : stored;
}
