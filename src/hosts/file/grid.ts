// ExcelJS's workbook → the host-neutral grid (src/core/grid). Faithful to what the cell holds:
// formulas with their cached results, dates as Excel serial numbers, rich text and hyperlinks as
// their text, errors as { error }, number formats, merges, hidden rows and columns, protection.
import ExcelJS from 'exceljs';
import type { Cell, CellValue, Rect, SheetGrid, WorkbookGrid } from '../../core/grid/types';

const MS_PER_DAY = 86_400_000;

/** Excel's serial number for a date as ExcelJS hands it back (it converts date-formatted numbers). */
export function dateToSerial(date: Date, date1904: boolean): number {
  const serial = 25569 + date.getTime() / MS_PER_DAY - (date1904 ? 1462 : 0);
  return Number.isInteger(serial) ? serial : Number(serial.toFixed(10));
}

function richTextOf(value: ExcelJS.CellRichTextValue): string {
  return value.richText.map((run) => run.text).join('');
}

/** The value a cell shows, in grid terms. */
export function toCellValue(value: ExcelJS.CellValue | undefined, date1904: boolean): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return dateToSerial(value, date1904);
  if ('error' in value) return { error: String(value.error) };
  if ('richText' in value) return richTextOf(value);
  if ('formula' in value || 'sharedFormula' in value) {
    return toCellValue((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue, date1904);
  }
  if ('hyperlink' in value) {
    const text = (value as ExcelJS.CellHyperlinkValue).text as unknown;
    if (typeof text === 'string') return text;
    if (text && typeof text === 'object' && 'richText' in text) return richTextOf(text as ExcelJS.CellRichTextValue);
    return (value as ExcelJS.CellHyperlinkValue).hyperlink;
  }
  return null;
}

/** Formula text with its '=' (shared formulas translated to this cell), or undefined. */
export function formulaOf(cell: ExcelJS.Cell): string | undefined {
  if (cell.type !== ExcelJS.ValueType.Formula) return undefined;
  const text = cell.formula;
  return text ? `=${text}` : undefined;
}

interface RangeLike {
  readonly model?: { top: number; left: number; bottom: number; right: number };
}

/** Merged areas. ExcelJS keeps them in a private map; `model.merges` would rebuild the whole sheet model. */
function mergesOf(ws: ExcelJS.Worksheet): Rect[] {
  const internal = (ws as unknown as { _merges?: Record<string, RangeLike> })._merges;
  if (!internal) return [];
  const rects: Rect[] = [];
  for (const range of Object.values(internal)) {
    const m = range?.model;
    if (m) rects.push({ top: m.top, left: m.left, bottom: m.bottom, right: m.right });
  }
  return rects.sort((a, b) => a.top - b.top || a.left - b.left);
}

/**
 * The rows the file holds, hidden empty ones included. Not eachRow({ includeEmpty: true }): that makes
 * a Row object for every index up to the last row, a million of them for one stray value in
 * XFD1048576. ExcelJS keeps its rows in a private sparse array (as it keeps merges, above).
 */
function rowsOf(ws: ExcelJS.Worksheet): ExcelJS.Row[] {
  const internal = (ws as unknown as { _rows?: ReadonlyArray<ExcelJS.Row | undefined> })._rows;
  const out: ExcelJS.Row[] = [];
  if (Array.isArray(internal)) {
    internal.forEach((row) => {
      if (row) out.push(row);
    });
    return out;
  }
  ws.eachRow({ includeEmpty: true }, (row) => void out.push(row));
  return out;
}

function hiddenColumnsOf(ws: ExcelJS.Worksheet): number[] {
  const hidden: number[] = [];
  (ws.columns ?? []).forEach((column, index) => {
    if (column?.hidden) hidden.push(index + 1);
  });
  return hidden;
}

export function sheetToGrid(ws: ExcelJS.Worksheet, date1904: boolean): SheetGrid {
  const rows: (Cell | undefined)[][] = [];
  const hiddenRows: number[] = [];
  let rowCount = 0;
  let colCount = 0;
  for (const row of rowsOf(ws)) {
    const r = row.number;
    if (row.hidden) hiddenRows.push(r);
    let cells: (Cell | undefined)[] | undefined;
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const value = toCellValue(cell.value, date1904);
      const formula = formulaOf(cell);
      if (value === null && formula === undefined) return;
      const numFmt = cell.numFmt;
      const out: { value: CellValue; formula?: string; numFmt?: string } = { value };
      if (formula !== undefined) out.formula = formula;
      if (numFmt && numFmt !== 'General') out.numFmt = numFmt;
      (cells ??= [])[c - 1] = out;
      if (c > colCount) colCount = c;
      rowCount = r;
    });
    if (cells) rows[r - 1] = cells;
  }
  const merges = mergesOf(ws);
  for (const m of merges) {
    rowCount = Math.max(rowCount, m.bottom);
    colCount = Math.max(colCount, m.right);
  }
  const protection = (ws as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection;
  const sheet: SheetGrid = {
    name: ws.name,
    rows,
    rowCount,
    colCount,
    merges,
    ...(hiddenRows.length ? { hiddenRows } : {}),
    ...(hiddenColumnsOf(ws).length ? { hiddenCols: hiddenColumnsOf(ws) } : {}),
    ...(protection?.sheet ? { protected: true } : {}),
    ...(ws.state && ws.state !== 'visible' ? { visibility: ws.state } : {}),
  };
  return sheet;
}

export function workbookToGrid(workbook: ExcelJS.Workbook, name?: string): WorkbookGrid {
  const date1904 = Boolean((workbook.properties as { date1904?: boolean } | undefined)?.date1904);
  const sheets = workbook.worksheets.map((ws) => sheetToGrid(ws, date1904));
  return name === undefined ? { sheets } : { sheets, name };
}
