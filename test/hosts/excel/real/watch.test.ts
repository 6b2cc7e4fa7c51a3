// Live re-check events as Excel raises them: onChanged for data edits (with triggerSource from
// ExcelApi 1.14), onCalculated when a dependent sheet recalculates, one onChanged per write command
// of the add-in itself. The watcher reports user edits and recalculated sheets, skips the add-in's
// own writes, and spends no Excel.run per event for a sheet it knows.
import { createExcelHost } from '../../../../src/hosts/excel';
import { FakeExcel } from '../../../support/fake-excel';
import { sheetFromRows, workbookOf } from '../../../support/grid';

function setup(apiVersion = '1.17'): { fake: FakeExcel; host: ReturnType<typeof createExcelHost>; seen: string[] } {
  const fake = new FakeExcel(
    workbookOf(
      sheetFromRows('明细', [['指标', '得分'], ['预算执行率', 9.97], ['满意度', 10]]),
      sheetFromRows('汇总', [['总分', { v: 19.97, f: '=SUM(明细!B2:B3)' }]]),
    ),
  );
  fake.apiVersion = apiVersion;
  return { fake, host: createExcelHost(fake.deps), seen: [] };
}

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('live re-check events', () => {
  it('reports user edits without an Excel.run per event', async () => {
    const { fake, host, seen } = setup();
    const stop = await host.watchChanges((sheet, address) => seen.push(`${sheet}!${address}`));
    const runs = fake.runs.length;
    for (const address of ['B2', 'B3', 'B2']) await fake.emitChanged('明细', address);
    expect(seen).toEqual(['明细!B2', '明细!B3', '明细!B2']);
    expect(fake.runs.length).toBe(runs);
    stop();
  });

  it('reports a dependent sheet that recalculated (onCalculated), not only the edited one', async () => {
    const { fake, host, seen } = setup();
    const stop = await host.watchChanges((sheet) => seen.push(sheet));
    await fake.emitChanged('明细', 'B2');
    await fake.emitCalculated('汇总');
    expect(seen).toEqual(['明细', '汇总']);
    stop();
    await tick();
    expect(fake.calculatedHandlers.size).toBe(0);
  });

  it("skips the add-in's own writes: a fix raises no re-check", async () => {
    const { fake, host, seen } = setup();
    const stop = await host.watchChanges((sheet) => seen.push(sheet));
    const result = await host.applyChanges(
      [
        { sheet: '明细', address: 'B2', before: { value: 9.97 }, after: { value: 9.974 } },
        { sheet: '明细', address: 'B3', before: { value: 10 }, after: { value: 9.5 } },
      ],
      { zh: '修正', en: 'Fix' },
    );
    expect(result).toMatchObject({ ok: true });
    await tick();
    expect(fake.events.filter((e) => e.triggerSource === 'ThisLocalAddin')).toHaveLength(2);
    expect(seen).toEqual([]);
    await fake.emitChanged('明细', 'A2');
    expect(seen).toEqual(['明细']);
    stop();
  });

  it("skips the add-in's own writes also on Excel before triggerSource (ExcelApi 1.13)", async () => {
    const { host, seen } = setup('1.13');
    const stop = await host.watchChanges((sheet) => seen.push(sheet));
    await host.applyChanges([{ sheet: '明细', address: 'B2', before: { value: 9.97 }, after: { value: 9.974 } }], { zh: '修正', en: 'Fix' });
    await tick();
    expect(seen).toEqual([]);
    stop();
  });

  it('follows a renamed sheet and a sheet added later', async () => {
    const { fake, host, seen } = setup();
    const stop = await host.watchChanges((sheet) => seen.push(sheet));
    await fake.renameSheet('明细', '明细（改）');
    await fake.emitChanged('明细（改）', 'B2');
    fake.workbook.addSheet('新表');
    await fake.emitChanged('新表', 'A1');
    expect(seen).toEqual(['明细（改）', '新表']);
    stop();
  });
});
