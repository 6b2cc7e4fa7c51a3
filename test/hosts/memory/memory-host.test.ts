import { createMemoryHost, MemoryWorkbook, SEVERITY_FILLS, STORE } from '../../../src/hosts/memory';
import type { CellChange } from '../../../src/core/findings/types';
import { NATIONAL_PROFILE } from '../../../src/core/profile';
import { checkSeedLike } from '../../taskpane/support/seed-check';
import { seedGrid } from '../../taskpane/support/workbooks';

const label = { zh: '修正得分', en: 'Fix score' };
const fix21: CellChange = { sheet: 'Sheet1', address: 'I21', before: { value: 2.63 }, after: { value: 2.62 } };
const formula8: CellChange = {
  sheet: 'Sheet1',
  address: 'I8',
  before: { value: 2.7 },
  after: { value: 2.7, formula: '=PERF.SCORE(E8,F8,H8,G8)' },
};

function twoSheetWorkbook(): MemoryWorkbook {
  const [sheet] = seedGrid().sheets;
  return new MemoryWorkbook({ name: 'two.xlsx', sheets: [sheet, { ...sheet, name: '单位B' }] }, { fills: { 'Sheet1!I21': '#FFFF00' } });
}

describe('memory host: reading', () => {
  it('returns a snapshot that later edits do not change, for all or the named sheets', async () => {
    const host = createMemoryHost(twoSheetWorkbook());
    const grid = await host.readWorkbook();
    expect(grid.sheets.map((s) => s.name)).toEqual(['Sheet1', '单位B']);
    host.workbook.edit('Sheet1', 'I21', { value: 2.62 });
    expect(grid.sheets[0].rows[20]![8]).toEqual({ value: 2.63 });
    const partial = await host.readWorkbook({ sheets: ['单位B'] });
    expect(partial.sheets.map((s) => s.name)).toEqual(['单位B']);
    expect((await host.readWorkbook()).sheets[0].rows[20]![8]).toEqual({ value: 2.62 });
  });

  it('reports progress per sheet and stops when cancelled', async () => {
    const host = createMemoryHost(twoSheetWorkbook(), { readDelayMs: 30 });
    const seen: string[] = [];
    await host.readWorkbook({ onProgress: (p) => seen.push(`${p.done}/${p.total} ${p.sheet}`) });
    expect(seen).toEqual(['1/2 Sheet1', '2/2 单位B']);

    const controller = new AbortController();
    const progress: number[] = [];
    const reading = host.readWorkbook({ signal: controller.signal, onProgress: (p) => progress.push(p.done) });
    setTimeout(() => controller.abort(), 5);
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
    expect(progress).toEqual([]);
  });

  it('selects a cell, and refuses a missing sheet with a message', async () => {
    const host = createMemoryHost(seedGrid());
    await host.selectCell('Sheet1', 'i21');
    expect(host.workbook.selection).toEqual({ sheet: 'Sheet1', address: 'I21' });
    await expect(host.selectCell('Sheet9', 'A1')).rejects.toMatchObject({ perfMessage: { zh: '工作表「Sheet9」不存在，请重新校验。' } });
  });
});

describe('memory host: writing and undo', () => {
  it('applies a batch, records it in the journal first, and undoes it exactly after a reopen', async () => {
    const workbook = twoSheetWorkbook();
    const host = createMemoryHost(workbook);
    const result = await host.applyChanges([fix21, formula8], label);
    expect(result).toMatchObject({ ok: true, written: 2 });
    expect(workbook.cell('Sheet1', 'I21')).toEqual({ value: 2.62 });
    expect(workbook.cell('Sheet1', 'I8')).toEqual({ value: 2.7, formula: '=PERF.SCORE(E8,F8,H8,G8)' });
    expect(JSON.parse(workbook.document(STORE.journal)!).entries).toHaveLength(1);

    const reopened = createMemoryHost(workbook);
    expect((await reopened.journal()).map((e) => e.label.zh)).toEqual(['修正得分']);
    expect(await reopened.undoLast()).toMatchObject({ ok: true, written: 2 });
    expect(workbook.cell('Sheet1', 'I21')).toEqual({ value: 2.63 });
    expect(workbook.cell('Sheet1', 'I8')).toEqual({ value: 2.7 });
    expect(await reopened.journal()).toEqual([]);
    expect(await reopened.undoLast()).toMatchObject({ ok: false, message: { zh: '没有可撤销的修改。' } });
  });

  it('restores a formula the fix replaced', async () => {
    const workbook = new MemoryWorkbook(seedGrid());
    workbook.edit('Sheet1', 'I9', { value: 2.7, formula: '=G9*H9/F9' });
    const host = createMemoryHost(workbook);
    const change: CellChange = { sheet: 'Sheet1', address: 'I9', before: { value: 2.7, formula: '=G9*H9/F9' }, after: { value: 2.7, formula: '=PERF.SCORE(E9,F9,H9,G9)' } };
    expect((await host.applyChanges([change], label)).ok).toBe(true);
    await host.undoLast();
    expect(workbook.cell('Sheet1', 'I9')).toEqual({ value: 2.7, formula: '=G9*H9/F9' });
  });

  it('writes nothing when any cell changed since validation, and says to validate again', async () => {
    const workbook = twoSheetWorkbook();
    const host = createMemoryHost(workbook);
    workbook.edit('Sheet1', 'I8', { value: 2.5 });
    const result = await host.applyChanges([fix21, formula8], label);
    expect(result).toMatchObject({ ok: false, reason: 'changed', cells: [{ sheet: 'Sheet1', address: 'I8' }] });
    expect(!result.ok && result.message.zh).toContain('请重新校验');
    expect(workbook.cell('Sheet1', 'I21')).toEqual({ value: 2.63 });
    expect(await host.journal()).toEqual([]);
  });

  it('refuses a fix after rows moved since the last read, even when the target holds the same value', async () => {
    const workbook = new MemoryWorkbook(seedGrid());
    const host = createMemoryHost(workbook);
    const read = await host.readWorkbook();
    // As if a row were inserted above row 8: every row from 8 down moves one row lower.
    const sheet = read.sheets[0];
    for (let row = sheet.rowCount; row >= 8; row--) {
      for (let col = 1; col <= sheet.colCount; col++) {
        const cell = sheet.rows[row - 1]?.[col - 1];
        workbook.edit('Sheet1', `${String.fromCharCode(64 + col)}${row + 1}`, cell ? { value: cell.value } : { value: null });
      }
    }
    expect(workbook.cell('Sheet1', 'I12')).toEqual({ value: 2.7 });
    const fix12: CellChange = { sheet: 'Sheet1', address: 'I12', before: { value: 2.7 }, after: { value: 2.6 } };
    const result = await host.applyChanges([fix12], label);
    expect(result).toMatchObject({ ok: false, reason: 'changed', cells: [{ sheet: 'Sheet1', address: 'I12' }] });
    expect(!result.ok && result.message.zh).toContain('请重新校验');
    expect(workbook.cell('Sheet1', 'I12')).toEqual({ value: 2.7 });
    // After a new read the same change is judged against the new layout.
    await host.readWorkbook();
    expect((await host.applyChanges([fix12], label)).ok).toBe(true);
  });

  it('refuses when another cell of the target row changed since the last read', async () => {
    const workbook = new MemoryWorkbook(seedGrid());
    const host = createMemoryHost(workbook);
    await host.readWorkbook();
    workbook.edit('Sheet1', 'B21', { value: '预算执行进度' });
    expect(await host.applyChanges([fix21], label)).toMatchObject({ ok: false, reason: 'changed' });
    workbook.edit('Sheet1', 'B21', { value: '预算完成率' });
    workbook.edit('Sheet1', 'J30', { value: '已说明' });
    expect(await host.applyChanges([fix21], label)).toMatchObject({ ok: true });
  });

  it('does not take its own writes for the user\'s: apply, apply again and undo without a new read', async () => {
    const workbook = new MemoryWorkbook(seedGrid());
    const host = createMemoryHost(workbook);
    await host.readWorkbook();
    expect((await host.applyChanges([fix21], label)).ok).toBe(true);
    expect((await host.applyChanges([formula8], label)).ok).toBe(true);
    expect((await host.undoLast()).ok).toBe(true);
    expect((await host.undoLast()).ok).toBe(true);
    expect(workbook.cell('Sheet1', 'I21')).toEqual({ value: 2.63 });
  });

  it('writes nothing into a protected sheet', async () => {
    const workbook = twoSheetWorkbook();
    workbook.setProtected('Sheet1', true);
    const host = createMemoryHost(workbook);
    const result = await host.applyChanges([fix21], label);
    expect(result).toMatchObject({ ok: false, reason: 'protected', cells: [{ sheet: 'Sheet1', address: 'I21' }] });
    expect(!result.ok && result.message.zh).toContain('工作表受保护');
    expect(workbook.cell('Sheet1', 'I21')).toEqual({ value: 2.63 });
  });

  it('does not undo over a later edit of the user', async () => {
    const workbook = twoSheetWorkbook();
    const host = createMemoryHost(workbook);
    await host.applyChanges([fix21], label);
    workbook.edit('Sheet1', 'I21', { value: 2.6 });
    expect(await host.undoLast()).toMatchObject({ ok: false, reason: 'changed' });
    expect(workbook.cell('Sheet1', 'I21')).toEqual({ value: 2.6 });
  });

  it('lists the net changes since the file was opened (for a download)', async () => {
    const workbook = twoSheetWorkbook();
    const host = createMemoryHost(workbook);
    await host.applyChanges([fix21, formula8], label);
    await host.undoLast();
    await host.applyChanges([fix21], label);
    expect(workbook.changesSinceOpen()).toEqual([fix21]);
  });
});

describe('memory host: highlights, reviewed marks, report, watching', () => {
  it('saves the original fills, colours by severity and restores exactly', async () => {
    const workbook = twoSheetWorkbook();
    const host = createMemoryHost(workbook);
    await host.highlight([
      { sheet: 'Sheet1', address: 'I21', severity: 'error' },
      { sheet: 'Sheet1', address: 'H27', severity: 'info' },
    ]);
    expect(workbook.fill('Sheet1', 'I21')).toBe(SEVERITY_FILLS.error);
    expect(workbook.fill('Sheet1', 'H27')).toBe(SEVERITY_FILLS.info);
    // A second run first restores the first run's cells: H27 is not left coloured.
    await createMemoryHost(workbook).highlight([{ sheet: 'Sheet1', address: 'I21', severity: 'warning' }]);
    expect(workbook.fill('Sheet1', 'H27')).toBeNull();
    expect(workbook.fill('Sheet1', 'I21')).toBe(SEVERITY_FILLS.warning);
    expect(await createMemoryHost(workbook).clearHighlights()).toMatchObject({ ok: true, written: 1 });
    expect(workbook.fill('Sheet1', 'I21')).toBe('#FFFF00');
    expect(workbook.document(STORE.fills)).toBeUndefined();
  });

  it('leaves a fill the user changed after highlighting', async () => {
    const workbook = twoSheetWorkbook();
    const host = createMemoryHost(workbook);
    await host.highlight([{ sheet: 'Sheet1', address: 'G7', severity: 'error' }, { sheet: 'Sheet1', address: 'I21', severity: 'error' }]);
    workbook.setFills('Sheet1', [{ address: 'G7', color: '#00FF00' }]);
    expect(await host.clearHighlights()).toMatchObject({ ok: true, written: 1 });
    expect(workbook.fill('Sheet1', 'G7')).toBe('#00FF00');
    expect(workbook.fill('Sheet1', 'I21')).toBe('#FFFF00');
  });

  it('keeps reviewed marks in the workbook', async () => {
    const workbook = twoSheetWorkbook();
    const mark = { rule: 'PERF021' as const, sheet: 'Sheet1', cell: 'I21', reason: '财政局已同意' };
    await createMemoryHost(workbook).saveReviewed([mark]);
    expect(await createMemoryHost(workbook).loadReviewed()).toEqual([mark]);
  });

  it('adds a new report sheet each time, never overwriting', async () => {
    const host = createMemoryHost(seedGrid());
    const report = checkSeedLike(seedGrid(), { profile: NATIONAL_PROFILE });
    expect(await host.exportReport(report, 'zh')).toEqual({ sheet: '校验报告' });
    expect(await host.exportReport(report, 'en')).toEqual({ sheet: '校验报告 (2)' });
    expect(host.workbook.sheetNames()).toEqual(['Sheet1', '校验报告', '校验报告 (2)']);
    expect(host.workbook.cell('校验报告', 'A1')?.value).toBe('PERF 绩效自评表校验报告');
    expect(host.workbook.cell('校验报告 (2)', 'A1')?.value).toBe('PERF self-evaluation check report');
  });

  it('tells watchers about the user edits only, until unsubscribed', async () => {
    const host = createMemoryHost(seedGrid());
    const edits: string[] = [];
    const stop = await host.watchChanges((sheet, address) => edits.push(`${sheet}!${address}`));
    host.workbook.edit('Sheet1', 'H21', { value: 100 });
    await host.applyChanges([fix21], label);
    stop();
    host.workbook.edit('Sheet1', 'H22', { value: 0 });
    expect(edits).toEqual(['Sheet1!H21']);
  });

  it('refuses what its capabilities exclude', async () => {
    const host = createMemoryHost(seedGrid(), { capabilities: { highlight: false, addSheet: false } });
    expect(await host.highlight([{ sheet: 'Sheet1', address: 'A1', severity: 'info' }])).toMatchObject({ ok: false, reason: 'unsupported' });
    const report = checkSeedLike(seedGrid(), { profile: NATIONAL_PROFILE });
    expect(await host.exportReport(report, 'zh')).toMatchObject({ ok: false, reason: 'unsupported' });
  });
});

describe('memory host: the current selection', () => {
  it('gives nothing before a selection, then the sheet and top-left cell of the last one', async () => {
    const workbook = twoSheetWorkbook();
    const host = createMemoryHost(workbook);
    await expect(host.selectedCell!()).resolves.toBeUndefined();
    workbook.select('单位B', 'a6:l6');
    await expect(host.selectedCell!()).resolves.toEqual({ sheet: '单位B', address: 'A6' });
  });
});
