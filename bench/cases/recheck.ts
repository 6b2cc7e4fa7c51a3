// recheckMs500: the live re-check after one cell edit, core only — the edited sheet (a 500-row
// family C table, among other sheets) checked again and merged into the previous report, as the
// pane does after Excel's onChanged event. Milliseconds, median.
import { mergeReport } from '../../src/core/actions/report-merge';
import { checkWorkbook } from '../../src/core/check/workbook';
import type { Cell, SheetGrid } from '../../src/core/grid/types';
import { NATIONAL_PROFILE } from '../../src/core/profile/national';
import { generateWorkbook, planToGrid } from '../generate/workbooks';
import { round, timeTask } from '../harness/measure';
import type { BenchCase } from '../harness/types';

/** The sheet with one cell's value replaced, sharing every other row (as a host re-read gives). */
export function withEdit(sheet: SheetGrid, row: number, col: number, value: number): SheetGrid {
  const rows = [...sheet.rows];
  const cells = [...(rows[row - 1] ?? [])];
  const old = cells[col - 1];
  cells[col - 1] = { ...(old ?? {}), value } as Cell;
  rows[row - 1] = cells;
  return { ...sheet, rows };
}

export const recheck: BenchCase = {
  async run(context) {
    const size = context.tiny ? 50 : 500;
    // Sheet 2 is family C (A, C, D in turn): the seed's layout, 全年完成值 in column H.
    const grid = planToGrid(generateWorkbook({ seed: context.seed, sheets: 3, indicators: size }));
    const options = { profile: NATIONAL_PROFILE };
    const previous = checkWorkbook(grid, options);
    const sheet = grid.sheets[1];
    const editRow = 7 + Math.floor(size / 2);
    const actual = sheet.rows[editRow - 1]?.[7]?.value;
    const base = typeof actual === 'number' ? actual : 100;
    let flip = 0;
    const { ms, samples } = await timeTask(
      () => {
        // The officer types a lower 全年完成值, then puts it back: each run checks a real change.
        const edited = withEdit(sheet, editRow, 8, flip++ % 2 === 0 ? base * 0.9 : base);
        const fresh = checkWorkbook({ sheets: [edited] }, options);
        return mergeReport(previous, fresh, [edited.name]);
      },
      context.tiny ? { warmup: 1, pairs: 3, minSampleMs: 1 } : { warmup: 10, pairs: 21, minSampleMs: 1 },
    );
    const rows = previous.tables.find((t) => t.sheet === sheet.name)?.indicators ?? 0;
    return {
      figures: { recheckMs500: round(ms, 1) },
      rows: [{ label: 'recheckMs500', value: round(ms, 1), detail: `${rows}-row table (sheet ${sheet.name} of ${grid.sheets.length}), one 全年完成值 edited, CPU time, median of ${samples.length}` }],
    };
  },
};
