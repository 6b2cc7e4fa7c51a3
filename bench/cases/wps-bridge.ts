// wpsBridgeCalls: ET bridge calls (property reads, writes, method calls on window.Application's
// objects) the WPS host makes to scan a workbook of 1, 10 and 50 sheets, counted by the fake ET
// (test/support/fake-et.ts) over the same generated workbooks as readSyncs. A count, not a time:
// about 0.2 ms each in WPS on Windows. Reported with the calls per sheet and per 1,000 cells.
// wpsBridgeCalls is the read with Range.Value(11) answered (formats and merges from one XML
// Spreadsheet call a block); wpsBridgeCallsFallback the same read when Value(11) throws, as it may in
// a WPS that lacks it (formats and merges found by splitting blocks).
import type { EtApplication } from '../../src/hosts/wps/et';
import { readWorkbook } from '../../src/hosts/wps/read';
import { countWpsReadCalls } from '../../test/support/fake-et';
import { generateWorkbook, planToGrid } from '../generate/workbooks';
import type { BenchCase, Row } from '../harness/types';

type Counts = Record<'sheets1' | 'sheets10' | 'sheets50', number>;

export const wpsBridgeCalls: BenchCase = {
  async run(context) {
    const fast: Counts = { sheets1: 0, sheets10: 0, sheets50: 0 };
    const fallback: Counts = { sheets1: 0, sheets10: 0, sheets50: 0 };
    const rows: Row[] = [];
    for (const [field, counts, valueXml] of [
      ['wpsBridgeCalls', fast, true],
      ['wpsBridgeCallsFallback', fallback, false],
    ] as const) {
      for (const sheets of [1, 10, 50] as const) {
        const grid = planToGrid(generateWorkbook({ seed: context.seed + sheets, sheets, indicators: context.tiny ? [5, 10] : [20, 60] }));
        const cells = grid.sheets.reduce((n, s) => n + s.rowCount * s.colCount, 0);
        const merges = grid.sheets.reduce((n, s) => n + s.merges.length, 0);
        const calls = await countWpsReadCalls(grid, (app) => readWorkbook(app as EtApplication, { snapshots: new Map() }), { valueXml });
        counts[`sheets${sheets}`] = calls;
        rows.push({
          label: `${field}.sheets${sheets}`,
          value: calls,
          detail: `${sheets} sheets, ${cells} cells, ${merges} merged areas: ${Math.round(calls / sheets)} calls a sheet, ${Math.round((calls / cells) * 1000)} per 1,000 cells`,
        });
      }
    }
    return { figures: { wpsBridgeCalls: fast, wpsBridgeCallsFallback: fallback }, rows };
  },
};
