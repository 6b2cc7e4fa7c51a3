// Realistic workbooks for the Excel host tests: the fixture sources (the seed and the real cases,
// laid out as the printed forms) turned into grids the fake Excel is built from.
import { columnNumber, parseA1, parseRectA1 } from '../../../src/core/grid/address';
import type { Cell, Rect, SheetGrid, WorkbookGrid } from '../../../src/core/grid/types';
import type { CellInput, SheetSource, WorkbookSource } from '../../fixtures/lib/source';
import seed from '../../fixtures/sources/seed-xiyong-2022';
import suixi from '../../fixtures/sources/suixi-2019';
import yongde from '../../fixtures/sources/yongde-2022';

export { seed, suixi, yongde };

function toCell(input: CellInput): Cell | undefined {
  if (input === null || input === undefined || input === '') return undefined;
  if (typeof input !== 'object') return { value: input };
  const value = input.v === undefined ? null : input.v;
  const cell: { -readonly [K in keyof Cell]: Cell[K] } = { value: typeof value === 'object' && value !== null ? { error: value.error } : value };
  if (input.f !== undefined) cell.formula = input.f.startsWith('=') ? input.f : `=${input.f}`;
  if (input.fmt !== undefined) cell.numFmt = input.fmt;
  if (input.date !== undefined) {
    cell.value = Math.round((Date.parse(input.date) - Date.UTC(1899, 11, 30)) / 86_400_000);
    cell.numFmt = input.fmt ?? 'yyyy-mm-dd';
  }
  if (input.rich !== undefined) cell.value = input.rich.join('');
  return cell;
}

function inRect(rect: Rect, r: number, c: number): boolean {
  return r >= rect.top && r <= rect.bottom && c >= rect.left && c <= rect.right;
}

export function sheetGrid(source: SheetSource): SheetGrid {
  const rows: (Cell | undefined)[][] = [];
  let rowCount = 0;
  let colCount = 0;
  const blocks = source.blocks ?? [{ at: 'A1', rows: source.rows ?? [] }];
  for (const block of blocks) {
    const origin = parseA1(block.at ?? 'A1') ?? { row: 1, col: 1 };
    block.rows.forEach((row, i) =>
      row.forEach((input, j) => {
        const cell = toCell(input);
        if (!cell) return;
        const r = origin.row + i;
        const c = origin.col + j;
        (rows[r - 1] ??= [])[c - 1] = cell;
        rowCount = Math.max(rowCount, r);
        colCount = Math.max(colCount, c);
      }),
    );
  }
  for (const [range, numFmt] of Object.entries(source.formats ?? {})) {
    const rect = parseRectA1(range);
    if (!rect) continue;
    rows.forEach((row, ri) =>
      row?.forEach((cell, ci) => {
        if (cell && cell.numFmt === undefined && inRect(rect, ri + 1, ci + 1)) row[ci] = { ...cell, numFmt };
      }),
    );
  }
  const merges = (source.merges ?? []).map((m) => parseRectA1(m) as Rect);
  return {
    name: source.name,
    rows,
    rowCount,
    colCount,
    merges,
    hiddenRows: source.hiddenRows ? [...source.hiddenRows] : undefined,
    hiddenCols: source.hiddenCols?.map((letters) => columnNumber(letters)),
    protected: source.protect,
    visibility: source.state === 'visible' ? undefined : source.state,
  };
}

export function workbookGrid(source: WorkbookSource): WorkbookGrid {
  return { name: `${source.file}.xlsx`, sheets: source.sheets.map(sheetGrid) };
}

/** The seed's table repeated on `count` sheets (表1 … 表N): a department's many-sheet workbook. */
export function manySheets(count: number): WorkbookGrid {
  const sheet = sheetGrid(seed.sheets[0]);
  return { name: 'many.xlsx', sheets: Array.from({ length: count }, (_unused, i) => ({ ...sheet, name: `表${i + 1}` })) };
}
