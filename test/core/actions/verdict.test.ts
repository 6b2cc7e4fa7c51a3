// A workbook with no indicator table never passes: the verdict and the report sheet say so.
import { reportSheetRows } from '../../../src/core/actions/report-sheet';
import { checkWorkbook } from '../../../src/core/check';
import { NATIONAL_PROFILE } from '../../../src/core/profile';
import { verdictOf } from '../../../src/core/report/verdict';
import { sheetFromRows } from '../../support/grid';

describe('verdictOf', () => {
  it('is no-table for an empty workbook, even though nothing failed', () => {
    const report = checkWorkbook({ name: 'empty.xlsx', sheets: [sheetFromRows('Sheet1', [])] }, { profile: NATIONAL_PROFILE });
    expect(report.tables).toHaveLength(0);
    expect(verdictOf(report)).toBe('no-table');
  });

  it('is no-table for a workbook of other data (a staff list)', () => {
    const grid = {
      name: 'staff.xlsx',
      sheets: [sheetFromRows('名单', [['姓名', '部门', '电话'], ['张三', '财务科', 12345678], ['李四', '办公室', 87654321]])],
    };
    expect(verdictOf(checkWorkbook(grid, { profile: NATIONAL_PROFILE }))).toBe('no-table');
  });

  it('follows passed when there is a table', () => {
    const table = { sheet: 'S', range: 'A1:B2' } as never;
    expect(verdictOf({ tables: [table], passed: true })).toBe('passed');
    expect(verdictOf({ tables: [table], passed: false })).toBe('failed');
  });

  it('the report sheet of a no-table workbook says nothing was checked, not 通过', () => {
    const report = checkWorkbook({ name: 'empty.xlsx', sheets: [sheetFromRows('Sheet1', [])] }, { profile: NATIONAL_PROFILE });
    const zh = reportSheetRows(report, 'zh')[1][0].value;
    const en = reportSheetRows(report, 'en')[1][0].value;
    expect(zh).toBe('结果：未找到绩效指标表，未校验任何内容');
    expect(en).toBe('Result: no indicator table found; nothing was checked');
    expect(JSON.stringify(reportSheetRows(report, 'zh'))).not.toContain('通过');
  });
});
