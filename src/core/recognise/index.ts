// Table recognition: grid in, indicator tables out (DESIGN.md §1).
// Conventions of the output: a ValueField is present for every value column the table has (kind
// 'empty' when the cell is blank, so rules can point at the cell); a TextField (name, unit, note,
// opCell, level1/2) only when its cell holds text. Names lose a template prefix '指标1：'.
import type { WorkbookGrid } from '../grid/types';
import type { IndicatorTable, Recognition } from '../model/types';
import { recogniseSheet } from './sheet';

export { recogniseSheet } from './sheet';
/** The vocabulary map of converted copies (績效 → 绩效), for rules that read names and goals. */
export { simplifiedChar, hasTraditional } from './traditional';

/** Every indicator table of every sheet. Bad input gives no tables, never an exception. */
export function recognise(workbook: WorkbookGrid): Recognition {
  const tables: IndicatorTable[] = [];
  const sheets = Array.isArray(workbook?.sheets) ? workbook.sheets : [];
  for (const sheet of sheets) {
    if (!sheet || !Array.isArray(sheet.rows)) continue;
    try {
      tables.push(...recogniseSheet(sheet));
    } catch {
      // A sheet the recogniser cannot read is skipped; the others are still recognised.
    }
  }
  return { tables };
}
