// A small checker for the pane's tests until src/core/check lands: it reads the seed's table from
// the current grid, scores every row with the real scoring core and reports the score mismatches
// (PERF021, with the certain fix), the weight total (PERF030) and the missing 说明 of unmet rows
// (PERF040), as the rule engine will. It reacts to the grid, so a fix or an undo shows up on re-run.
import Decimal from 'decimal.js';
import type { WorkbookGrid } from '../../../src/core/grid/types';
import type { Finding, ReviewedMark } from '../../../src/core/findings/types';
import type { Profile } from '../../../src/core/profile/types';
import type { TableSummary, WorkbookReport } from '../../../src/core/report/types';
import { computeScore, gradeOf, matchesAtDisplayedPrecision, roundHalfUp, sumExact } from '../../../src/core/scoring';
import { countBySeverity } from '../../../src/core/actions/report-merge';
import { markMatches } from '../../../src/core/actions/reviewed';
import { seedTable } from './seed-table';

const m = (zh: string, en: string) => ({ zh, en });

export interface CheckOptions {
  readonly profile: Profile;
  readonly reviewed?: readonly ReviewedMark[];
}

export function checkSeedLike(grid: WorkbookGrid, options: CheckOptions): WorkbookReport {
  const findings: Finding[] = [];
  const tables: TableSummary[] = [];
  for (const sheet of grid.sheets) {
    if (sheet.name === '校验报告' || sheet.rowCount < 36) continue;
    const table = seedTable(sheet);
    const sheetFindings: Finding[] = [];
    const scores: Decimal[] = [];
    const computed: Decimal[] = [];
    for (const ind of table.indicators) {
      const stated = ind.score?.number;
      if (stated) scores.push(stated);
      if (!ind.op || !ind.target || !ind.actual || !ind.weight?.number || !ind.score) continue;
      const result = computeScore({ op: ind.op, target: ind.target, actual: ind.actual, weight: ind.weight.number }, options.profile);
      if (!result.ok) {
        if (stated) computed.push(stated);
        continue;
      }
      computed.push(result.score);
      const decimals = ind.score.decimals ?? options.profile.defaultScoreDecimals;
      const shown = roundHalfUp(result.score, decimals);
      if (stated && !matchesAtDisplayedPrecision(stated, result.score, decimals)) {
        sheetFindings.push({
          rule: 'PERF021', severity: 'error', sheet: sheet.name, cells: [ind.score.ref.address], row: ind.row, table: table.range,
          message: m(`指标得分 ${stated} 与计算得分 ${shown} 不符`, `Score ${stated} differs from the computed ${shown}`),
          why: m('得分超过实际完成情况。', 'The score overstates what was achieved.'),
          how: m(`改为 ${shown}。`, `Change it to ${shown}.`),
          expected: shown.toString(), found: stated.toString(),
          fix: {
            description: m(`得分改为 ${shown}`, `Set the score to ${shown}`),
            changes: [{ sheet: sheet.name, address: ind.score.ref.address, before: { value: ind.score.raw }, after: { value: shown.toNumber() } }],
          },
        });
      }
      if (!result.met && !ind.note) {
        sheetFindings.push({
          rule: 'PERF040', severity: 'error', sheet: sheet.name, cells: [`J${ind.row}`], row: ind.row, table: table.range,
          message: m(`未完成指标「${ind.name?.text}」没有说明`, `Unmet indicator "${ind.name?.text}" has no explanation`),
          why: m('未完成的指标必须说明偏差原因。', 'An unmet indicator needs a reason.'),
          how: m('在说明栏填写偏差原因和改进措施。', 'Write the reason and the remedy in 说明.'),
        });
      }
    }
    const weightSum = sumExact(table.indicators.map((i) => i.weight?.number ?? 0));
    const expected = new Decimal(options.profile.expectedTotal);
    if (!weightSum.eq(expected)) {
      sheetFindings.unshift({
        rule: 'PERF030', severity: 'error', sheet: sheet.name, cells: ['G7'], table: table.range,
        message: m(`权重合计 ${weightSum}，应为 ${expected}`, `Weights sum to ${weightSum}, expected ${expected}`),
        why: m('权重合计不等于总分，总分无法比较。', 'Totals are not comparable when weights do not sum up.'),
        how: m('核对各指标权重。', 'Check the weights.'),
        expected: expected.toString(), found: weightSum.toString(),
      });
    }
    findings.push(...sheetFindings);
    const computedTotal = sumExact(computed);
    tables.push({
      sheet: sheet.name, range: table.range, family: 'C', indicators: table.indicators.length,
      weightSum: weightSum.toString(), expectedWeight: expected.toString(), scoreSum: sumExact(scores).toFixed(2),
      statedTotal: String(sheet.rows[2]?.[8]?.value ?? ''), computedTotal: computedTotal.toFixed(2),
      grade: gradeOf(computedTotal, options.profile) ?? '', blocks: [],
    });
  }
  const marks = options.reviewed ?? [];
  const open = findings.filter((f) => !marks.some((mk) => markMatches(mk, f)));
  const reviewed = findings.flatMap((f) => marks.filter((mk) => markMatches(mk, f)).map((mark) => ({ finding: f, mark })));
  const counts = countBySeverity(open);
  return { tables, findings: open, reviewed, counts, passed: counts.error === 0 };
}
