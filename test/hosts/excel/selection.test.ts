// The Excel host's selection: worksheets.onSelectionChanged reported as (sheet, top-left cell), and
// the current selection read on demand (以选中行为表头重新校验).
import { createExcelHost } from '../../../src/hosts/excel';
import { topLeftOf } from '../../../src/hosts/excel/watch';
import { FakeExcel } from '../../support/fake-excel';
import { seed, workbookGrid } from './tables';

function setup(apiVersion = '1.17'): { fake: FakeExcel; host: ReturnType<typeof createExcelHost> } {
  const fake = new FakeExcel(workbookGrid(seed));
  fake.apiVersion = apiVersion;
  fake.workbook.addSheet('附表');
  return { fake, host: createExcelHost(fake.deps) };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('topLeftOf', () => {
  it('keeps the first cell of a range, of several areas, and drops the sheet and $', () => {
    expect(topLeftOf('B5')).toBe('B5');
    expect(topLeftOf('b5:c7')).toBe('B5');
    expect(topLeftOf("'Sheet 1'!$I$21:$J$22")).toBe('I21');
    expect(topLeftOf('E2:E4, G9')).toBe('E2');
    expect(topLeftOf('')).toBe('');
  });
});

describe('watchSelection', () => {
  it('reports the sheet and top-left cell of each selection until unsubscribed', async () => {
    const { fake, host } = setup();
    const seen: string[] = [];
    const stop = await host.watchSelection!((sheet, address) => seen.push(`${sheet}!${address}`));
    expect(fake.selectionHandlers.size).toBe(1);
    await fake.userSelects('Sheet1', 'I21');
    await fake.userSelects('附表', 'B2:C3');
    expect(seen).toEqual(['Sheet1!I21', '附表!B2']);
    stop();
    await tick();
    expect(fake.selectionHandlers.size).toBe(0);
    expect(fake.nameChangedHandlers.size).toBe(0);
    await fake.userSelects('Sheet1', 'H22');
    expect(seen).toHaveLength(2);
  });

  it('costs no round trip per event where sheet names are kept by onNameChanged (ExcelApi 1.17), and follows a rename', async () => {
    const { fake, host } = setup();
    const seen: string[] = [];
    await host.watchSelection!((sheet, address) => seen.push(`${sheet}!${address}`));
    const syncs = await fake.countSyncs(async () => {
      await fake.userSelects('Sheet1', 'I21');
      await fake.renameSheet('附表', '附表（改名）');
      await fake.userSelects('附表（改名）', 'A3');
    });
    expect(syncs).toBe(0);
    expect(seen).toEqual(['Sheet1!I21', '附表（改名）!A3']);
  });

  it('looks a sheet up by id (one small run) on Excel without onNameChanged', async () => {
    const { fake, host } = setup('1.9');
    const seen: string[] = [];
    await host.watchSelection!((sheet, address) => seen.push(`${sheet}!${address}`));
    expect(await fake.countSyncs(() => fake.userSelects('Sheet1', 'C4'))).toBe(1);
    expect(seen).toEqual(['Sheet1!C4']);
  });

  it("reports the add-in's own selections too (the pane tells them apart by the cell it selected)", async () => {
    const { host } = setup();
    const seen: string[] = [];
    await host.watchSelection!((sheet, address) => seen.push(`${sheet}!${address}`));
    await host.selectCell('Sheet1', 'I21');
    await tick();
    expect(seen).toEqual(['Sheet1!I21']);
  });

  it('is a no-op without worksheets.onSelectionChanged (before ExcelApi 1.9)', async () => {
    const { fake, host } = setup('1.8');
    const stop = await host.watchSelection!(() => undefined);
    expect(fake.syncCount).toBe(0);
    expect(fake.selectionHandlers.size).toBe(0);
    expect(() => stop()).not.toThrow();
  });
});

describe('selectedCell', () => {
  it('gives the sheet and top-left cell of the current selection in one round trip', async () => {
    const { fake, host } = setup();
    await fake.userSelects('Sheet1', 'A6:L6');
    let at: Awaited<ReturnType<NonNullable<typeof host.selectedCell>>>;
    expect(await fake.countSyncs(async () => {
      at = await host.selectedCell!();
    })).toBe(1);
    expect(at!).toEqual({ sheet: 'Sheet1', address: 'A6' });
  });

  it('gives undefined, not an error, when Excel cannot answer', async () => {
    const { fake, host } = setup();
    fake.failSync = () => 'GeneralException';
    await expect(host.selectedCell!()).resolves.toBeUndefined();
  });
});
