// The grid's tints follow the pane's checks: a whole check replaces every finding, a re-check of some
// sheets replaces only theirs; the pane's own result passes through untouched.
import type { Finding } from '../../src/core/findings/types';
import type { WorkbookReport } from '../../src/core/report/types';
import { mergeFindings, observeChecks } from '../../src/preview/state/observe-checks';
import type { PaneServices } from '../../src/taskpane/services';

const finding = (sheet: string, cell: string) => ({ rule: 'PERF021', severity: 'error', sheet, cells: [cell] }) as unknown as Finding;

describe('observing the pane’s checks', () => {
  it('passes the report through and tells which sheets were read', () => {
    const report = { tables: [], findings: [finding('A', 'I21')], reviewed: [] } as unknown as WorkbookReport;
    const base = { check: jest.fn(() => report), profileById: jest.fn(), loadProfile: jest.fn() } as unknown as PaneServices;
    const seen: Array<[readonly string[], WorkbookReport]> = [];
    const services = observeChecks(base, (sheets, r) => seen.push([sheets, r]));
    const grid = { sheets: [{ name: 'A' }, { name: 'B' }] } as never;
    expect(services.check(grid, {} as never)).toBe(report);
    expect(seen).toEqual([[['A', 'B'], report]]);
    expect(services.profileById).toBe(base.profileById);
  });

  it('replaces the findings of the sheets checked and keeps the others', () => {
    const before = [finding('A', 'I21'), finding('B', 'G7'), finding('C', 'H8')];
    expect(mergeFindings(before, ['B'], [finding('B', 'G8')])).toEqual([finding('A', 'I21'), finding('C', 'H8'), finding('B', 'G8')]);
    expect(mergeFindings(before, ['A', 'B', 'C'], [])).toEqual([]);
  });
});
