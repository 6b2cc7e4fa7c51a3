// exportReport over the fake Excel: a new sheet 校验报告 (never overwriting), written in one batch.
import type { Finding } from '../../../src/core/findings/types';
import type { WorkbookReport } from '../../../src/core/report/types';
import { createExcelHost } from '../../../src/hosts/excel';
import { reportLayout } from '../../../src/hosts/excel/report-layout';
import { linkTarget, uniqueSheetName } from '../../../src/hosts/excel/report-sheet';
import { FakeExcel } from '../../support/fake-excel';
import { seed, workbookGrid } from './tables';

const PERF021: Finding = {
  rule: 'PERF021',
  severity: 'error',
  sheet: 'Sheet1',
  cells: ['I21'],
  row: 21,
  table: 'A6:J36',
  message: { zh: '预算完成率：完成值 99.74 未达 ≥100，得分应为 2.62，填报 2.63', en: '预算完成率: 99.74 misses ≥100; score should be 2.62, stated 2.63' },
  why: { zh: '未完成的指标不能得满分。', en: 'An unmet indicator cannot earn full marks.' },
  how: { zh: '把得分改为 2.62。', en: 'Change the score to 2.62.' },
  expected: '2.62',
  found: '2.63',
};

const PERF030: Finding = {
  rule: 'PERF030',
  severity: 'error',
  sheet: 'Sheet1',
  cells: ['G7'],
  table: 'A6:J36',
  message: { zh: '权重合计 99.93，应为 100', en: 'Weights sum to 99.93, expected 100' },
  why: { zh: '权重合计必须为 100。', en: 'Weights must sum to 100.' },
  how: { zh: '调整权重。', en: 'Adjust the weights.' },
  expected: '100',
  found: '99.93',
};

const PERF051: Finding = {
  rule: 'PERF051',
  severity: 'info',
  sheet: 'Sheet1',
  cells: ['H27'],
  row: 27,
  message: { zh: '=123.45 像占位数', en: '=123.45 looks like a placeholder' },
  why: { zh: '占位数说明未如实填报。', en: 'A placeholder suggests the value was not measured.' },
  how: { zh: '填写实际完成值。', en: 'Enter the measured value.' },
  found: '123.45',
};

const REPORT: WorkbookReport = {
  tables: [
    {
      sheet: 'Sheet1',
      range: 'A6:J36',
      family: 'C',
      indicators: 30,
      weightSum: '99.93',
      expectedWeight: '100',
      scoreSum: '99.90',
      statedTotal: '99.9',
      computedTotal: '99.89',
      grade: '优',
      statedGrade: undefined,
      blocks: [],
    },
  ],
  findings: [PERF021, PERF030],
  reviewed: [{ finding: PERF051, mark: { rule: 'PERF051', sheet: 'Sheet1', cell: 'H27', reason: '产值确为 123.45 亿元', by: '龙凤鸣', at: '2023-03-01' } }],
  counts: { error: 2, warning: 0, info: 0 },
  passed: false,
};

function setup(): { fake: FakeExcel; host: ReturnType<typeof createExcelHost> } {
  const fake = new FakeExcel(workbookGrid(seed));
  return { fake, host: createExcelHost(fake.deps) };
}

describe('exportReport', () => {
  it('adds 校验报告 in one write batch after one read, with the summary and linked findings', async () => {
    const { fake, host } = setup();
    let result: unknown;
    const syncs = await fake.countSyncs(async () => {
      result = await host.exportReport(REPORT, 'zh');
    });
    expect(result).toEqual({ sheet: '校验报告' });
    expect(syncs).toBe(2);
    expect(fake.log.map((s) => s.writes > 0)).toEqual([false, true]);
    const wb = fake.workbook;
    expect(wb.sheets.map((s) => s.name)).toEqual(['Sheet1', '校验报告']);
    expect(wb.activeSheet).toBe('校验报告');
    expect(wb.cell('校验报告', 'A1').value).toBe('PERF 绩效自评表校验报告');
    expect(wb.cell('校验报告', 'B2').value).toBe('未通过');
    expect(wb.cell('校验报告', 'D2').value).toBe(2);
    const values = [...wb.sheet('校验报告').cells.values()].map((c) => c.value);
    expect(values).toEqual(expect.arrayContaining(['表格汇总', '问题清单', 'A6:J36', 99.93, '预算完成率：完成值 99.74 未达 ≥100，得分应为 2.62，填报 2.63', '产值确为 123.45 亿元']));
    const linked = [...wb.sheet('校验报告').cells.values()].filter((c) => c.hyperlink).map((c) => c.hyperlink);
    expect(linked).toEqual([
      { documentReference: "'Sheet1'!I21", textToDisplay: 'I21', screenTip: 'Sheet1!I21' },
      { documentReference: "'Sheet1'!G7", textToDisplay: 'G7', screenTip: 'Sheet1!G7' },
      { documentReference: "'Sheet1'!H27", textToDisplay: 'H27', screenTip: 'Sheet1!H27' },
    ]);
  });

  it('never overwrites: a second report is 校验报告 (2), a user sheet named 校验报告 stays untouched', async () => {
    const { fake, host } = setup();
    const own = fake.workbook.addSheet('校验报告');
    fake.workbook.setCell('校验报告', 'A1', { value: '我自己的备注' });
    expect(await host.exportReport(REPORT, 'zh')).toEqual({ sheet: '校验报告 (2)' });
    expect(await host.exportReport(REPORT, 'en')).toEqual({ sheet: '校验报告 (3)' });
    expect(fake.workbook.cell('校验报告', 'A1').value).toBe('我自己的备注');
    expect(own.cells.size).toBe(1);
    expect(fake.workbook.cell('校验报告 (3)', 'A1').value).toBe('PERF validation report');
  });

  it('keeps cell text verbatim: a message starting with = stays text, figures stay numbers', async () => {
    const { fake, host } = setup();
    await host.exportReport({ ...REPORT, findings: [PERF051], reviewed: [], counts: { error: 0, warning: 0, info: 1 }, passed: true }, 'zh');
    const cells = [...fake.workbook.sheet('校验报告').cells.values()];
    const message = cells.find((c) => c.value === '=123.45 像占位数');
    expect(message?.formula).toBeUndefined();
    expect(cells.find((c) => c.value === 123.45)?.numFmt).toBe('0.00');
    expect(fake.workbook.cell('校验报告', 'B2').value).toBe('通过');
  });

  it('refuses when the workbook structure is protected, adding nothing', async () => {
    const { fake, host } = setup();
    fake.workbook.structureProtected = true;
    expect(await host.exportReport(REPORT, 'zh')).toMatchObject({ ok: false, reason: 'protected' });
    expect(fake.workbook.sheets).toHaveLength(1);
  });

  it('removes a half-written report sheet when the write batch fails', async () => {
    const { fake, host } = setup();
    fake.failWrite = (index, write) => (index === 2 && write === 5 ? 'GeneralException' : undefined);
    const result = await host.exportReport(REPORT, 'zh');
    expect(result).toMatchObject({ ok: false, reason: 'failed', message: { zh: expect.stringContaining('GeneralException') } });
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(['Sheet1']);
  });

  it('leaves a sheet alone that took the name meanwhile', async () => {
    const { fake, host } = setup();
    fake.beforeSync = (index) => {
      if (index === 2) fake.workbook.addSheet('校验报告').cells.clear();
    };
    expect(await host.exportReport(REPORT, 'zh')).toMatchObject({ ok: false, reason: 'failed' });
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(['Sheet1', '校验报告']);
  });
});

describe('report layout and names', () => {
  it('finds the first free name, ignoring case', () => {
    expect(uniqueSheetName(['Sheet1'])).toBe('校验报告');
    expect(uniqueSheetName(['校验报告', '校验报告 (2)'])).toBe('校验报告 (3)');
    expect(uniqueSheetName(['REPORT'], 'Report')).toBe('Report (2)');
  });

  it('quotes every sheet name in link targets', () => {
    expect(linkTarget('Sheet1', 'I21')).toBe("'Sheet1'!I21");
    expect(linkTarget("张三's 表", 'A1')).toBe("'张三''s 表'!A1");
  });

  it('lays out the English report with the same figures', () => {
    const layout = reportLayout(REPORT, 'en', new Date(2024, 2, 1, 9, 5), 'seed.xlsx');
    expect(layout.values[0][0]).toBe('PERF validation report');
    expect(layout.values.flat()).toEqual(expect.arrayContaining(['Not passed', 'Errors', 'seed.xlsx', '2024-03-01 09:05', 'Weights sum to 99.93, expected 100']));
    expect(layout.links.map((l) => `${l.sheet}!${l.address}`)).toEqual(['Sheet1!I21', 'Sheet1!G7', 'Sheet1!H27']);
    expect(layout.values.every((row) => row.length === layout.width)).toBe(true);
    expect(layout.formats[layout.links[0].row][layout.links[0].col]).toBe('@');
  });

  it('says so when nothing was found or recognised', () => {
    const layout = reportLayout({ tables: [], findings: [], reviewed: [], counts: { error: 0, warning: 0, info: 0 }, passed: true }, 'zh', new Date());
    expect(layout.values.flat()).toEqual(expect.arrayContaining(['未识别到指标表', '未发现问题']));
    // No table was checked: the result row never says 通过.
    expect(layout.values[1].slice(0, 2)).toEqual(['结果', '未识别到指标表']);
    expect(layout.values.flat()).not.toContain('通过');
  });
});
