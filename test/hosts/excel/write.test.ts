// applyChanges and undoLast over the fake Excel, on the seed: all or nothing, journal first,
// one verification round trip and one write round trip, exact undo even in a later session.
import type { CellChange, Message } from '../../../src/core/findings/types';
import { createExcelHost } from '../../../src/hosts/excel';
import { STORE_KEYS, LIMITS } from '../../../src/hosts/excel/store';
import type { JournalEntry, WriteResult } from '../../../src/hosts/types';
import { FakeExcel } from '../../support/fake-excel';
import { seed, workbookGrid } from './tables';

const LABEL: Message = { zh: '修正得分', en: 'Fix scores' };

/** The seed's 预算完成率 row: 99.74 against ≥100 given the full 2.63; the certain score is 2.62. */
const FIX_I21: CellChange = { sheet: 'Sheet1', address: 'I21', before: { value: 2.63 }, after: { value: 2.62 } };
/** 全年预算执行率: 99.74% of 10 → 9.974 shown as 9.97. */
const FIX_I7: CellChange = { sheet: 'Sheet1', address: 'I7', before: { value: 9.97 }, after: { value: 9.97, formula: '=PERF.SCORE(E7,F7,H7,G7)' } };

function setup(): { fake: FakeExcel; host: ReturnType<typeof createExcelHost> } {
  const fake = new FakeExcel(workbookGrid(seed));
  fake.evaluate = (_sheet, _address, formula) => (formula.startsWith('=PERF.SCORE') ? 9.97 : null);
  return { fake, host: createExcelHost(fake.deps) };
}

function storedJournal(fake: FakeExcel): JournalEntry[] {
  const text = fake.workbook.settings.get(STORE_KEYS.journal);
  return typeof text === 'string' ? (JSON.parse(text) as { entries: JournalEntry[] }).entries : [];
}

describe('applyChanges', () => {
  it('writes a batch in one verification and one write round trip, journal stored in the workbook', async () => {
    const { fake, host } = setup();
    let result: WriteResult | undefined;
    const syncs = await fake.countSyncs(async () => {
      result = await host.applyChanges([FIX_I21, FIX_I7], LABEL);
    });
    expect(syncs).toBe(2);
    expect(fake.log.map((s) => s.writes > 0)).toEqual([false, true]);
    expect(result).toMatchObject({ ok: true, written: 2 });
    expect(fake.workbook.cell('Sheet1', 'I21').value).toBe(2.62);
    expect(fake.workbook.cell('Sheet1', 'I7').formula).toBe('=PERF.SCORE(E7,F7,H7,G7)');
    const journal = storedJournal(fake);
    expect(journal).toHaveLength(1);
    expect(journal[0]).toMatchObject({ label: LABEL, changes: [FIX_I21, FIX_I7] });
    expect(result?.ok && result.entry?.id).toBe(journal[0].id);
  });

  it('records the journal before the cells: when the journal cannot be stored, no cell is written', async () => {
    const { fake, host } = setup();
    fake.settingsLimitBytes = 50;
    const result = await host.applyChanges([FIX_I21], LABEL);
    expect(result).toMatchObject({ ok: false, reason: 'failed' });
    expect(fake.workbook.cell('Sheet1', 'I21').value).toBe(2.63);
  });

  it('refuses a protected sheet with locked cells: nothing written, one round trip', async () => {
    const { fake, host } = setup();
    fake.workbook.sheet('Sheet1').protected = true;
    let result: WriteResult | undefined;
    const syncs = await fake.countSyncs(async () => {
      result = await host.applyChanges([FIX_I21, FIX_I7], LABEL);
    });
    expect(syncs).toBe(1);
    expect(result).toMatchObject({ ok: false, reason: 'protected', cells: [{ sheet: 'Sheet1', address: 'I21' }, { sheet: 'Sheet1', address: 'I7' }] });
    if (!result?.ok) expect(result?.message.zh).toMatch(/受保护.*Sheet1!I21/);
    expect(fake.workbook.cell('Sheet1', 'I21').value).toBe(2.63);
    expect(fake.workbook.settings.has(STORE_KEYS.journal)).toBe(false);
  });

  it('writes into unlocked cells of a protected sheet (input cells of a protected template)', async () => {
    const { fake, host } = setup();
    fake.workbook.sheet('Sheet1').protected = true;
    fake.workbook.setCell('Sheet1', 'I21', { value: 2.63 });
    fake.workbook.cell('Sheet1', 'I21').locked = false;
    expect(await host.applyChanges([FIX_I21], LABEL)).toMatchObject({ ok: true, written: 1 });
    expect(fake.workbook.cell('Sheet1', 'I21').value).toBe(2.62);
  });

  it('refuses when a cell changed since the validation: nothing written, asks to validate again', async () => {
    const { fake, host } = setup();
    fake.workbook.setCell('Sheet1', 'I7', { value: 9.9 });
    const result = await host.applyChanges([FIX_I21, FIX_I7], LABEL);
    expect(result).toMatchObject({ ok: false, reason: 'changed', cells: [{ sheet: 'Sheet1', address: 'I7' }] });
    if (!result.ok) expect(result.message.zh).toMatch(/重新校验/);
    expect(fake.workbook.cell('Sheet1', 'I21').value).toBe(2.63);
  });

  it('treats a formula put where a value was validated as a change (rows inserted, a copy pasted)', async () => {
    const { fake, host } = setup();
    fake.workbook.setCell('Sheet1', 'I21', { value: 2.63, formula: '=G21' });
    expect(await host.applyChanges([FIX_I21], LABEL)).toMatchObject({ ok: false, reason: 'changed' });
  });

  it('treats a deleted sheet as changed', async () => {
    const { fake, host } = setup();
    fake.workbook.sheets[0].name = '改名';
    expect(await host.applyChanges([FIX_I21], LABEL)).toMatchObject({ ok: false, reason: 'changed' });
  });

  it('rolls back when the sheet gets protected between verification and write', async () => {
    const { fake, host } = setup();
    fake.workbook.setCell('Sheet1', 'I7', { value: 9.97 });
    fake.workbook.cell('Sheet1', 'I7').locked = false;
    fake.beforeSync = (index) => {
      if (index === 2) fake.workbook.sheet('Sheet1').protected = true;
    };
    const order: CellChange[] = [{ ...FIX_I7, after: { value: 9.98 } }, FIX_I21];
    const result = await host.applyChanges(order, LABEL);
    expect(result).toMatchObject({ ok: false, reason: 'protected' });
    if (!result.ok) expect(result.message.zh).toMatch(/已恢复原值/);
    fake.beforeSync = undefined;
    expect(fake.workbook.cell('Sheet1', 'I7').value).toBe(9.97);
    expect(fake.workbook.cell('Sheet1', 'I21').value).toBe(2.63);
    expect(storedJournal(fake)).toEqual([]);
  });

  it('names the cells it could not put back, and keeps their journal record', async () => {
    const { fake, host } = setup();
    fake.workbook.setCell('Sheet1', 'I7', { value: 9.97 });
    fake.workbook.cell('Sheet1', 'I7').locked = false;
    fake.beforeSync = (index) => {
      if (index === 2) fake.workbook.sheet('Sheet1').protected = true;
      if (index === 4) fake.workbook.cell('Sheet1', 'I7').locked = true;
    };
    const result = await host.applyChanges([{ ...FIX_I7, after: { value: 9.98 } }, FIX_I21], LABEL);
    fake.beforeSync = undefined;
    expect(result).toMatchObject({ ok: false, reason: 'failed', cells: [{ sheet: 'Sheet1', address: 'I7' }] });
    if (!result.ok) expect(result.message.zh).toMatch(/未能恢复.*Sheet1!I7/);
    expect(fake.workbook.cell('Sheet1', 'I7').value).toBe(9.98);
    expect(storedJournal(fake)).toHaveLength(1);
  });

  it('refuses malformed batches before any round trip', async () => {
    const { fake, host } = setup();
    const bad: CellChange[][] = [
      [{ ...FIX_I21, address: 'I21:I22' }],
      [FIX_I21, { ...FIX_I21, address: '$I$21' }],
      [{ ...FIX_I21, after: { value: Number.NaN } }],
      [{ ...FIX_I21, sheet: '' }],
    ];
    for (const changes of bad) expect(await host.applyChanges(changes, LABEL)).toMatchObject({ ok: false, reason: 'failed' });
    expect(await host.applyChanges([], LABEL)).toEqual({ ok: true, written: 0 });
    expect(fake.syncCount).toBe(0);
  });

  it('refuses a batch too large to record for undo, writing nothing', async () => {
    const { fake, host } = setup();
    const text = '未完成原因：'.repeat(20);
    const changes: CellChange[] = Array.from({ length: 2000 }, (_u, i) => ({
      sheet: 'Sheet1',
      address: `M${i + 1}`,
      before: { value: null },
      after: { value: text },
    }));
    const result = await host.applyChanges(changes, LABEL);
    expect(result).toMatchObject({ ok: false, reason: 'failed' });
    if (!result.ok) expect(result.message.zh).toMatch(/2000 个单元格/);
    expect(fake.workbook.cell('Sheet1', 'M1').value).toBeNull();
  });

  it('keeps the last 20 batches in the journal', async () => {
    const { fake, host } = setup();
    for (let i = 0; i < LIMITS.journalEntries + 5; i += 1) {
      const before = i === 0 ? 2.63 : 2 + (i - 1) / 100;
      expect(await host.applyChanges([{ ...FIX_I21, before: { value: before }, after: { value: 2 + i / 100 } }], LABEL)).toMatchObject({ ok: true });
    }
    expect(storedJournal(fake)).toHaveLength(LIMITS.journalEntries);
    expect(await host.journal()).toHaveLength(LIMITS.journalEntries);
  });
});

describe('undoLast', () => {
  it('restores exactly the previous values and formulas', async () => {
    const { fake, host } = setup();
    fake.workbook.setCell('Sheet1', 'G36', { value: 9, formula: '=100-SUM(G7:G35)' });
    const formulaCell: CellChange = { sheet: 'Sheet1', address: 'G36', before: { value: 9, formula: '=100-SUM(G7:G35)' }, after: { value: 9 } };
    expect(await host.applyChanges([FIX_I21, FIX_I7, formulaCell], LABEL)).toMatchObject({ ok: true });
    expect(fake.workbook.cell('Sheet1', 'G36').formula).toBeUndefined();
    let result: WriteResult | undefined;
    const syncs = await fake.countSyncs(async () => {
      result = await host.undoLast();
    });
    expect(syncs).toBe(3);
    expect(result).toMatchObject({ ok: true, written: 3 });
    expect(fake.workbook.cell('Sheet1', 'I21')).toMatchObject({ value: 2.63, formula: undefined });
    expect(fake.workbook.cell('Sheet1', 'I7')).toMatchObject({ value: 9.97, formula: undefined });
    expect(fake.workbook.cell('Sheet1', 'G36').formula).toBe('=100-SUM(G7:G35)');
    expect(storedJournal(fake)).toEqual([]);
  });

  it('gives an inserted formula the number format of its change, and undo puts the old format back', async () => {
    const { fake, host } = setup();
    expect(fake.workbook.cell('Sheet1', 'I7').numFmt).toBe('General');
    const insert: CellChange = {
      sheet: 'Sheet1',
      address: 'I7',
      before: { value: 9.97, numberFormat: 'General' },
      after: { value: 9.97, formula: '=PERF.SCORE(E7,F7,H7,G7)', numberFormat: '0.00' },
    };
    const syncs = await fake.countSyncs(async () => {
      expect(await host.applyChanges([insert], LABEL)).toMatchObject({ ok: true, written: 1 });
    });
    expect(syncs).toBe(2);
    expect(fake.workbook.cell('Sheet1', 'I7')).toMatchObject({ formula: '=PERF.SCORE(E7,F7,H7,G7)', numFmt: '0.00' });
    expect(storedJournal(fake)[0].changes[0]).toEqual(insert);
    const reopened = createExcelHost(fake.deps);
    expect(await reopened.undoLast()).toMatchObject({ ok: true, written: 1 });
    expect(fake.workbook.cell('Sheet1', 'I7')).toMatchObject({ value: 9.97, formula: undefined, numFmt: 'General' });
  });

  it('works in a later session: a new host on the same workbook undoes the saved batch', async () => {
    const { fake, host } = setup();
    await host.applyChanges([FIX_I21], LABEL);
    const reopened = createExcelHost(fake.deps);
    expect(await reopened.journal()).toHaveLength(1);
    expect(await reopened.undoLast()).toMatchObject({ ok: true, written: 1 });
    expect(fake.workbook.cell('Sheet1', 'I21').value).toBe(2.63);
  });

  it('keeps text that looks like a number as text ("100" stored as text, a PERF071 case)', async () => {
    const { fake, host } = setup();
    fake.workbook.setCell('Sheet1', 'F12', { value: '73' });
    const fix: CellChange = { sheet: 'Sheet1', address: 'F12', before: { value: '73' }, after: { value: 73 } };
    expect(await host.applyChanges([fix], LABEL)).toMatchObject({ ok: true });
    expect(fake.workbook.cell('Sheet1', 'F12').value).toBe(73);
    expect(await host.undoLast()).toMatchObject({ ok: true });
    expect(fake.workbook.cell('Sheet1', 'F12').value).toBe('73');
  });

  it('restores empty cells and error values', async () => {
    const { fake, host } = setup();
    fake.workbook.setCell('Sheet1', 'K7', { value: { error: '#N/A' } });
    const changes: CellChange[] = [
      { sheet: 'Sheet1', address: 'J21', before: { value: null }, after: { value: '执行率 99.74%，未达 100%' } },
      { sheet: 'Sheet1', address: 'K7', before: { value: { error: '#N/A' } }, after: { value: 0 } },
    ];
    expect(await host.applyChanges(changes, LABEL)).toMatchObject({ ok: true });
    expect(await host.undoLast()).toMatchObject({ ok: true });
    expect(fake.workbook.cell('Sheet1', 'J21').value).toBeNull();
    expect(fake.workbook.cell('Sheet1', 'K7').value).toEqual({ error: '#N/A' });
  });

  it('refuses when a fixed cell was edited afterwards, and changes nothing', async () => {
    const { fake, host } = setup();
    await host.applyChanges([FIX_I21, FIX_I7], LABEL);
    fake.workbook.setCell('Sheet1', 'I21', { value: 2.5 });
    const result = await host.undoLast();
    expect(result).toMatchObject({ ok: false, reason: 'changed', cells: [{ sheet: 'Sheet1', address: 'I21' }] });
    expect(fake.workbook.cell('Sheet1', 'I7').formula).toBe('=PERF.SCORE(E7,F7,H7,G7)');
    expect(storedJournal(fake)).toHaveLength(1);
  });

  it('refuses on a protected sheet and when there is nothing to undo', async () => {
    const { fake, host } = setup();
    expect(await host.undoLast()).toMatchObject({ ok: false, reason: 'failed', message: { zh: '没有可撤销的修改。' } });
    await host.applyChanges([FIX_I21], LABEL);
    fake.workbook.sheet('Sheet1').protected = true;
    expect(await host.undoLast()).toMatchObject({ ok: false, reason: 'protected' });
    expect(fake.workbook.cell('Sheet1', 'I21').value).toBe(2.62);
  });

  it('undoes batches newest first', async () => {
    const { fake, host } = setup();
    await host.applyChanges([FIX_I21], LABEL);
    await host.applyChanges([{ ...FIX_I21, before: { value: 2.62 }, after: { value: 2.6 } }], LABEL);
    await host.undoLast();
    expect(fake.workbook.cell('Sheet1', 'I21').value).toBe(2.62);
    await host.undoLast();
    expect(fake.workbook.cell('Sheet1', 'I21').value).toBe(2.63);
  });

  it('ignores a damaged journal instead of failing', async () => {
    const { fake, host } = setup();
    fake.workbook.settings.set(STORE_KEYS.journal, '{"v":1,"entries":[{"id":3}]');
    expect(await host.journal()).toEqual([]);
    expect(await host.undoLast()).toMatchObject({ ok: false, reason: 'failed' });
  });
});

describe('the workbook is still the one that was validated', () => {
  /** 反诈宣传入户率 scores 2.7 in I12; so does the indicator above it, 出动森林防火宣传车 in I11. */
  const FIX_I12: CellChange = { sheet: 'Sheet1', address: 'I12', before: { value: 2.7 }, after: { value: 2.5 } };

  it('refuses a fix after rows were inserted, even when the target cell holds the expected value', async () => {
    const { fake, host } = setup();
    await host.readWorkbook();
    fake.workbook.insertRows('Sheet1', 8);
    expect(fake.workbook.cell('Sheet1', 'I12').value).toBe(2.7);
    let result: WriteResult | undefined;
    const syncs = await fake.countSyncs(async () => {
      result = await host.applyChanges([FIX_I12], LABEL);
    });
    expect(syncs).toBe(1);
    expect(result).toMatchObject({ ok: false, reason: 'changed', cells: [{ sheet: 'Sheet1', address: 'I12' }] });
    if (!result?.ok) expect(result?.message.zh).toMatch(/行列有变化.*请重新校验/);
    expect(fake.workbook.cell('Sheet1', 'I12').value).toBe(2.7);
    expect(fake.workbook.cell('Sheet1', 'I13').value).toBe(2.7);
  });

  it('refuses a fix when another cell of the fixed row changed since the read', async () => {
    const { fake, host } = setup();
    await host.readWorkbook();
    fake.workbook.setCell('Sheet1', 'H12', { value: 70 });
    expect(await host.applyChanges([FIX_I12], LABEL)).toMatchObject({ ok: false, reason: 'changed' });
    fake.workbook.setCell('Sheet1', 'H12', { value: 73 });
    expect(await host.applyChanges([FIX_I12], LABEL)).toMatchObject({ ok: true });
  });

  it('still does the verification and the write in two round trips after a read', async () => {
    const { fake, host } = setup();
    await host.readWorkbook();
    expect(await fake.countSyncs(() => host.applyChanges([FIX_I21, FIX_I7], LABEL))).toBe(2);
  });

  it('allows a second fix in the same row without a new read, and an undo after a note was typed in the row', async () => {
    const { fake, host } = setup();
    await host.readWorkbook();
    expect(await host.applyChanges([FIX_I21], LABEL)).toMatchObject({ ok: true });
    const note: CellChange = { sheet: 'Sheet1', address: 'J21', before: { value: null }, after: { value: '执行率 99.74%' } };
    expect(await host.applyChanges([note], LABEL)).toMatchObject({ ok: true });
    expect(await host.undoLast()).toMatchObject({ ok: true });
    fake.workbook.setCell('Sheet1', 'J21', { value: '用户补充的说明' });
    expect(await host.undoLast()).toMatchObject({ ok: true });
    expect(fake.workbook.cell('Sheet1', 'I21').value).toBe(2.63);
    expect(fake.workbook.cell('Sheet1', 'J21').value).toBe('用户补充的说明');
  });

  it('refuses an undo after rows were inserted, even when the shifted cell holds what was written', async () => {
    const { fake, host } = setup();
    fake.workbook.setCell('Sheet1', 'I12', { value: 2.5 });
    await host.readWorkbook();
    expect(await host.applyChanges([{ ...FIX_I12, before: { value: 2.5 }, after: { value: 2.7 } }], LABEL)).toMatchObject({ ok: true });
    fake.workbook.insertRows('Sheet1', 11);
    expect(fake.workbook.cell('Sheet1', 'I12').value).toBe(2.7);
    expect(await host.undoLast()).toMatchObject({ ok: false, reason: 'changed', message: { zh: expect.stringMatching(/行列有变化/) } });
    expect(fake.workbook.cell('Sheet1', 'I12').value).toBe(2.7);
    expect(fake.workbook.cell('Sheet1', 'I13').value).toBe(2.7);
  });
});
