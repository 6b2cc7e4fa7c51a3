// 批注 with highlights in the WPS host: added through Range.AddComment, a user's 批注 kept, an edited
// PERF 批注 left, clearing in a later session through the record in the document properties, and the
// bridge calls it costs.
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
        ['满意度', 10, 9],
      ]),
    ),
  );
}

async function hostOf(fake: FakeEt) {
  const host = createWpsHost(fake.application as EtApplication, { now: () => new Date('2024-03-01T08:00:00Z'), newId: () => 'e1' });
  await host.readWorkbook();
  return host;
}

const noted = (address: string, note?: string) => ({ sheet: '表1', address, severity: 'error' as const, ...(note ? { note } : {}) });

describe('WPS host: 批注 with highlights', () => {
  it('offers notes, adds them, keeps a user 批注 and says so', async () => {
    const fake = table();
    fake.workbook.setNote('表1', 'C3', '满意度按问卷');
    const host = await hostOf(fake);
    expect(host.capabilities.cellNotes).toBe(true);
    const result = await host.highlight([noted('C2', 'PERF: PERF012 得分应为 7'), noted('C3', 'PERF: PERF012 x'), noted('B2')]);
    expect(result).toMatchObject({ ok: true, written: 3, notes: 1 });
    expect(result.ok && result.note?.zh).toBe('1 个单元格已有批注，保留原批注、未写入 PERF 批注：表1!C3。');
    expect(fake.workbook.allNotes()).toEqual({ '表1!C2': 'PERF: PERF012 得分应为 7', '表1!C3': '满意度按问卷' });
    expect(fake.screenUpdating).toBe(true);
    expect(fake.enableEvents).toBe(true);
  });

  it('clears only its own 批注 in a later session, and leaves one the user edited', async () => {
    const fake = table();
    await (await hostOf(fake)).highlight([noted('C2', 'PERF: a'), noted('C3', 'PERF: b'), noted('B3', 'PERF: c')]);
    expect([...fake.properties.keys()].some((k) => k.startsWith('PERF.notes.'))).toBe(true);
    fake.workbook.setNote('表1', 'C3', 'PERF: b（已核实）');
    fake.workbook.setNote('表1', 'A1', '用户的批注');
    const later = await hostOf(fake);
    const result = await later.clearHighlights();
    expect(result).toMatchObject({ ok: true, written: 3, notes: 2 });
    expect(result.ok && result.note?.zh).toBe('1 个 PERF 批注已被修改，视为您的批注，保留未删：表1!C3。');
    expect(fake.workbook.allNotes()).toEqual({ '表1!C3': 'PERF: b（已核实）', '表1!A1': '用户的批注' });
    expect([...fake.properties.keys()].some((k) => k.startsWith('PERF.notes.'))).toBe(false);
    // Nothing left to clear: no note is touched again.
    expect(await later.clearHighlights()).toEqual({ ok: true, written: 0 });
    expect(fake.workbook.allNotes()).toEqual({ '表1!C3': 'PERF: b（已核实）', '表1!A1': '用户的批注' });
  });

  it('a new highlight replaces its own 批注 and leaves the rest', async () => {
    const fake = table();
    const host = await hostOf(fake);
    await host.highlight([noted('C2', 'PERF: old'), noted('C3', 'PERF: same')]);
    const result = await host.highlight([noted('C2', 'PERF: new'), noted('C3', 'PERF: same')]);
    expect(result).toMatchObject({ ok: true, notes: 1 });
    expect(fake.workbook.allNotes()).toEqual({ '表1!C2': 'PERF: new', '表1!C3': 'PERF: same' });
    await host.highlight([noted('C2')]);
    expect(fake.workbook.allNotes()).toEqual({});
  });

  it('refuses a protected sheet before writing any note', async () => {
    const fake = table();
    const host = await hostOf(fake);
    await host.highlight([noted('C2', 'PERF: a')]);
    fake.workbook.sheet('表1').protected = true;
    expect(await host.clearHighlights()).toMatchObject({ ok: false, reason: 'protected' });
    expect(fake.workbook.allNotes()).toEqual({ '表1!C2': 'PERF: a' });
  });

  it('costs four bridge calls per note (look, add) plus the record', async () => {
    const cells = ['B2', 'C2', 'B3', 'C3'];
    const calls = async (noteCount: number) => {
      const fake = table();
      const host = await hostOf(fake);
      return fake.countCalls(() => host.highlight(cells.map((c, i) => noted(c, i < noteCount ? 'P' : undefined))));
    };
    const none = await calls(0);
    const two = await calls(2);
    const four = await calls(4);
    // Per note: Range + Comment to look, Range + AddComment to add.
    expect((four - two) / 2).toBe(4);
    // The record: read, written before and after the notes (one property part each here).
    expect(two - none - 2 * 4).toBeLessThanOrEqual(20);
  });
});
