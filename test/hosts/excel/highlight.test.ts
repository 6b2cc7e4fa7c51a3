// Highlights over the fake Excel: original fills saved in the workbook, restored exactly, never left behind.
import { createExcelHost } from '../../../src/hosts/excel';
import { MAX_HIGHLIGHT_CELLS, SEVERITY_FILL } from '../../../src/hosts/excel/highlight';
import { STORE_KEYS } from '../../../src/hosts/excel/store';
import type { HighlightMark } from '../../../src/hosts/types';
import { FakeExcel } from '../../support/fake-excel';
import { seed, workbookGrid } from './tables';

function setup(apiVersion = '1.17'): { fake: FakeExcel; host: ReturnType<typeof createExcelHost> } {
  const fake = new FakeExcel(workbookGrid(seed));
  fake.apiVersion = apiVersion;
  const wb = fake.workbook;
  // The form's own colours: a yellow input cell, a hatched cell, and the rest without fill.
  wb.setCell('Sheet1', 'I21', { value: 2.63 });
  wb.cell('Sheet1', 'I21').fill = { color: '#FFFF00', pattern: 'Solid', patternColor: null };
  wb.setCell('Sheet1', 'G7', { value: 10 });
  wb.cell('Sheet1', 'G7').fill = { color: '#D9D9D9', pattern: 'LightDown', patternColor: '#808080' };
  return { fake, host: createExcelHost(fake.deps) };
}

const MARKS: HighlightMark[] = [
  { sheet: 'Sheet1', address: 'I21', severity: 'error' },
  { sheet: 'Sheet1', address: 'G7', severity: 'warning' },
  { sheet: 'Sheet1', address: 'H31', severity: 'info' },
];

const fillOf = (fake: FakeExcel, address: string) => fake.workbook.cell('Sheet1', address).fill;

describe('highlight and clearHighlights', () => {
  it('colours by severity after saving the original fills, and clearing restores them exactly', async () => {
    const { fake, host } = setup();
    const before = ['I21', 'G7', 'H31'].map((a) => ({ ...fillOf(fake, a) }));
    expect(await host.highlight(MARKS)).toEqual({ ok: true, written: 3 });
    expect(fillOf(fake, 'I21').color).toBe(SEVERITY_FILL.error);
    expect(fillOf(fake, 'G7')).toMatchObject({ color: SEVERITY_FILL.warning });
    expect(fillOf(fake, 'H31')).toMatchObject({ color: SEVERITY_FILL.info, pattern: 'Solid' });
    const saved = JSON.parse(fake.workbook.settings.get(STORE_KEYS.fills) as string) as { cells: unknown[] };
    expect(saved.cells).toHaveLength(3);

    expect(await host.clearHighlights()).toEqual({ ok: true, written: 3 });
    expect(['I21', 'G7', 'H31'].map((a) => fillOf(fake, a))).toEqual(before);
    expect(JSON.parse(fake.workbook.settings.get(STORE_KEYS.fills) as string)).toEqual({ v: 1, cells: [] });
  });

  it('takes three round trips each way: saved set, current fills, then one write batch', async () => {
    const { fake, host } = setup();
    expect(await fake.countSyncs(() => host.highlight(MARKS))).toBe(3);
    expect(fake.log.map((s) => s.writes > 0)).toEqual([false, false, true]);
    expect(await fake.countSyncs(() => host.clearHighlights())).toBe(3);
    expect(await fake.countSyncs(() => host.clearHighlights())).toBe(1);
  });

  it('restores the previous set first when highlighting again', async () => {
    const { fake, host } = setup();
    await host.highlight(MARKS);
    expect(await host.highlight([{ sheet: 'Sheet1', address: 'I21', severity: 'warning' }, { sheet: 'Sheet1', address: 'B8', severity: 'info' }])).toEqual({ ok: true, written: 2 });
    expect(fillOf(fake, 'G7')).toMatchObject({ color: '#D9D9D9', pattern: 'LightDown' });
    expect(fillOf(fake, 'H31').pattern).toBe('None');
    expect(fillOf(fake, 'I21').color).toBe(SEVERITY_FILL.warning);
    await host.clearHighlights();
    expect(fillOf(fake, 'I21')).toMatchObject({ color: '#FFFF00', pattern: 'Solid' });
    expect(fillOf(fake, 'B8').pattern).toBe('None');
  });

  it('leaves a fill the user changed after highlighting as the user made it', async () => {
    const { fake, host } = setup();
    await host.highlight(MARKS);
    fake.workbook.cell('Sheet1', 'I21').fill = { color: '#00B050', pattern: 'Solid', patternColor: null };
    expect(await host.clearHighlights()).toEqual({ ok: true, written: 2 });
    expect(fillOf(fake, 'I21').color).toBe('#00B050');
  });

  it('clears in a later session from the fills saved in the workbook', async () => {
    const { fake, host } = setup();
    await host.highlight(MARKS);
    const reopened = createExcelHost(fake.deps);
    expect(await reopened.clearHighlights()).toEqual({ ok: true, written: 3 });
    expect(fillOf(fake, 'I21').color).toBe('#FFFF00');
  });

  it('refuses on a sheet protected against formatting, changing nothing; allowed formatting works', async () => {
    const { fake, host } = setup();
    fake.workbook.sheet('Sheet1').protected = true;
    const refused = await host.highlight(MARKS);
    expect(refused).toMatchObject({ ok: false, reason: 'protected' });
    if (!refused.ok) expect(refused.message.zh).toMatch(/Sheet1/);
    expect(fillOf(fake, 'I21').color).toBe('#FFFF00');
    expect(fake.workbook.settings.has(STORE_KEYS.fills)).toBe(false);
    fake.workbook.sheet('Sheet1').allowFormatCells = true;
    expect(await host.highlight(MARKS)).toMatchObject({ ok: true, written: 3 });
  });

  it('keeps its record when clearing is refused, so nothing is forgotten', async () => {
    const { fake, host } = setup();
    await host.highlight(MARKS);
    fake.workbook.sheet('Sheet1').protected = true;
    expect(await host.clearHighlights()).toMatchObject({ ok: false, reason: 'protected' });
    fake.workbook.sheet('Sheet1').protected = false;
    expect(await host.clearHighlights()).toEqual({ ok: true, written: 3 });
    expect(fillOf(fake, 'I21').color).toBe('#FFFF00');
  });

  it('keeps the most severe mark of a cell and expands range marks', async () => {
    const { fake, host } = setup();
    const result = await host.highlight([
      { sheet: 'Sheet1', address: 'I21', severity: 'info' },
      { sheet: 'Sheet1', address: '$I$21', severity: 'error' },
      { sheet: 'Sheet1', address: 'G8:G9', severity: 'warning' },
    ]);
    expect(result).toEqual({ ok: true, written: 3 });
    expect(fillOf(fake, 'I21').color).toBe(SEVERITY_FILL.error);
    expect(fillOf(fake, 'G9').color).toBe(SEVERITY_FILL.warning);
  });

  it('refuses more cells than it can record', async () => {
    const { fake, host } = setup();
    const result = await host.highlight([{ sheet: 'Sheet1', address: `A1:A${MAX_HIGHLIGHT_CELLS + 1}`, severity: 'info' }]);
    expect(result).toMatchObject({ ok: false, reason: 'failed' });
    expect(fake.syncCount).toBe(0);
  });

  it('restores white as no fill on Excel without fill patterns (before ExcelApi 1.9)', async () => {
    const { fake, host } = setup('1.8');
    expect(host.capabilities.notes.map((n) => n.zh).join()).toMatch(/无填充/);
    await host.highlight(MARKS);
    await host.clearHighlights();
    expect(fillOf(fake, 'H31').pattern).toBe('None');
    expect(fillOf(fake, 'I21')).toMatchObject({ color: '#FFFF00', pattern: 'Solid' });
  });

  it('puts the original fills back when colouring fails half way', async () => {
    const { fake, host } = setup();
    const before = ['I21', 'G7', 'H31'].map((a) => ({ ...fillOf(fake, a) }));
    fake.failWrite = (index, write) => (index === 3 && write === 4 ? 'GeneralException' : undefined);
    const result = await host.highlight(MARKS);
    fake.failWrite = undefined;
    expect(result).toMatchObject({ ok: false, reason: 'failed' });
    if (!result.ok) expect(result.message.zh).toMatch(/已恢复原有底色/);
    expect(['I21', 'G7', 'H31'].map((a) => fillOf(fake, a))).toEqual(before);
    expect(JSON.parse(fake.workbook.settings.get(STORE_KEYS.fills) as string)).toEqual({ v: 1, cells: [] });
  });

  it('forgets cells of a deleted sheet without failing', async () => {
    const { fake, host } = setup();
    await host.highlight(MARKS);
    fake.workbook.sheets.splice(0, 1);
    fake.workbook.addSheet('新表');
    expect(await host.clearHighlights()).toEqual({ ok: true, written: 0 });
  });
});
