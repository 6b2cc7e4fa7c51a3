// validateVsWalk: recognise + validate (checkWorkbook, national profile) of 10,000 indicator rows in
// 20 sheets, ÷ one plain walk over the same cells that touches every value (the least any checker
// must do). Both run in this process on the same grid, interleaved.
import { checkWorkbook } from '../../src/core/check/workbook';
import type { WorkbookGrid } from '../../src/core/grid/types';
import { NATIONAL_PROFILE } from '../../src/core/profile/national';
import { generateWorkbook, indicatorCount, planToGrid } from '../generate/workbooks';
import { compare, round } from '../harness/measure';
import type { BenchCase } from '../harness/types';

/** Visits every cell and reads its value: a number for numbers, the length for text. */
export function walk(grid: WorkbookGrid): number {
  let touched = 0;
  for (const sheet of grid.sheets) {
    for (const row of sheet.rows) {
      if (!row) continue;
      for (const cell of row) {
        if (!cell) continue;
        const value = cell.value;
        touched += typeof value === 'number' ? 1 : typeof value === 'string' ? value.length : 0;
      }
    }
  }
  return touched;
}

export const validateVsWalk: BenchCase = {
  async run(context) {
    const sheets = context.tiny ? 2 : 20;
    const perSheet = context.tiny ? 20 : 500;
    const plan = generateWorkbook({ seed: context.seed, sheets, indicators: perSheet });
    const grid = planToGrid(plan);
    const report = checkWorkbook(grid, { profile: NATIONAL_PROFILE });
    const recognised = report.tables.reduce((n, t) => n + t.indicators, 0);
    const notes = recognised === indicatorCount(plan) ? [] : [`recognised ${recognised} of ${indicatorCount(plan)} indicator rows`];
    const timing = await compare(
      () => checkWorkbook(grid, { profile: NATIONAL_PROFILE }),
      () => walk(grid),
      context.tiny ? { warmup: 1, pairs: 3, minSampleMs: 1 } : { warmup: 5, pairs: 11, minSampleMs: 200 },
    );
    const cells = grid.sheets.reduce((n, s) => n + s.rows.reduce((m, r) => m + (r ? r.filter(Boolean).length : 0), 0), 0);
    return {
      figures: { validateVsWalk: round(timing.ratio) },
      rows: [
        {
          label: 'validateVsWalk',
          value: round(timing.ratio),
          target: { op: '≤', limit: 3 },
          detail: `${indicatorCount(plan)} rows in ${sheets} sheets (${cells} cells, ${report.findings.length} findings), CPU time: check ${timing.oursMs.toFixed(1)} ms, walk ${timing.baselineMs.toFixed(2)} ms`,
        },
      ],
      notes,
    };
  },
};
