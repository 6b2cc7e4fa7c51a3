// The fake Excel keeps Office.js's rules, so a host that cuts corners fails here as it would in Excel.
import { FakeExcel } from '../../support/fake-excel';
import { sheetFromRows, workbookOf } from '../../support/grid';

function twoSheets(): FakeExcel {
  return new FakeExcel(
    workbookOf(
      sheetFromRows('表一', [['指标名称', '指标值'], ['绿化率', 32]]),
      sheetFromRows('表二', [['x', { v: 3, f: 'SUM(1,2)' }]]),
    ),
  );
}

describe('fake Excel: Office.js semantics', () => {
  it('refuses to read a property that was not loaded and synced', async () => {
    const fake = twoSheets();
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem('表一').getRange('B2');
      expect(() => range.values).toThrow(/not available/);
      range.load('values');
      expect(() => range.values).toThrow(/not available/);
      await context.sync();
      expect(range.values).toEqual([[32]]);
      expect(() => range.formulas).toThrow(/not available/);
    });
    expect(fake.syncCount).toBe(1);
  });

  it('counts every sync and records loads and writes per round trip', async () => {
    const fake = twoSheets();
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem('表一').getRange('B2');
      range.load('values');
      await context.sync();
      range.values = [[33]];
      await context.sync();
    });
    expect(fake.syncCount).toBe(2);
    expect(fake.log.map((s) => [s.loads, s.writes])).toEqual([
      [1, 0],
      [0, 1],
    ]);
    expect(fake.workbook.cell('表一', 'B2').value).toBe(33);
  });

  it('makes children of a null object null objects too, and reports isNullObject after a sync', async () => {
    const fake = twoSheets();
    await fake.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('没有');
      const used = missing.getUsedRangeOrNullObject(true);
      used.load('values');
      const afterLast = context.workbook.worksheets.getItem('表二').getNextOrNullObject();
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(used.isNullObject).toBe(true);
      expect(afterLast.isNullObject).toBe(true);
    });
  });

  it('stops a failing batch at the failing command: earlier writes stay, loads are not delivered', async () => {
    const fake = twoSheets();
    const sheet = fake.workbook.sheet('表二');
    sheet.protected = true;
    await fake.run(async (context) => {
      const first = context.workbook.worksheets.getItem('表一').getRange('B2');
      first.values = [[40]];
      first.load('values');
      context.workbook.worksheets.getItem('表二').getRange('B1').values = [[1]];
      context.workbook.worksheets.getItem('表一').getRange('A1').values = [['never']];
      await expect(context.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
      expect(() => first.values).toThrow(/not available/);
    });
    expect(fake.workbook.cell('表一', 'B2').value).toBe(40);
    expect(fake.workbook.cell('表一', 'A1').value).toBe('指标名称');
  });

  it('parses written input like typed text: numbers, formulas, apostrophe text, errors', async () => {
    const fake = twoSheets();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('表一');
      sheet.getRange('C1').values = [['100']];
      sheet.getRange('C2').values = [["'100"]];
      sheet.getRange('C3').values = [['=1+1']];
      sheet.getRange('C4').values = [['#N/A']];
      await context.sync();
    });
    expect(fake.workbook.cell('表一', 'C1').value).toBe(100);
    expect(fake.workbook.cell('表一', 'C2').value).toBe('100');
    expect(fake.workbook.cell('表一', 'C3').formula).toBe('=1+1');
    expect(fake.workbook.cell('表一', 'C4').value).toEqual({ error: '#N/A' });
  });

  it('rejects a response above the payload limit, as Excel on the web does above 5 MB', async () => {
    const fake = twoSheets();
    fake.payloadLimitBytes = 1000;
    fake.workbook.setCell('表一', 'A3', { value: '长'.repeat(400) });
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('表一').getRange('A1:B3').load('values');
      await expect(context.sync()).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    });
  });

  it('flushes commands left unsynced at the end of run, in one more round trip it reports', async () => {
    const fake = twoSheets();
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('表一').getRange('B2').values = [[1]];
    });
    expect(fake.flushedAtEnd).toBe(1);
    expect(fake.workbook.cell('表一', 'B2').value).toBe(1);
  });
});
