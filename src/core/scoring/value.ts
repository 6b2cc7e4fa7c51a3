// Reading a cell value for its meaning: numbers, text numbers, percentages, units, folded operators,
// qualitative words, Excel errors, placeholders for "nothing". Exact decimals only: a JS number is
// read through its shortest string (2.63 stays 2.63), never through float arithmetic.
import Decimal from 'decimal.js';
import type { CellValue } from '../grid/types';
import { isCellError } from '../grid/types';
import type { ParsedValue } from '../model/types';
import { normalizeText } from './normalize';
import { splitOperator } from './operator';
import { BoundedCache } from '../bounded-cache';

export interface ParseValueOptions {
  /** Excel number format of the cell ('0%', '0.00'). */
  readonly numFmt?: string;
  /** Text as Excel displays it, when known. */
  readonly text?: string;
  /** The row's unit cell (计量单位): '%' marks the value as a percentage. */
  readonly unitHint?: string;
}

const HUNDRED = new Decimal(100);

/** Written in a cell to mean "nothing here". */
const EMPTY_MARKS: ReadonlySet<string> = new Set(['-', '--', '—', '——', '–', '/', '\\', '无', '、']);

const EXCEL_ERRORS: ReadonlySet<string> = new Set([
  '#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!',
  '#CALC!', '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!', '#PYTHON!',
]);

/** A plain decimal: '95', '-2.5', '.5'. The common case, checked before anything heavier. */
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)$/;
/** A number at the start of normalised text, thousands separators allowed: '1,200.5万元'. */
const LEADING_NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|^[+-]?\.\d+/;
/**
 * A unit is short and holds no digits, sentence punctuation or an ellipsis ('>=9…' is a cut-off value,
 * not 9 of the unit '…'): '次', '万元', '元/人*月'.
 */
const UNIT_SHAPE = /^[^\d,;:!?，。；：！？….]{1,12}$/;
/** A rate per a counted denominator: digits only right after the slash, a word after them ('/10万', '元/100公斤'). */
const PER_UNIT_SHAPE = /^[^\d,;:!?，。；：！？…./]{0,6}\/\d+(?:\.\d+)?[^\d,;:!?，。；：！？…./]{1,6}$/;

const percentFormatCache = new Map<string, boolean>();

/** Format code without quoted literals, escaped characters, [colour]/[condition] parts, _x and *x. */
function stripFormatLiterals(section: string): string {
  return section.replace(/"[^"]*"|\\.|\[[^\]]*\]|_.|\*./g, '');
}

/** First section of a format code (the one used for positive numbers). */
function firstSection(numFmt: string): string {
  let inQuote = false;
  for (let i = 0; i < numFmt.length; i++) {
    const ch = numFmt[i];
    if (ch === '"') inQuote = !inQuote;
    else if (ch === '\\') i++;
    else if (ch === ';' && !inQuote) return numFmt.slice(0, i);
  }
  return numFmt;
}

/** True when Excel shows the number × 100 with a % sign ('0%', '0.00%'; not '0"%"'). */
export function isPercentFormat(numFmt: string | undefined): boolean {
  if (!numFmt || numFmt.indexOf('%') < 0) return false;
  let cached = percentFormatCache.get(numFmt);
  if (cached === undefined) {
    cached = stripFormatLiterals(firstSection(numFmt)).includes('%');
    percentFormatCache.set(numFmt, cached);
  }
  return cached;
}

/**
 * Decimals already read, by number and by digits. Forms repeat a few values in thousands of cells
 * (weights 2.7, targets 100, scores 10); a Decimal is immutable, so one instance serves them all and
 * reading a cell allocates nothing. Cleared when large, so memory stays bounded.
 */
const MEMO_LIMIT = 4096;
interface ReadNumber {
  readonly decimal: Decimal;
  readonly text: string;
}
const numberMemo = new BoundedCache<number, ReadNumber>(MEMO_LIMIT);
const digitsMemo = new BoundedCache<string, Decimal>(MEMO_LIMIT);

/** The exact decimal of a finite number and its General text (String(n)), read once per value. */
function readNumber(n: number): ReadNumber {
  let read = numberMemo.get(n);
  if (read === undefined) {
    // decimal.js reads a number through its shortest round-trip string: 2.63 → '2.63'.
    read = { decimal: new Decimal(n === 0 ? 0 : n), text: String(n) };
    numberMemo.set(n, read);
  }
  return read;
}

/** String(n) of a finite number, read once per distinct value (General text, placeholder keys). */
export function numberText(n: number): string {
  return Number.isFinite(n) ? readNumber(n).text : String(n);
}

function decimalOfDigits(digits: string): Decimal {
  let d = digitsMemo.get(digits);
  if (d === undefined) {
    d = new Decimal(digits);
    digitsMemo.set(digits, d);
  }
  return d;
}

function numberValue(raw: number, options: ParseValueOptions | undefined): ParsedValue {
  if (!Number.isFinite(raw)) {
    return { raw, text: options?.text ?? String(raw), kind: 'error', percent: false, error: '#NUM!' };
  }
  const fmtPercent = isPercentFormat(options?.numFmt);
  const read = readNumber(raw);
  const value = fmtPercent ? read.decimal.times(HUNDRED) : read.decimal;
  const percent = fmtPercent || isPercentUnit(options?.unitHint);
  const text = options?.text ?? (fmtPercent ? `${value.toString()}%` : read.text);
  return { raw, text, kind: 'number', number: value, percent };
}

function isPercentUnit(unit: string | undefined): boolean {
  if (unit === undefined) return false;
  const u = unit.length === 1 ? unit : normalizeText(unit);
  return u === '%' || u === '％' || u === '百分比';
}

function textValue(raw: string, options: ParseValueOptions | undefined): ParsedValue {
  const text = options?.text ?? raw;
  const hintPercent = isPercentUnit(options?.unitHint);
  const trimmed = raw.trim();
  if (PLAIN_NUMBER.test(trimmed)) {
    return { raw, text, kind: 'number', number: decimalOfDigits(trimmed), percent: hintPercent, numberAsText: true };
  }
  const norm = normalizeText(raw);
  if (norm.length === 0) return { raw, text, kind: 'empty', percent: false };
  if (EMPTY_MARKS.has(norm)) return { raw, text, kind: 'empty', percent: false };
  if (norm.charCodeAt(0) === 35 /* # */ && EXCEL_ERRORS.has(norm.toUpperCase())) {
    return { raw, text, kind: 'error', percent: false, error: norm.toUpperCase() };
  }

  const { op, rest } = splitOperator(raw);
  const body = op === undefined ? norm : normalizeText(rest);
  const match = LEADING_NUMBER.exec(body);
  if (match) {
    const digits = match[0].replace(/,/g, '');
    let tail = body.slice(match[0].length);
    let percent = hintPercent;
    if (tail.startsWith('%')) {
      percent = true;
      tail = tail.slice(1);
    }
    if (tail === '' || UNIT_SHAPE.test(tail) || PER_UNIT_SHAPE.test(tail)) {
      // Nothing but a number ('２６', '1,200', '12 345'): no operator, no %, no unit.
      const numberAsText = op === undefined && body === match[0];
      return {
        raw, text, kind: 'number', number: decimalOfDigits(digits), percent,
        ...(tail !== '' ? { unit: tail } : {}),
        ...(op !== undefined ? { op } : {}),
        ...(numberAsText ? { numberAsText: true } : {}),
      };
    }
  }
  return { raw, text, kind: 'text', percent: false, ...(op !== undefined ? { op } : {}) };
}

/**
 * What a cell value means. Never throws: anything unreadable becomes kind 'text' (words) or
 * 'error' (Excel errors); '—', '/', '无' and blanks become kind 'empty' with their text kept.
 * Percentages are in points: '95%', 0.95 formatted '0%' and 95 with unit '%' all give 95.
 */
export function parseValue(raw: CellValue, options?: ParseValueOptions): ParsedValue {
  if (typeof raw === 'number') return numberValue(raw, options);
  if (typeof raw === 'string') return textValue(raw, options);
  if (raw === null || raw === undefined) return { raw: null, text: options?.text ?? '', kind: 'empty', percent: false };
  if (typeof raw === 'boolean') {
    return { raw, text: options?.text ?? (raw ? 'TRUE' : 'FALSE'), kind: 'text', percent: false };
  }
  if (isCellError(raw)) {
    const code = String(raw.error);
    return { raw, text: options?.text ?? code, kind: 'error', percent: false, error: code };
  }
  return { raw, text: options?.text ?? String(raw), kind: 'text', percent: false };
}

const formatDecimalsCache = new Map<string, number | null>();

/** Decimals a number format shows; null for General, text (@) or formats without digits (dates). */
function formatDecimals(numFmt: string): number | null {
  const cached = formatDecimalsCache.get(numFmt);
  if (cached !== undefined) return cached;
  const section = stripFormatLiterals(firstSection(numFmt));
  let result: number | null = null;
  if (!/general/i.test(section) && /[0#?]/.test(section)) {
    const dot = section.search(/\.[0#?]/);
    if (dot < 0) result = 0;
    else {
      let count = 0;
      for (let i = dot + 1; i < section.length && '0#?'.includes(section[i]); i++) count++;
      result = count;
    }
  }
  formatDecimalsCache.set(numFmt, result);
  return result;
}

/** Decimals of the first number written in a text: '99.90' → 2, '≥95.0%' → 1, '100' → 0. */
function textDecimals(text: string): number | undefined {
  const match = /\d(?:[\d,]*\d)?(?:\.(\d+))?/.exec(normalizeText(text));
  if (!match) return undefined;
  return match[1] ? match[1].length : 0;
}

/**
 * Decimals a cell displays: from its number format ('0.00' → 2, '0.0%' → 1, '#,##0' → 0), or from
 * its text when the format says nothing (General) or the cell holds text. Undefined when unknown.
 */
export function displayedDecimals(raw: CellValue, numFmt?: string, text?: string): number | undefined {
  if (typeof raw === 'string') return textDecimals(text ?? raw);
  if (typeof raw !== 'number') return undefined;
  if (numFmt) {
    const fromFormat = formatDecimals(numFmt);
    if (fromFormat !== null) return fromFormat;
  }
  return text !== undefined ? textDecimals(text) : undefined;
}
