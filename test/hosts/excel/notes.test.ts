// Cell notes with highlights in the Excel host (worksheet.notes, ExcelApi 1.18): in the same write
// batch as the fills, a user's note kept, an edited PERF note left, clearing through the record in
// the workbook's settings, and off (with the reason) below 1.18.
import { createExcelHost } from '../../../src/hosts/excel';
import { capabilitiesOf, detectFeatures } from '../../../src/hosts/excel/capabilities';
import { STORE_KEYS } from '../../../src/hosts/excel/store';
import { noteHash } from '../../../src/hosts/notes';
import type { HighlightMark } from '../../../src/hosts/types';
import { FakeExcel } from '../../support/fake-excel';
import { seed, workbookGrid } from './tables';

function setup(apiVersion = '1.18'): { fake: FakeExcel; host: ReturnType<typeof createExcelHost> } {
  const fake = new FakeExcel(workbookGrid(seed));
  fake.apiVersion = apiVersion;
  fake.workbook.setNote('Sheet1', 'G7', '权重按财政局通知');
  return { fake, host: createExcelHost(fake.deps) };
}

const noted = (address: string, note?: string, severity: HighlightMark['severity'] = 'error'): HighlightMark => ({
  sheet: 'Sheet1',
  address,
  severity,
  ...(note ? { note } : {}),
});

describe('Excel host: notes with highlights', () => {
  it('adds notes where a cell has none, keeps the user note, in the fills write batch', async () => {
    const { fake, host } = setup();
    expect(host.capabilities).toMatchObject({ highlight: true, cellNotes: true });
    const syncs = await fake.countSyncs(async () => {
      const result = await host.highlight([noted('I21', 'PERF: PERF012 得分应为 2.62'), noted('G7', 'PERF: PERF030 x'), noted('H31')]);
      expect(result).toMatchObject({ ok: true, written: 3, notes: 1 });
      expect(result.ok && result.note?.zh).toBe('1 个单元格已有批注，保留原批注、未写入 PERF 批注：Sheet1!G7。');
    });
    // The same three round trips as fills alone: the notes are looked at with the fills and written with them.
    expect(syncs).toBe(3);
    expect(fake.log.slice(-3).map((s) => s.writes > 0)).toEqual([false, false, true]);
    expect(fake.workbook.allNotes()).toEqual({ 'Sheet1!G7': '权重按财政局通知', 'Sheet1!I21': 'PERF: PERF012 得分应为 2.62' });
    expect(JSON.parse(fake.workbook.settings.get(STORE_KEYS.notes) as string)).toEqual({
      v: 1,
      sheets: { Sheet1: { I21: noteHash('PERF: PERF012 得分应为 2.62') } },
    });
  });

  it('clears only its own notes in a later session and leaves one the user edited', async () => {
    const { fake, host } = setup();
    await host.highlight([noted('I21', 'PERF: a'), noted('H31', 'PERF: b'), noted('B8', 'PERF: c')]);
    fake.workbook.setNote('Sheet1', 'H31', 'PERF: b —— 已核实');
    fake.workbook.setNote('Sheet1', 'B8', null);
    const later = createExcelHost(fake.deps);
    const result = await later.clearHighlights();
    expect(result).toMatchObject({ ok: true, written: 3, notes: 1 });
    expect(result.ok && result.note?.zh).toBe('1 个 PERF 批注已被修改，视为您的批注，保留未删：Sheet1!H31。');
    expect(fake.workbook.allNotes()).toEqual({ 'Sheet1!G7': '权重按财政局通知', 'Sheet1!H31': 'PERF: b —— 已核实' });
    expect(JSON.parse(fake.workbook.settings.get(STORE_KEYS.notes) as string)).toEqual({ v: 1, sheets: {} });
    expect(await later.clearHighlights()).toEqual({ ok: true, written: 0 });
  });

  it('clears notes when no fill is saved any more, and replaces its own notes on a new highlight', async () => {
    const { fake, host } = setup();
    await host.highlight([noted('I21', 'PERF: old')]);
    expect(await host.highlight([noted('I21', 'PERF: new'), noted('H31')])).toMatchObject({ ok: true, notes: 1 });
    expect(fake.workbook.note('Sheet1', 'I21')).toBe('PERF: new');
    // The fills record lost (another tool cleared the settings): the notes are still found and deleted.
    fake.workbook.settings.delete(STORE_KEYS.fills);
    expect(await host.clearHighlights()).toMatchObject({ ok: true, written: 0, notes: 1 });
    expect(fake.workbook.allNotes()).toEqual({ 'Sheet1!G7': '权重按财政局通知' });
  });

  it('writes no note and no fill on a protected sheet', async () => {
    const { fake, host } = setup();
    fake.workbook.sheet('Sheet1').protected = true;
    expect(await host.highlight([noted('I21', 'PERF: a')])).toMatchObject({ ok: false, reason: 'protected' });
    expect(fake.workbook.allNotes()).toEqual({ 'Sheet1!G7': '权重按财政局通知' });
  });

  it('is off below ExcelApi 1.18, with the Excel needed, and refuses notes there', async () => {
    const { fake, host } = setup('1.17');
    expect(host.capabilities.cellNotes).toBe(false);
    expect(host.capabilities.cellNotesWhy?.zh).toMatch(/ExcelApi 1\.18.*Microsoft 365/);
    expect(host.capabilities.notes).toEqual([]);
    expect(await host.highlight([noted('I21', 'PERF: a')])).toMatchObject({ ok: false, reason: 'unsupported' });
    expect(fake.workbook.cell('Sheet1', 'I21').fill.pattern).toBe('None');
    // Without notes asked for, highlighting works as before and no note API is used.
    expect(await host.highlight([noted('I21')])).toEqual({ ok: true, written: 1 });
    expect(await host.clearHighlights()).toEqual({ ok: true, written: 1 });
    expect(capabilitiesOf(detectFeatures(() => true))).toMatchObject({ cellNotes: true });
  });
});
