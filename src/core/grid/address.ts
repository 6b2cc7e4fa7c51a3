import type { Rect } from './types';

/** 1 → 'A', 27 → 'AA'. */
export function columnLetters(col: number): string {
  let letters = '';
  let n = col;
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** 'AA' → 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** (12, 3) → 'C12'. */
export function a1(row: number, col: number): string {
  return columnLetters(col) + row;
}

/** 'C12' or '$C$12' → { row: 12, col: 3 }; undefined when not an A1 address. */
export function parseA1(address: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m) return undefined;
  return { row: Number(m[2]), col: columnNumber(m[1]) };
}

/** Rect → 'A1:I40' (a single cell gives 'A1'). */
export function rectA1(rect: Rect): string {
  const start = a1(rect.top, rect.left);
  const end = a1(rect.bottom, rect.right);
  return start === end ? start : `${start}:${end}`;
}

/** 'A1:I40' → Rect. */
export function parseRectA1(range: string): Rect | undefined {
  const [from, to = from] = range.split(':');
  const a = parseA1(from);
  const b = parseA1(to);
  if (!a || !b) return undefined;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/** Sheet-qualified reference as Excel writes it: 'Sheet 1'!C12. */
export function sheetAddress(sheet: string, address: string): string {
  const plain = /^[A-Za-z_\u4e00-\u9fff][\w.\u4e00-\u9fff]*$/.test(sheet);
  return plain ? `${sheet}!${address}` : `'${sheet.replace(/'/g, "''")}'!${address}`;
}
