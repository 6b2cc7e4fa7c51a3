// The grid view tints the cells the pane's findings name. The pane keeps its report to itself, so the
// preview hands it services that pass every check through and tell the page what it found.
import type { Finding } from '../../core/findings/types';
import type { WorkbookReport } from '../../core/report/types';
import type { PaneServices } from '../../taskpane/services';

/** `base` with check() reporting each result: the sheets it read and the report. */
export function observeChecks(base: PaneServices, onCheck: (sheets: readonly string[], report: WorkbookReport) => void): PaneServices {
  return {
    ...base,
    check(grid, options) {
      const report = base.check(grid, options);
      onCheck(grid.sheets.map((s) => s.name), report);
      return report;
    },
  };
}

/** The findings after a check of `sheets`: theirs replaced, every other sheet's kept (a partial re-check). */
export function mergeFindings(previous: readonly Finding[], sheets: readonly string[], fresh: readonly Finding[]): Finding[] {
  const checked = new Set(sheets);
  return [...previous.filter((f) => !checked.has(f.sheet)), ...fresh];
}
