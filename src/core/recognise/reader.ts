// Reading one sheet for recognition: cells, display text, merges, labels and the model's fields
// (TextField / ValueField with their addresses). One reader per sheet; merges indexed once.
import { columnLetters } from '../grid/address';
import type { Cell, CellValue, SheetGrid } from '../grid/types';
import { isCellError } from '../grid/types';
import type { CellRef, TextField, ValueField } from '../model/types';
import { displayedDecimals, parseValue } from '../scoring';
import { MergeIndex } from './merges';
import { meaningOf, type LabelMeaning } from './vocabulary';

const NO_MEANING = meaningOf('');

export class SheetReader {
  readonly name: string;
  readonly merges: MergeIndex;
  /** Last row that can hold a value (rows beyond it are empty). */
  readonly lastRow: number;
  private readonly letters: string[] = [];

  constructor(readonly sheet: SheetGrid) {
    this.name = sheet.name;
    this.merges = new MergeIndex(Array.isArray(sheet.merges) ? sheet.merges : []);
    this.lastRow = Array.isArray(sheet.rows) ? sheet.rows.length : 0;
  }

  row(row: number): ReadonlyArray<Cell | undefined> | undefined {
    return this.sheet.rows[row - 1] ?? undefined;
  }

  cell(row: number, col: number): Cell | undefined {
    return this.sheet.rows[row - 1]?.[col - 1] ?? undefined;
  }

  value(row: number, col: number): CellValue {
    return this.cell(row, col)?.value ?? null;
  }

  /** What a person sees in the cell, trimmed ('' for empty). */
  text(row: number, col: number): string {
    return displayText(this.cell(row, col));
  }

  isEmpty(row: number, col: number): boolean {
    return displayText(this.cell(row, col)) === '';
  }

  /** Label meaning of a text cell ('指标权重\n（分）' → weight); nothing for numbers and long text. */
  meaning(row: number, col: number): LabelMeaning {
    const v = this.cell(row, col)?.value;
    return typeof v === 'string' ? meaningOf(v) : NO_MEANING;
  }

  /** Last column of the cell, counting its merged area. */
  rightEdge(row: number, col: number): number {
    return this.merges.anchoredAt(row, col)?.right ?? col;
  }

  /** Last row of the cell, counting its merged area. */
  bottomEdge(row: number, col: number): number {
    return this.merges.anchoredAt(row, col)?.bottom ?? row;
  }

  ref(row: number, col: number): CellRef {
    let letters = this.letters[col];
    if (letters === undefined) letters = this.letters[col] = columnLetters(col);
    return { sheet: this.name, row, col, address: letters + row };
  }

  textField(row: number, col: number, text?: string): TextField {
    const cell = this.cell(row, col);
    const shown = text ?? (isDateCell(cell) ? dateText(cell?.value as number) : displayText(cell));
    const raw = cell?.value ?? null;
    const ref = this.ref(row, col);
    // Two plain literals rather than a conditional spread: this runs for every text cell of a table.
    return cell?.formula ? { text: shown, raw, ref, formula: cell.formula } : { text: shown, raw, ref };
  }

  /** The text field of a non-empty cell, else undefined. */
  optionalText(row: number, col: number | undefined): TextField | undefined {
    if (col === undefined || this.isEmpty(row, col)) return undefined;
    return this.textField(row, col);
  }

  /** The value of a cell as a ValueField (one fixed shape: absent parts are undefined). */
  valueField(row: number, col: number, unitHint?: string): ValueField {
    const cell = this.cell(row, col);
    const raw = cell?.value ?? null;
    const numFmt = cell?.numFmt;
    const text = cell?.text;
    const parsed =
      numFmt === undefined && text === undefined && unitHint === undefined
        ? parseValue(raw)
        : parseValue(raw, { numFmt, text, unitHint });
    return {
      raw: parsed.raw,
      text: parsed.text,
      kind: parsed.kind,
      number: parsed.number,
      percent: parsed.percent,
      unit: parsed.unit,
      op: parsed.op,
      numberAsText: parsed.numberAsText,
      error: parsed.error,
      ref: this.ref(row, col),
      formula: cell?.formula,
      numFmt,
      decimals: raw === null ? undefined : displayedDecimals(raw, numFmt, text),
    };
  }

  /** First non-empty cell right of the cell's merged area in the same row, up to `limit`. */
  nextRight(row: number, col: number, limit: number): number | undefined {
    const cells = this.row(row);
    if (!cells) return undefined;
    const end = Math.min(limit, cells.length);
    for (let c = this.rightEdge(row, col) + 1; c <= end; c++) {
      if (displayText(cells[c - 1]) !== '') return c;
    }
    return undefined;
  }
}

export function displayText(cell: Cell | undefined): string {
  if (!cell) return '';
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number') return cell.text !== undefined ? cell.text.trim() : String(v);
  if (typeof v === 'boolean') return cell.text ?? (v ? 'TRUE' : 'FALSE');
  if (isCellError(v)) return String(v.error);
  return '';
}

/** A number shown as a date (填报日期): its format has day/month/year codes and no digit placeholders. */
function isDateCell(cell: Cell | undefined): boolean {
  if (!cell || typeof cell.value !== 'number' || cell.text !== undefined || !cell.numFmt) return false;
  const codes = cell.numFmt.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  return /[yd]/i.test(codes) && !/[0#?]/.test(codes);
}

/** Excel serial day → 'YYYY-MM-DD' (1900 date system). */
function dateText(serial: number): string {
  const ms = Math.round((serial - 25569) * 86_400_000);
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? String(serial) : date.toISOString().slice(0, 10);
}
