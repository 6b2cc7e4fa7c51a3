// Fixture sources (test/fixtures/sources) as grids without ExcelJS: quick recognition tests on
// the same forms the .xlsx fixtures are built from. The golden test reads the .xlsx files.
import { parseA1, parseRectA1 } from '../../../src/core/grid/address';
import type { Cell, Rect, SheetGrid, WorkbookGrid } from '../../../src/core/grid/types';
import type { CellInput, SheetSource, WorkbookSource } from '../../fixtures/lib/source';

function toCell(input: CellInput): Cell | undefined {
  if (input === null || input === undefined || input === '') return undefined;
  if (typeof input !== 'object') return { value: input };
  const v = input.v ?? (input.rich ? input.rich.join('') : null);
  const value = typeof v === 'object' && v !== null ? { error: v.error } : (v ?? null);
  return {
    value,
    ...(input.f ? { formula: input.f.startsWith('=') ? input.f : `=${input.f}` } : {}),
    ...(input.fmt ? { numFmt: input.fmt } : {}),
  };
}

export function sheetOfSource(source: SheetSource): SheetGrid {
  const rows: (Cell | undefined)[][] = [];
  let rowCount = 0;
  let colCount = 0;
  const blocks = source.blocks ?? [{ at: 'A1', rows: source.rows ?? [] }];
  for (const block of blocks) {
    const origin = parseA1(block.at ?? 'A1') ?? { row: 1, col: 1 };
    block.rows.forEach((row, i) => {
      row.forEach((input, j) => {
        const cell = toCell(input);
        if (!cell) return;
        const r = origin.row + i;
        const c = origin.col + j;
        (rows[r - 1] ??= [])[c - 1] = cell;
        rowCount = Math.max(rowCount, r);
        colCount = Math.max(colCount, c);
      });
    });
  }
  const merges = (source.merges ?? []).map((m) => parseRectA1(m)).filter((m): m is Rect => m !== undefined);
  return { name: source.name, rows, rowCount, colCount, merges, hiddenRows: source.hiddenRows };
}

export function workbookOfSource(source: WorkbookSource): WorkbookGrid {
  return { name: source.file, sheets: source.sheets.map(sheetOfSource) };
}
