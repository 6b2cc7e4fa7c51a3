// Writing one cell so Excel stores exactly the intended value or formula, and checking that a cell
// still holds what we expect. Excel parses what it is given like typed input: '100' becomes a
// number, '=x' a formula, '1/2' a date. Text that Excel would reinterpret gets the apostrophe
// prefix, which Excel consumes and which keeps the cell text (a 数字文本 stays text on undo).
import type { CellValue } from '../../core/grid/types';
import { isCellError } from '../../core/grid/types';
import { callsPerfFunction, canonicalFormula, displayedFormula, type FunctionNames } from '../../functions/names';

export interface CellContent {
  readonly value: CellValue;
  readonly formula?: string;
  /**
   * The formula as typed in this Excel's language (range.formulasLocal), when it must be written
   * so: a PERF formula in an Excel showing Chinese function names. `formula` stays the one compared.
   */
  readonly formulaLocal?: string;
  /** The number format the cell gets with its content (range.numberFormat); absent leaves the format as it is. */
  readonly numberFormat?: string;
}

/**
 * The content to write into an Excel that shows PERF's functions by `names`: a formula calling
 * PERF.SCORE… in a Chinese Excel is written through formulasLocal as PERF.指标得分…, since writing
 * the English name through range.formulas there gives #NAME?. Anything else is written as it is.
 */
export function forExcel(content: CellContent, names: FunctionNames): CellContent {
  const formula = content.formula;
  if (names !== 'zh' || !formula || !callsPerfFunction(formula)) return content;
  return { ...content, formulaLocal: displayedFormula(formula, 'zh') };
}

/** True when Excel would not keep this text as the same text if typed in. */
export function textNeedsGuard(text: string): boolean {
  if (text === '') return false;
  if (/^[=+\-@'#]/.test(text)) return true;
  if (/^\s|\s$/.test(text) && /^[\s\d.,%/:eE+-]+$/.test(text)) return true;
  if (/^[\d.,%/:\-\s]+([eE][+-]?\d+)?$/.test(text) && /\d/.test(text)) return true;
  if (/^(true|false)$/i.test(text)) return true;
  if (/^[¥$€£￥]\s*[\d.,]+$/.test(text)) return true;
  if (/^(\d{1,4}年)?\d{1,2}月(\d{1,2}日)?$|^\d{1,4}年\d{1,2}月\d{1,2}日$/.test(text)) return true;
  const t = text.trim();
  // Accounting negatives: '(100)' is -100 to Excel.
  if (/^\(\s*[\d.,]+\s*\)$/.test(t) && /\d/.test(t)) return true;
  // Dates with a month name ('5-Jan', 'Jan-5', '5 Jan 2024') and times with AM/PM ('5 PM', '5:30 am').
  const month = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
  if (new RegExp(`^\\d{1,2}[-/ ]${month}([-/ ,]+\\d{2,4})?$|^${month}[-/ ]\\d{1,4}([-/ ,]+\\d{2,4})?$`, 'i').test(t)) return true;
  if (/^\d{1,2}(:\d{2}){0,2}\s*(am|pm|a|p)$/i.test(t)) return true;
  return false;
}

/** Queues the write of `content` into a single-cell range. */
export function writeCell(range: Excel.Range, content: CellContent): void {
  if (content.numberFormat !== undefined && content.numberFormat !== '') range.numberFormat = [[content.numberFormat]];
  if (content.formulaLocal !== undefined && content.formulaLocal !== '') {
    range.formulasLocal = [[content.formulaLocal]];
    return;
  }
  if (content.formula !== undefined && content.formula !== '') {
    range.formulas = [[content.formula]];
    return;
  }
  const v = content.value;
  if (v === null || v === '') {
    range.clear('Contents');
    return;
  }
  if (isCellError(v)) {
    range.values = [[v.error]];
    return;
  }
  if (typeof v === 'string') {
    range.values = [[textNeedsGuard(v) ? `'${v}` : v]];
    return;
  }
  range.values = [[v]];
}

/**
 * The formula of a loaded cell, or undefined for a constant. range.formulas gives a constant's own
 * value, so a text cell holding '=' (the seed's 指标性质 column) reads '=' in both arrays: a cell is
 * a formula only when its formula text differs from its value.
 */
export function formulaOf(value: unknown, formula: unknown): string | undefined {
  if (typeof formula !== 'string' || !formula.startsWith('=')) return undefined;
  if (typeof value === 'string' && value === formula) return undefined;
  // PERF's functions by their ids, should this Excel give their Chinese names: the checks and the
  // journal see one spelling whatever language Excel shows.
  return canonicalFormula(formula);
}

/**
 * Formula text with case and spaces outside string literals ignored (Excel may re-case names), and
 * PERF's functions by their ids whichever names Excel shows them by (PERF.指标得分 is PERF.SCORE).
 */
export function normalizeFormula(formula: string): string {
  let out = '';
  let inString = false;
  for (const ch of canonicalFormula(formula)) {
    if (ch === '"') inString = !inString;
    if (inString || ch === '"') out += ch;
    else if (!/\s/.test(ch)) out += ch.toUpperCase();
  }
  return out;
}

/**
 * Does a cell (values[0][0], formulas[0][0] as loaded) hold `expected`? A formula is compared by
 * its text (its result may have been recalculated); a constant by value, exactly.
 */
export function holds(value: unknown, formula: unknown, expected: CellContent): boolean {
  const actual = formulaOf(value, formula);
  if (expected.formula !== undefined && expected.formula !== '') {
    return actual !== undefined && normalizeFormula(actual) === normalizeFormula(expected.formula);
  }
  if (actual !== undefined) return false;
  const want = expected.value;
  if (want === null || want === '') return value === '' || value === null || value === undefined;
  if (isCellError(want)) return typeof value === 'string' && value.toUpperCase() === want.error.toUpperCase();
  return value === want;
}
