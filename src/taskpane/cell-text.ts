// What a person sees in a cell, for previews and undo notices: the formula with its value, or the value.
import type { CellValue } from '../core/grid/types';
import { isCellError } from '../core/grid/types';

/** What a person sees in the cell: the formula with its value, or the value; empty shown as （空）. */
export function cellContentText(content: { value: CellValue | number | string; formula?: string }, empty: string): string {
  const v = content.value;
  const shown = v === null || v === '' ? '' : isCellError(v) ? v.error : typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : String(v);
  if (content.formula) return shown === '' ? content.formula : `${content.formula} → ${shown}`;
  return shown === '' ? empty : shown;
}
