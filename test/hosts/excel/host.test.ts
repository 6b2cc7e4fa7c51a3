// The rest of the Excel host: select, reviewed marks, watched edits, capabilities, one-at-a-time.
import type { ReviewedMark } from '../../../src/core/findings/types';
import { createExcelHost } from '../../../src/hosts/excel';
import { capabilitiesOf, detectFeatures } from '../../../src/hosts/excel/capabilities';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REVIEWED_PROPERTY, STORE_KEYS } from '../../../src/hosts/excel/store';
import { openWorkbookFile } from '../../../src/hosts/file';
import { REVIEWED_PROPERTY as FILE_REVIEWED_PROPERTY, readTextProperties } from '../../../src/hosts/file/doc-props';
import { WPS_STORE } from '../../../src/hosts/wps/store';
import { FakeExcel } from '../../support/fake-excel';
import { sheetFromRows, workbookOf } from '../../support/grid';
import { seed, workbookGrid } from './tables';

function setup(): { fake: FakeExcel; host: ReturnType<typeof createExcelHost> } {
  const fake = new FakeExcel(workbookGrid(seed));
  fake.workbook.addSheet('附表');
  return { fake, host: createExcelHost(fake.deps) };
}

describe('selectCell', () => {
  it('activates the sheet and selects the cell in one round trip', async () => {
    const { fake, host } = setup();
    fake.workbook.activeSheet = '附表';
    expect(await fake.countSyncs(() => host.selectCell('Sheet1', 'I21'))).toBe(1);
    expect(fake.workbook.activeSheet).toBe('Sheet1');
    expect(fake.workbook.selection).toEqual({ sheet: 'Sheet1', address: 'I21' });
  });

  it('says when the sheet is gone, hidden, or the address is not one', async () => {
    const { fake, host } = setup();
    await expect(host.selectCell('没有这张表', 'A1')).rejects.toMatchObject({ perfMessage: { zh: expect.stringContaining('已不存在') } });
    fake.workbook.sheet('附表').visibility = 'Hidden';
    await expect(host.selectCell('附表', 'A1')).rejects.toMatchObject({ perfMessage: { zh: expect.stringContaining('隐藏') } });
    await expect(host.selectCell('Sheet1', '第21行')).rejects.toMatchObject({ name: 'HostError' });
  });
});

describe('reviewed marks', () => {
  const marks: ReviewedMark[] = [
    { rule: 'PERF051', sheet: 'Sheet1', cell: 'H27', reason: '产值确为 123.45 亿元', by: '龙凤鸣', at: '2023-03-01' },
    { rule: 'PERF033', sheet: 'Sheet1', cell: 'G7', reason: '重庆口径不分块' },
  ];

  it('are stored in the custom document properties and read back by a later session', async () => {
    const { fake, host } = setup();
    expect(await host.loadReviewed()).toEqual([]);
    await host.saveReviewed(marks);
    expect(await createExcelHost(fake.deps).loadReviewed()).toEqual(marks);
    expect(fake.workbook.settings.has(STORE_KEYS.reviewed)).toBe(false);
    expect(fake.workbook.customProperties.get(`${REVIEWED_PROPERTY}.n`)).toBe('1');
    expect(JSON.parse(fake.workbook.customProperties.get(`${REVIEWED_PROPERTY}.0`)!)).toEqual({ v: 1, marks });
  });

  it('are written in one batch after one read, long reasons cut in parts of at most 255 characters', async () => {
    const { fake, host } = setup();
    const long = { ...marks[0], reason: '经复核，指标值按年度计划口径填报。'.repeat(40) };
    const syncs = await fake.countSyncs(() => host.saveReviewed([long, marks[1]]));
    expect(syncs).toBe(2);
    const props = fake.workbook.customProperties;
    const n = Number(props.get(`${REVIEWED_PROPERTY}.n`));
    expect(n).toBeGreaterThan(2);
    expect(props.size).toBe(n + 1);
    for (const value of props.values()) expect(value.length).toBeLessThanOrEqual(255);
    expect(await host.loadReviewed()).toEqual([long, marks[1]]);
    // Fewer marks: the parts no longer used are removed, not left behind.
    await host.saveReviewed([marks[1]]);
    expect([...props.keys()].sort()).toEqual([`${REVIEWED_PROPERTY}.0`, `${REVIEWED_PROPERTY}.n`]);
    // No marks: no PERF properties at all; other programs' properties stay.
    props.set('公文编号', '鄂财绩〔2026〕12号');
    await host.saveReviewed([]);
    expect([...props]).toEqual([['公文编号', '鄂财绩〔2026〕12号']]);
    expect(await host.loadReviewed()).toEqual([]);
  });

  it('are read from a file saved by the preview (custom document properties) and written back there', async () => {
    expect(new Set([REVIEWED_PROPERTY, FILE_REVIEWED_PROPERTY, WPS_STORE.reviewed])).toEqual(new Set(['PERF.reviewed']));
    const opened = await openWorkbookFile(readFileSync(join(__dirname, '..', '..', 'fixtures', 'seed-xiyong-2022.xlsx')), 'seed.xlsx');
    if (!opened.ok) throw new Error(opened.problem.message.zh);
    const long = { ...marks[0], reason: '经复核，指标值按年度计划口径填报。'.repeat(30) };
    await opened.file.host.saveReviewed([long, marks[1]]);
    const download = await opened.file.download();
    if (!download.ok) throw new Error(download.message.zh);
    const { fake, host } = setup();
    fake.workbook.customProperties = await readTextProperties(download.data);
    expect(fake.workbook.customProperties.get(`${REVIEWED_PROPERTY}.n`)).toBe(String(fake.workbook.customProperties.size - 1));
    expect(Number(fake.workbook.customProperties.get(`${REVIEWED_PROPERTY}.n`))).toBeGreaterThan(1);
    expect(await host.loadReviewed()).toEqual([long, marks[1]]);
    await host.saveReviewed([marks[1]]);
    expect(await createExcelHost(fake.deps).loadReviewed()).toEqual([marks[1]]);
    expect(fake.workbook.settings.has(STORE_KEYS.reviewed)).toBe(false);
    // An incomplete set of parts reads as no marks, not as a torn document.
    await host.saveReviewed([long, marks[1]]);
    fake.workbook.customProperties.delete(`${REVIEWED_PROPERTY}.1`);
    expect(await host.loadReviewed()).toEqual([]);
  });

  it('of an older PERF (the add-in settings) are read when the properties hold none, and moved on the next save', async () => {
    const { fake, host } = setup();
    fake.workbook.settings.set(STORE_KEYS.reviewed, JSON.stringify({ v: 1, marks }));
    expect(await host.loadReviewed()).toEqual(marks);
    await host.saveReviewed([...marks, { rule: 'PERF021', sheet: 'Sheet1', cell: 'I21', reason: '按文件口径' }]);
    expect(fake.workbook.settings.has(STORE_KEYS.reviewed)).toBe(false);
    expect((await createExcelHost(fake.deps).loadReviewed()).map((m) => m.cell)).toEqual(['H27', 'G7', 'I21']);
    // Properties win over a settings copy (a file marked in WPS after an older PERF marked it in Excel).
    fake.workbook.settings.set(STORE_KEYS.reviewed, JSON.stringify({ v: 1, marks: [marks[0]] }));
    expect((await host.loadReviewed()).map((m) => m.cell)).toEqual(['H27', 'G7', 'I21']);
    // Removing the last mark removes the old copy too: it does not come back.
    await host.saveReviewed([]);
    expect(await host.loadReviewed()).toEqual([]);
  });

  it('are signed by nobody: Office.js tells a task pane in Excel no user name', () => {
    expect(setup().host.reviewer).toBeUndefined();
  });

  it('are found and replaced whatever the case of the property names (Excel matches keys without case)', async () => {
    const { fake, host } = setup();
    const text = JSON.stringify({ v: 1, marks: [marks[1]] });
    fake.workbook.customProperties.set('perf.REVIEWED.N', '1');
    fake.workbook.customProperties.set('perf.reviewed.0', text);
    expect(await host.loadReviewed()).toEqual([marks[1]]);
    await host.saveReviewed([marks[0]]);
    expect(fake.workbook.customProperties.size).toBe(2);
    expect(await host.loadReviewed()).toEqual([marks[0]]);
  });

  it('drops damaged entries instead of failing', async () => {
    const { fake, host } = setup();
    fake.workbook.settings.set(STORE_KEYS.reviewed, JSON.stringify({ v: 1, marks: [marks[0], { rule: 'XX', sheet: 1 }] }));
    expect(await host.loadReviewed()).toEqual([marks[0]]);
    fake.workbook.settings.set(STORE_KEYS.reviewed, 'not json');
    expect(await host.loadReviewed()).toEqual([]);
    fake.workbook.customProperties.set(`${REVIEWED_PROPERTY}.n`, '1');
    fake.workbook.customProperties.set(`${REVIEWED_PROPERTY}.0`, '{"v":1,"marks":[{"rule":"PERF021"');
    expect(await host.loadReviewed()).toEqual([]);
  });

  it('rejects with a message when they cannot be stored, or are too many', async () => {
    const { fake, host } = setup();
    fake.failWrite = (_sync, write) => (write === 1 ? 'GeneralException' : undefined);
    await expect(host.saveReviewed(marks)).rejects.toMatchObject({ perfMessage: { zh: expect.stringContaining('无法保存') } });
    fake.failWrite = undefined;
    const many = Array.from({ length: 2000 }, (_, i) => ({ ...marks[1], cell: `G${i + 1}`, reason: '经复核确认无误'.repeat(3) }));
    await expect(host.saveReviewed(many)).rejects.toMatchObject({ perfMessage: { zh: expect.stringContaining('2000') } });
    expect(fake.workbook.customProperties.size).toBe(0);
  });
});

describe('watchChanges', () => {
  it('reports edits as (sheet, address) until unsubscribed', async () => {
    const { fake, host } = setup();
    const seen: string[] = [];
    const stop = await host.watchChanges((sheet, address) => seen.push(`${sheet}!${address}`));
    await fake.emitChanged('Sheet1', 'H21');
    await fake.renameSheet('附表', '附表（改名）');
    await fake.emitChanged('附表（改名）', 'B2:C3');
    expect(seen).toEqual(['Sheet1!H21', '附表（改名）!B2:C3']);
    stop();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(fake.changeHandlers.size).toBe(0);
    await fake.emitChanged('Sheet1', 'H22');
    expect(seen).toHaveLength(2);
  });

  it('is off, with a note, on Excel without worksheets.onChanged (before ExcelApi 1.9)', async () => {
    const fake = new FakeExcel(workbookGrid(seed));
    fake.apiVersion = '1.8';
    const host = createExcelHost(fake.deps);
    expect(host.capabilities.watchChanges).toBe(false);
    const stop = await host.watchChanges(() => undefined);
    expect(fake.syncCount).toBe(0);
    expect(() => stop()).not.toThrow();
  });
});

describe('capabilities', () => {
  it('follow the requirement sets this Excel supports', () => {
    // ExcelApi up to 1.max, CustomFunctionsRuntime up to 1.functions.
    const only = (max: number, functions = 5) => (name: string, version: string) =>
      Number(version.split('.')[1]) <= (name === 'ExcelApi' ? max : name === 'CustomFunctionsRuntime' ? functions : -1);
    expect(detectFeatures(only(18))).toEqual({ base: true, merges: true, fillPattern: true, watch: true, calculated: true, nameEvents: true, calcState: true, delayForCellEdit: true, customFunctions: true, notes: true });
    expect(detectFeatures(only(17)).notes).toBe(false);
    expect(detectFeatures(only(8, 1))).toEqual({ base: true, merges: false, fillPattern: false, watch: false, calculated: true, nameEvents: false, calcState: false, delayForCellEdit: false, customFunctions: false, notes: false });
    expect(capabilitiesOf(detectFeatures(only(18)))).toEqual({
      select: true, highlight: true, storeInWorkbook: true, watchChanges: true, addSheet: true, customFunctions: true, cellNotes: true, notes: [],
    });
    // Below 1.18 only the notes are off, said next to the checkbox rather than among the pane's notes.
    expect(capabilitiesOf(detectFeatures(only(17)))).toMatchObject({ cellNotes: false, cellNotesWhy: { zh: expect.stringMatching(/ExcelApi 1\.18/) }, notes: [] });
    expect(capabilitiesOf(detectFeatures(only(8))).notes).toHaveLength(3);
    expect(capabilitiesOf(detectFeatures(only(8, 1))).notes).toHaveLength(4);
  });

  it('treat a throwing isSetSupported as unsupported', () => {
    expect(detectFeatures(() => {
      throw new Error('no Office');
    }).base).toBe(false);
  });

  it('make every operation answer with a message instead of throwing on Excel too old to work with', async () => {
    const fake = new FakeExcel(workbookGrid(seed));
    fake.apiVersion = '1.3';
    const host = createExcelHost(fake.deps);
    expect(await host.applyChanges([], { zh: '', en: '' })).toMatchObject({ ok: false, reason: 'unsupported' });
    expect(await host.undoLast()).toMatchObject({ ok: false, reason: 'unsupported' });
    expect(await host.highlight([])).toMatchObject({ ok: false, reason: 'unsupported' });
    expect(await host.exportReport({ tables: [], findings: [], reviewed: [], counts: { error: 0, warning: 0, info: 0 }, passed: true }, 'zh')).toMatchObject({ ok: false });
    expect(await host.journal()).toEqual([]);
    expect(await host.loadReviewed()).toEqual([]);
    await expect(host.selectCell('Sheet1', 'A1')).rejects.toMatchObject({ name: 'HostError' });
    expect(fake.syncCount).toBe(0);
  });
});

describe('one operation at a time', () => {
  it('runs a write and a read started together one after the other', async () => {
    const fake = new FakeExcel(workbookOf(sheetFromRows('表', [['得分', 2.63]])));
    const host = createExcelHost(fake.deps);
    const order: string[] = [];
    fake.beforeSync = (index) => order.push(`sync${index}`);
    const write = host.applyChanges([{ sheet: '表', address: 'B1', before: { value: 2.63 }, after: { value: 2.62 } }], { zh: '修正', en: 'Fix' }).then(() => order.push('write done'));
    const read = host.readWorkbook().then((grid) => order.push(`read saw ${String(grid.sheets[0].rows[0]?.[1]?.value)}`));
    await Promise.all([write, read]);
    expect(order).toEqual(['sync1', 'sync2', 'write done', 'sync3', 'read saw 2.62']);
  });
});
