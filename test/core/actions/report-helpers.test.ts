import { mergeReport } from '../../../src/core/actions/report-merge';
import { cellLink, reportSheetRows, uniqueSheetName } from '../../../src/core/actions/report-sheet';
import { markFor } from '../../../src/core/actions/reviewed';
import { NATIONAL_PROFILE } from '../../../src/core/profile';
import type { WorkbookGrid } from '../../../src/core/grid/types';
import { checkSeedLike } from '../../taskpane/support/seed-check';
import { seedGrid } from '../../taskpane/support/workbooks';

function twoSeeds(): WorkbookGrid {
  const [sheet] = seedGrid().sheets;
  return { sheets: [{ ...sheet, name: '单位A' }, { ...sheet, name: '单位B' }] };
}

function withScore(grid: WorkbookGrid, sheetName: string, row: number, value: number): WorkbookGrid {
  return {
    sheets: grid.sheets.map((s) => {
      if (s.name !== sheetName) return s;
      const rows = s.rows.map((r) => (r ? [...r] : r));
      rows[row - 1]![8] = { value };
      return { ...s, rows };
    }),
  };
}

describe('merging a live re-check into the previous report', () => {
  it('replaces only the re-checked sheet and recounts', () => {
    const grid = twoSeeds();
    const before = checkSeedLike(grid, { profile: NATIONAL_PROFILE });
    expect(before.counts.error).toBe(2 * 4);
    const fixedB = withScore(grid, '单位B', 21, 2.62);
    const fresh = checkSeedLike({ sheets: fixedB.sheets.filter((s) => s.name === '单位B') }, { profile: NATIONAL_PROFILE });
    const merged = mergeReport(before, fresh, ['单位B']);
    expect(merged.findings.filter((f) => f.sheet === '单位A')).toEqual(before.findings.filter((f) => f.sheet === '单位A'));
    expect(merged.findings.filter((f) => f.sheet === '单位B').map((f) => f.rule)).toEqual(['PERF030', 'PERF040', 'PERF040']);
    expect(merged.counts).toEqual({ error: 7, warning: 0, info: 0 });
    expect(merged.passed).toBe(false);
    expect(merged.tables.map((t) => t.sheet)).toEqual(['单位A', '单位B']);
    expect(merged).toEqual(checkSeedLike(fixedB, { profile: NATIONAL_PROFILE }));
  });

  it('drops the tables of a sheet that no longer has one, keeping sheet order', () => {
    const before = checkSeedLike(twoSeeds(), { profile: NATIONAL_PROFILE });
    const empty = { tables: [], findings: [], reviewed: [], counts: { error: 0, warning: 0, info: 0 }, passed: true };
    const merged = mergeReport(before, empty, ['单位A']);
    expect(merged.tables.map((t) => t.sheet)).toEqual(['单位B']);
    expect(merged.findings.every((f) => f.sheet === '单位B')).toBe(true);
  });
});

describe('the 校验报告 sheet', () => {
  it('never reuses a sheet name', () => {
    expect(uniqueSheetName(['Sheet1'])).toBe('校验报告');
    expect(uniqueSheetName(['Sheet1', '校验报告'])).toBe('校验报告 (2)');
    expect(uniqueSheetName(['校验报告', '校验报告 (2)'])).toBe('校验报告 (3)');
  });

  it('links each finding to its cell, quoting sheet names as Excel does', () => {
    expect(cellLink('Sheet1', 'I21')).toEqual({ value: 'Sheet1!I21', formula: '=HYPERLINK("#Sheet1!I21","Sheet1!I21")' });
    expect(cellLink('单位 A', 'I21').formula).toBe(`=HYPERLINK("#'单位 A'!I21","单位 A!I21")`);
  });

  it('lays out the summary, the findings and the reviewed ones, in the chosen language', () => {
    const grid = seedGrid();
    const first = checkSeedLike(grid, { profile: NATIONAL_PROFILE });
    const mark = markFor(first.findings.find((f) => f.rule === 'PERF030')!, '含预算执行率外的 0.07 分已报备');
    const report = checkSeedLike(grid, { profile: NATIONAL_PROFILE, reviewed: [mark] });
    const rows = reportSheetRows(report, 'zh');
    const texts = rows.map((r) => r.map((c) => c.value));
    expect(texts[0]).toEqual(['PERF 绩效自评表校验报告']);
    expect(texts[1]).toEqual(['结果：未通过', '错误 3，警告 0，提示 0']);
    expect(texts[5]).toEqual(['Sheet1', 'A1:J36', '重庆 部门整体绩效自评表', 30, '99.93', '100', '99.9', '99.9', '99.9', '优']);
    const perf021 = rows.find((r) => r[1]?.value === 'PERF021')!;
    expect(perf021[2]).toEqual(cellLink('Sheet1', 'I21'));
    expect(perf021[4].value).toBe('指标得分 2.63 与计算得分 2.62 不符');
    expect(texts.at(-1)).toEqual(['PERF030', 'Sheet1!G7', '权重合计 99.93，应为 100', '含预算执行率外的 0.07 分已报备']);
    const en = reportSheetRows(report, 'en').map((r) => r.map((c) => c.value));
    expect(en[1]).toEqual(['Result: not passed', '3 errors, 0 warnings, 0 tips']);
    expect(en[5]).toEqual(['Sheet1', 'A1:J36', 'Chongqing whole-department self-evaluation', 30, '99.93', '100', '99.9', '99.9', '99.9', '优 (excellent)']);
  });
});
