// The WPS host's guarantees on bad input and its other operations: protection, edits since the
// check, a failing write, selection, live re-check events, data kept in the workbook.
import type { CellChange } from '../../../src/core/findings/types';
import type { EtApplication } from '../../../src/hosts/wps/et';
import { createWpsHost } from '../../../src/hosts/wps/host';
import { FakeEt, fakeCell } from '../../support/fake-et';
import { sheetFromRows, workbookOf } from '../../support/grid';

const label = { zh: '修正得分', en: 'Fix score' };

function table(options: { protected?: boolean } = {}): FakeEt {
  return new FakeEt(
    workbookOf(
      sheetFromRows('表1', [
        ['指标', '权重', '得分'],
        ['绿化率', 10, 8],
        ['满意度', 10, { v: { error: '#DIV/0!' }, f: '1/0' }],
      ], options),
      sheetFromRows('表2', [['x', 1]]),
    ),
  );
}

const fix = (address: string, before: CellChange['before'], after: CellChange['after'], sheet = '表1'): CellChange => ({ sheet, address, before, after });

async function hostOf(fake: FakeEt) {
  const host = createWpsHost(fake.application as EtApplication, { now: () => new Date('2024-03-01T08:00:00Z'), newId: () => 'e1' });
  await host.readWorkbook();
  return host;
}

describe('WPS host: writes', () => {
  it('writes a batch, journals it first, and undoes it exactly (value and formula)', async () => {
    const fake = table();
    const host = await hostOf(fake);
    const result = await host.applyChanges([fix('C2', { value: 8 }, { value: 10 }), fix('C3', { value: { error: '#DIV/0!' }, formula: '=1/0' }, { value: 10 })], label);
    expect(result).toMatchObject({ ok: true, written: 2 });
    expect(fakeCell(fake, '表1', 'C2')).toEqual({ value: 10 });
    expect(fakeCell(fake, '表1', 'C3')).toEqual({ value: 10 });
    expect((await host.journal()).length).toBe(1);
    expect(await host.undoLast()).toMatchObject({ ok: true, written: 2 });
    expect(fakeCell(fake, '表1', 'C2')).toEqual({ value: 8 });
    expect(fakeCell(fake, '表1', 'C3')).toEqual({ value: null, formula: '=1/0' });
    expect(await host.journal()).toEqual([]);
    expect(await host.undoLast()).toMatchObject({ ok: false, message: { zh: '没有可撤销的修改。' } });
  });

  it('keeps a journal longer than one document property (255 characters) across hosts (a later session)', async () => {
    const fake = table();
    const host = await hostOf(fake);
    const long = { zh: '修'.repeat(400), en: 'x'.repeat(400) };
    expect(await host.applyChanges([fix('C2', { value: 8 }, { value: 9 })], long)).toMatchObject({ ok: true });
    expect([...fake.properties.keys()].filter((k) => k.startsWith('PERF.journal.')).length).toBeGreaterThan(4);
    const later = createWpsHost(fake.application as EtApplication);
    expect((await later.journal())[0].label).toEqual(long);
    expect(await later.undoLast()).toMatchObject({ ok: true });
    expect(fakeCell(fake, '表1', 'C2')).toEqual({ value: 8 });
  });

  it('refuses a protected sheet with a clear message and writes nothing', async () => {
    const fake = table({ protected: true });
    const host = await hostOf(fake);
    const result = await host.applyChanges([fix('C2', { value: 8 }, { value: 10 })], label);
    expect(result).toMatchObject({ ok: false, reason: 'protected', message: { zh: expect.stringContaining('工作表受保护') } });
    expect(fakeCell(fake, '表1', 'C2')).toEqual({ value: 8 });
    expect(fake.properties.size).toBe(0);
    expect(await host.highlight([{ sheet: '表1', address: 'C2', severity: 'error' }])).toMatchObject({ ok: false, reason: 'protected' });
  });

  it('refuses with 请重新校验 when a target cell changed since the check, writing nothing', async () => {
    const fake = table();
    const host = await hostOf(fake);
    fake.workbook.setCell('表1', 'C2', { value: 7 });
    const result = await host.applyChanges([fix('B2', { value: 10 }, { value: 20 }), fix('C2', { value: 8 }, { value: 10 })], label);
    expect(result).toMatchObject({ ok: false, reason: 'changed', message: { zh: expect.stringContaining('请重新校验') }, cells: [{ sheet: '表1', address: 'C2' }] });
    expect(fakeCell(fake, '表1', 'B2')).toEqual({ value: 10 });
    expect(fake.properties.size).toBe(0);
  });

  it('refuses when rows were inserted since the check, even if the target cell holds the same value', async () => {
    const fake = table();
    const host = await hostOf(fake);
    fake.workbook.insertRows('表1', 2);
    fake.workbook.setCell('表1', 'C2', { value: 8 });
    const result = await host.applyChanges([fix('C2', { value: 8 }, { value: 10 })], label);
    expect(result).toMatchObject({ ok: false, reason: 'changed', message: { zh: expect.stringContaining('请重新校验') } });
    expect(fakeCell(fake, '表1', 'C2')).toEqual({ value: 8 });
  });

  it('notes a sheet edited in the middle of the read and keeps no snapshot of it (the cell check still guards a write)', async () => {
    const fake = table();
    const host = createWpsHost(fake.application as EtApplication);
    let edited = false;
    fake.beforeCall = () => {
      // A user edit lands while the host is between bridge calls of the read.
      if (!edited && fake.calls > 20) {
        edited = true;
        fake.workbook.setCell('表1', 'A5', { value: '新行' });
      }
    };
    const grid = await host.readWorkbook();
    expect(grid.notes?.some((n) => n.zh.includes('读取时工作表「表1」被修改'))).toBe(true);
    fake.beforeCall = undefined;
    const result = await host.applyChanges([fix('C2', { value: 8 }, { value: 10 })], label);
    // No snapshot was kept for the sheet that changed mid-read: the cell check still guards the write.
    expect(result).toMatchObject({ ok: true });
  });

  it('puts back every cell already written when a write fails half-way, and restores screen updating and events', async () => {
    const fake = table();
    const host = await hostOf(fake);
    fake.failWriteAt = 2;
    fake.writes = 0;
    const result = await host.applyChanges([fix('B2', { value: 10 }, { value: 20 }), fix('C2', { value: 8 }, { value: 10 })], label);
    expect(result).toMatchObject({ ok: false, reason: 'failed', message: { zh: expect.stringContaining('已恢复原有内容') } });
    expect(fakeCell(fake, '表1', 'B2')).toEqual({ value: 10 });
    expect(fakeCell(fake, '表1', 'C2')).toEqual({ value: 8 });
    expect(await host.journal()).toEqual([]);
    expect(fake.screenUpdating).toBe(true);
    expect(fake.enableEvents).toBe(true);
  });

  it('refuses to undo over an edit made after the fix', async () => {
    const fake = table();
    const host = await hostOf(fake);
    await host.applyChanges([fix('C2', { value: 8 }, { value: 10 })], label);
    fake.workbook.setCell('表1', 'C2', { value: 9 });
    expect(await host.undoLast()).toMatchObject({ ok: false, reason: 'changed', message: { zh: expect.stringContaining('未撤销') } });
    expect(fakeCell(fake, '表1', 'C2')).toEqual({ value: 9 });
  });

  it('refuses a missing sheet and a bad address', async () => {
    const host = await hostOf(table());
    expect(await host.applyChanges([fix('C2', { value: 8 }, { value: 10 }, '无此表')], label)).toMatchObject({ ok: false, reason: 'changed' });
    expect(await host.applyChanges([fix('ZZZZ0', { value: 8 }, { value: 10 })], label)).toMatchObject({ ok: false, reason: 'failed' });
    expect(await host.applyChanges([], label)).toMatchObject({ ok: false, message: { zh: '没有要写入的修改。' } });
  });

  it('keeps text that WPS would turn into a number as text', async () => {
    const fake = table();
    const host = await hostOf(fake);
    await host.applyChanges([fix('A2', { value: '绿化率' }, { value: '100' })], label);
    expect(fakeCell(fake, '表1', 'A2')).toEqual({ value: '100' });
  });
});

describe('WPS host: highlights, selection, events, stored data', () => {
  it('colours cells in BGR and restores the original fills (a cell filled before keeps its own colour)', async () => {
    const fake = table();
    const host = await hostOf(fake);
    fake.workbook.sheet('表1').cells.get(2 * 16385 + 3)!.fill = { color: '#00FF00', pattern: 'Solid', patternColor: null };
    expect(await host.highlight([{ sheet: '表1', address: 'B2:C2', severity: 'error' }])).toMatchObject({ ok: true, written: 2 });
    expect(fake.workbook.cell('表1', 'C2').fill.color).toBe('#FFC7CE');
    expect(await host.clearHighlights()).toMatchObject({ ok: true, written: 2 });
    expect(fake.workbook.cell('表1', 'C2').fill).toMatchObject({ color: '#00FF00', pattern: 'Solid' });
    expect(fake.workbook.cell('表1', 'B2').fill.pattern).toBe('None');
  });

  it('jumps to a cell: activates its sheet, then selects', async () => {
    const fake = table();
    const host = await hostOf(fake);
    await host.selectCell('表2', 'B1');
    expect(fake.workbook.selection).toEqual({ sheet: '表2', address: 'B1' });
    await expect(host.selectCell('无此表', 'A1')).rejects.toMatchObject({ perfMessage: { zh: expect.stringContaining('不存在') } });
    await expect(host.selectCell('表1', 'not a cell')).rejects.toMatchObject({ perfMessage: { zh: expect.stringContaining('地址无效') } });
  });

  it('reports user edits through SheetChange, not its own writes, and unsubscribes', async () => {
    const fake = table();
    const host = await hostOf(fake);
    const seen: string[] = [];
    const stop = await host.watchChanges((sheet, address) => seen.push(`${sheet}!${address}`));
    fake.emitChange('表1', 'C2');
    await host.applyChanges([fix('C2', { value: 8 }, { value: 10 })], label);
    stop();
    fake.emitChange('表1', 'C3');
    expect(seen).toEqual(['表1!C2']);
  });

  it('keeps reviewed marks in the workbook', async () => {
    const fake = table();
    const host = await hostOf(fake);
    const marks = [{ rule: 'PERF021' as const, sheet: '表1', cell: 'C2', reason: '经复核，按部门口径'.repeat(20) }];
    await host.saveReviewed(marks);
    expect(await createWpsHost(fake.application as EtApplication).loadReviewed()).toEqual(marks);
    await host.saveReviewed([]);
    expect(await host.loadReviewed()).toEqual([]);
  });

  it('names who is using it from the user name set in WPS (Application.UserName), nobody when it is empty', async () => {
    const fake = table();
    const host = await hostOf(fake);
    expect(host.reviewer?.()).toBeUndefined();
    fake.userName = '  张三 ';
    expect(host.reviewer?.()).toBe('张三');
    fake.userName = 'x'.repeat(300);
    expect(host.reviewer?.()).toHaveLength(64);
  });

  it('adds a report sheet after the last one without overwriting', async () => {
    const fake = table();
    const host = await hostOf(fake);
    const report = { tables: [], findings: [], reviewed: [], counts: { error: 0, warning: 0, info: 0 }, passed: true, notes: [] };
    const first = await host.exportReport(report, 'zh');
    const second = await host.exportReport(report, 'zh');
    expect(first).toEqual({ sheet: '校验报告' });
    expect(second).toEqual({ sheet: '校验报告 (2)' });
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(['表1', '表2', '校验报告', '校验报告 (2)']);
  });

  it('says which WPS version the functions need when the custom-function API is missing', () => {
    const fake = table();
    fake.hasCustomFunctions = false;
    fake.version = '11.1.0.11719';
    const host = createWpsHost(fake.application as EtApplication);
    expect(host.capabilities.notes.map((n) => n.zh).join()).toContain('12.1.0.20540');
    expect(host.capabilities.notes.map((n) => n.zh).join()).toContain('11.1.0.11719');
  });
});
