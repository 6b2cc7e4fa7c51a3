// The WPS host's selection: SheetSelectionChange reported as (sheet, top-left cell), removed with
// RemoveApiEventListener; the current selection read from Application.Selection / ActiveSheet.
import type { EtApplication } from '../../../src/hosts/wps/et';
import { createWpsHost } from '../../../src/hosts/wps/host';
import { FakeEt } from '../../support/fake-et';
import { sheetFromRows, workbookOf } from '../../support/grid';

function table(): FakeEt {
  return new FakeEt(
    workbookOf(
      sheetFromRows('表1', [
        ['指标', '权重', '得分'],
        ['绿化率', 10, 8],
      ]),
      sheetFromRows('表2', [['x', 1]]),
    ),
  );
}

const hostOf = (fake: FakeEt) => createWpsHost(fake.application as EtApplication);

describe('WPS host: watchSelection', () => {
  it('reports the sheet and top-left cell of each selection until unsubscribed', async () => {
    const fake = table();
    const host = hostOf(fake);
    const seen: string[] = [];
    const stop = await host.watchSelection!((sheet, address) => seen.push(`${sheet}!${address}`));
    expect(fake.listeners.get('SheetSelectionChange')?.size).toBe(1);
    fake.userSelects('表1', 'C2');
    fake.userSelects('表2', 'A1:B3');
    expect(seen).toEqual(['表1!C2', '表2!A1']);
    stop();
    expect(fake.listeners.get('SheetSelectionChange')?.size ?? 0).toBe(0);
    fake.userSelects('表1', 'B2');
    expect(seen).toHaveLength(2);
  });

  it('leaves the SheetChange listener of live re-check alone', async () => {
    const fake = table();
    const host = hostOf(fake);
    const changes: string[] = [];
    await host.watchChanges((sheet, address) => changes.push(`${sheet}!${address}`));
    const stop = await host.watchSelection!(() => undefined);
    stop();
    fake.emitChange('表1', 'C2');
    expect(changes).toEqual(['表1!C2']);
  });

  it("reports the host's own selection too (the pane tells it apart by the cell it selected)", async () => {
    const fake = table();
    const host = hostOf(fake);
    const seen: string[] = [];
    await host.watchSelection!((sheet, address) => seen.push(`${sheet}!${address}`));
    await host.selectCell('表2', 'B1');
    expect(seen).toEqual(['表2!B1']);
  });

  it('is a no-op on a WPS without ApiEvent', async () => {
    const fake = table();
    const app = { ...(fake.application as Record<string, unknown>), ApiEvent: undefined } as unknown as EtApplication;
    const stop = await createWpsHost(app).watchSelection!(() => undefined);
    expect(() => stop()).not.toThrow();
  });
});

describe('WPS host: selectedCell', () => {
  it('gives the active sheet and the top-left cell of the selection', async () => {
    const fake = table();
    const host = hostOf(fake);
    fake.userSelects('表2', 'A1:B1');
    await expect(host.selectedCell!()).resolves.toEqual({ sheet: '表2', address: 'A1' });
  });

  it('gives undefined when the selection is not a range or the object model fails', async () => {
    const fake = table();
    const shape = Object.create(fake.application as object, { Selection: { get: () => ({ Name: '图片 1' }) } }) as EtApplication;
    await expect(createWpsHost(shape).selectedCell!()).resolves.toBeUndefined();
    const broken = Object.create(fake.application as object, { Selection: { get: () => { throw new Error('bridge'); } } }) as EtApplication;
    await expect(createWpsHost(broken).selectedCell!()).resolves.toBeUndefined();
  });
});
