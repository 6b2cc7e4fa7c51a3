// Grids for the pane's tests, built from the committed fixture sources (the real forms), without ExcelJS.
import type { WorkbookSource, CellInput } from '../../fixtures/lib/source';
import seedSource from '../../fixtures/sources/seed-xiyong-2022';
import { sheetFromRows, type CellSpec, type RowSpec } from '../../support/grid';
import type { CellValue, WorkbookGrid } from '../../../src/core/grid/types';

function toSpec(input: CellInput): CellValue | CellSpec | undefined {
  if (input === null || input === undefined) return undefined;
  if (typeof input !== 'object') return input;
  const v = (input.v ?? null) as CellValue;
  return { v, ...(input.f ? { f: input.f } : {}), ...(input.fmt ? { fmt: input.fmt } : {}) };
}

export function gridFromSource(source: WorkbookSource): WorkbookGrid {
  return {
    name: `${source.file}.xlsx`,
    sheets: source.sheets.map((sheet) => {
      const rows: RowSpec[] = (sheet.rows ?? []).map((row) => row.map(toSpec));
      return sheetFromRows(sheet.name, rows, { merges: [...(sheet.merges ?? [])], protected: sheet.protect });
    }),
  };
}

/** The seed (西永街道2022, family C) as the real form lays it out. */
export function seedGrid(): WorkbookGrid {
  return gridFromSource(seedSource);
}
