// Cell contents through ET: reading a cell's value and formula as the Excel host sees them, writing
// a value or formula so ET stores exactly it, and the BGR colours of fills.
import type { CellValue } from '../../core/grid/types';
import { isCellError } from '../../core/grid/types';
import { holds, textNeedsGuard, type CellContent } from '../excel/cell-io';
import { CVERR, XL, type EtRange } from './et';

/** Value2 as the Excel host reads values: an error's text for a CVErr number (confirmed by Text). */
export function officeValue(range: EtRange, raw: unknown): unknown {
  if (typeof raw === 'number' && CVERR[raw] !== undefined) {
    const shown = range.Text;
    if (typeof shown === 'string' && shown.startsWith('#')) return CVERR[raw];
  }
  return raw;
}

/** Does the cell hold `expected` (a formula by its text, a constant exactly)? Three bridge calls at most. */
export function cellHolds(range: EtRange, expected: CellContent): boolean {
  const formula = range.Formula;
  const value = officeValue(range, range.Value2);
  return holds(value, formula, expected);
}

/** The cell's content as a grid value. */
export function cellContent(range: EtRange): { value: CellValue; formula?: string } {
  const formula = range.Formula;
  const raw = officeValue(range, range.Value2);
  const value: CellValue =
    raw === undefined || raw === null || raw === ''
      ? null
      : typeof raw === 'string' && /^#/.test(raw) && Object.values(CVERR).includes(raw)
        ? { error: raw }
        : (raw as CellValue);
  const isFormula = typeof formula === 'string' && formula.startsWith('=') && !(typeof raw === 'string' && raw === formula);
  return isFormula ? { value, formula: formula as string } : { value };
}

/**
 * Writes one cell: a formula through Formula, a constant through Value2 (text guarded as typed input),
 * and the number format the content carries, if any, through NumberFormat.
 */
export function writeCell(range: EtRange, content: CellContent): void {
  if (content.numberFormat !== undefined && content.numberFormat !== '') range.NumberFormat = content.numberFormat;
  if (content.formula !== undefined && content.formula !== '') {
    range.Formula = content.formula;
    return;
  }
  const v = content.value;
  if (v === null || v === '') {
    range.ClearContents();
    return;
  }
  if (isCellError(v)) {
    range.Value2 = v.error;
    return;
  }
  range.Value2 = typeof v === 'string' && textNeedsGuard(v) ? `'${v}` : v;
}

/** '#RRGGBB' → BGR number (ET's Interior.Color). */
export function bgr(hex: string): number {
  const n = parseInt(hex.replace('#', ''), 16);
  return ((n & 0xff) << 16) | (n & 0xff00) | ((n >> 16) & 0xff);
}

/** BGR number → '#RRGGBB'. */
export function hexOf(value: number): string {
  const r = value & 0xff;
  const g = (value >> 8) & 0xff;
  const b = (value >> 16) & 0xff;
  return `#${[r, g, b].map((x) => x.toString(16).padStart(2, '0')).join('')}`.toUpperCase();
}

/** A cell's fill as saved before highlighting: null for no fill. */
export function fillOf(range: EtRange): string | null {
  const interior = range.Interior;
  if (interior.ColorIndex === XL.none || interior.Pattern === XL.none) return null;
  const color = interior.Color;
  return typeof color === 'number' ? hexOf(color) : null;
}

/** Sets a saved fill back (null: no fill). */
export function setFill(range: EtRange, hex: string | null): void {
  if (hex === null) range.Interior.ColorIndex = XL.none;
  else range.Interior.Color = bgr(hex);
}
