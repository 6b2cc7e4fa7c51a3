// readSyncs: Office.js read round trips (context.sync calls) the Excel host needs to scan a
// workbook of 1, 10 and 50 sheets, counted by the sync-counting fake with Excel on the web's 5 MB
// payload limit. A count, not a time: the same on every machine.
import { countReadSyncs } from '../../test/support/fake-excel';
import { generateWorkbook, planToGrid } from '../generate/workbooks';
import type { BenchCase } from '../harness/types';

export const readSyncs: BenchCase = {
  async run(context) {
    const counts: Record<'sheets1' | 'sheets10' | 'sheets50', number> = { sheets1: 0, sheets10: 0, sheets50: 0 };
    const rows = [];
    for (const sheets of [1, 10, 50] as const) {
      // Realistic forms: 20–60 indicators a sheet, families A, C, D in turn (C merges every name row).
      const grid = planToGrid(generateWorkbook({ seed: context.seed + sheets, sheets, indicators: context.tiny ? [5, 10] : [20, 60] }));
      const cells = grid.sheets.reduce((n, s) => n + s.rowCount * s.colCount, 0);
      const merges = grid.sheets.reduce((n, s) => n + s.merges.length, 0);
      const syncs = await countReadSyncs(grid, { webLimit: true });
      counts[`sheets${sheets}`] = syncs;
      rows.push({ label: `readSyncs.sheets${sheets}`, value: syncs, target: { op: '≤', limit: 1 } as const, detail: `${sheets} sheets, ${cells} cells, ${merges} merged areas` });
    }
    return { figures: { readSyncs: counts }, rows };
  },
};
