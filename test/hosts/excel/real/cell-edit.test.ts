// Cell edit mode: while the user types in a cell, Excel rejects a plain Excel.run with
// InvalidOperationInCellEditMode. The host asks Excel to wait (delayForCellEdit, ExcelApi 1.11);
// an Excel without it gets one clear message, and the failure leaves the session's read settings alone.
import { createExcelHost } from '../../../../src/hosts/excel';
import { FakeExcel } from '../../../support/fake-excel';
import { seed, workbookGrid } from '../tables';

const CELL_EDIT = expect.stringContaining('请先结束单元格编辑');

function setup(apiVersion = '1.17'): { fake: FakeExcel; host: ReturnType<typeof createExcelHost> } {
  const fake = new FakeExcel(workbookGrid(seed));
  fake.apiVersion = apiVersion;
  return { fake, host: createExcelHost(fake.deps) };
}

describe('cell edit mode, Excel with delayForCellEdit (ExcelApi 1.11)', () => {
  it('a read started while the user types waits for the edit to end, then reads in one sync', async () => {
    const { fake, host } = setup();
    fake.startCellEdit();
    let done = false;
    const reading = host.readWorkbook().then((grid) => {
      done = true;
      return grid;
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(done).toBe(false);
    fake.endCellEdit();
    const grid = await reading;
    expect(grid.sheets[0].name).toBe('Sheet1');
    expect(fake.log.filter((s) => s.error)).toEqual([]);
    expect(fake.runs.length).toBeGreaterThan(0);
    expect(fake.runs.every((r) => r.delayForCellEdit)).toBe(true);
  });

  it('a fix clicked while the user types is written once the edit ends', async () => {
    const { fake, host } = setup();
    fake.startCellEdit();
    const applying = host.applyChanges([{ sheet: 'Sheet1', address: 'I21', before: { value: 2.63 }, after: { value: 2.62 } }], { zh: '修正', en: 'Fix' });
    await new Promise((r) => setTimeout(r, 20));
    expect(fake.workbook.cell('Sheet1', 'I21').value).toBe(2.63);
    fake.endCellEdit();
    expect(await applying).toMatchObject({ ok: true, written: 1 });
    expect(fake.workbook.cell('Sheet1', 'I21').value).toBe(2.62);
  });
});

describe('cell edit mode, Excel without delayForCellEdit', () => {
  it('a read says to finish the cell edit, and the next read is still one sync', async () => {
    const { fake, host } = setup('1.10');
    fake.startCellEdit();
    await expect(host.readWorkbook()).rejects.toMatchObject({ name: 'HostError', perfMessage: { zh: CELL_EDIT, en: expect.stringContaining('cell') } });
    fake.endCellEdit();
    expect(await fake.countSyncs(() => host.readWorkbook())).toBe(1);
  });

  it('apply, highlight, clear and go-to give the same message, not a raw code', async () => {
    const { fake, host } = setup('1.10');
    fake.startCellEdit();
    const fix = await host.applyChanges([{ sheet: 'Sheet1', address: 'I21', before: { value: 2.63 }, after: { value: 2.62 } }], { zh: '修正', en: 'Fix' });
    expect(fix).toMatchObject({ ok: false, message: { zh: CELL_EDIT } });
    expect(JSON.stringify(fix)).not.toContain('InvalidOperationInCellEditMode');
    expect(await host.highlight([{ sheet: 'Sheet1', address: 'I21', severity: 'error' }])).toMatchObject({ ok: false, message: { zh: CELL_EDIT } });
    expect(await host.clearHighlights()).toMatchObject({ ok: false, message: { zh: CELL_EDIT } });
    expect(await host.undoLast()).toMatchObject({ ok: false, message: { zh: CELL_EDIT } });
    await expect(host.selectCell('Sheet1', 'I21')).rejects.toMatchObject({ perfMessage: { zh: CELL_EDIT } });
    expect(fake.workbook.cell('Sheet1', 'I21').value).toBe(2.63);
  });
});
