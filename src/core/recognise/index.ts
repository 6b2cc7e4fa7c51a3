// Table recognition: grid in, indicator tables out (DESIGN.md §1).
// Conventions of the output: a ValueField is present for every value column the table has (kind
// 'empty' when the cell is blank, so rules can point at the cell); a TextField (name, unit, note,
// opCell, level1/2) only when its cell holds text. Names lose a template prefix '指标1：'.
import type { WorkbookGrid } from '../grid/types';
import type { IndicatorTable, Recognition } from '../model/types';
import { hintOutcome, type HeaderHint, type HeaderHintOutcome } from './hint';
import { recogniseSheet } from './sheet';

export { recogniseSheet } from './sheet';
export { hintOutcome, FIELD_NAMES, type HeaderHint, type HeaderHintOutcome } from './hint';

export interface RecogniseOptions {
  /** Rows the user named as a table's header, one per sheet at most (the last given counts). */
  readonly headerHints?: readonly HeaderHint[];
}
/** The vocabulary map of converted copies (績效 → 绩效), for rules that read names and goals. */
export { simplifiedChar, hasTraditional } from './traditional';

/**
 * Every indicator table of every sheet. Bad input gives no tables, never an exception. With header
 * hints, each named row is tried as a header first, and `hints` says what came of each.
 */
export function recognise(workbook: WorkbookGrid, options: RecogniseOptions = {}): Recognition {
  const tables: IndicatorTable[] = [];
  const sheets = Array.isArray(workbook?.sheets) ? workbook.sheets : [];
  const given = Array.isArray(options.headerHints) ? options.headerHints.filter((h) => h && typeof h.sheet === 'string' && Number.isInteger(h.row) && h.row >= 1) : [];
  const rowOf = new Map(given.map((h) => [h.sheet, h.row] as const));
  for (const sheet of sheets) {
    if (!sheet || !Array.isArray(sheet.rows)) continue;
    try {
      tables.push(...recogniseSheet(sheet, rowOf.get(sheet.name)));
    } catch {
      // A sheet the recogniser cannot read is skipped; the others are still recognised.
    }
  }
  if (given.length === 0) return { tables };
  const hints: HeaderHintOutcome[] = [...rowOf].map(([sheet, row]) => {
    const grid = sheets.find((s) => s?.name === sheet);
    try {
      return hintOutcome({ sheet, row }, grid && Array.isArray(grid.rows) ? grid : undefined, tables);
    } catch {
      return { sheet, row, found: false, columns: [], missing: [] };
    }
  });
  return { tables, hints };
}
