// Fixes written into .xlsx bytes: exactly the named cells change, all or nothing, styles kept.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { CellChange } from '../../../src/core/findings/types';
import { applyChangesToBuffer, ApplyChangesError, tryApplyChangesToBuffer } from '../../../src/hosts/file/apply';
import { readWorkbookFromBuffer } from '../../../src/hosts/file/read';
import { dumpWorkbook } from '../../fixtures/lib/dump';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');
const seedBytes = () => new Uint8Array(readFileSync(join(FIXTURES, 'seed-xiyong-2022.xlsx')));

/** The 预算完成率 fix of the seed: 2.63 → 2.62. */
const SCORE_FIX: CellChange = { sheet: 'Sheet1', address: 'I21', before: { value: 2.63 }, after: { value: 2.62 } };

/** Every cell's value, formula and full style, to prove nothing else moved. */
async function everything(bytes: Uint8Array): Promise<Record<string, unknown>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const out: Record<string, unknown> = {};
  for (const ws of workbook.worksheets) {
    out[`${ws.name}!merges`] = [...((ws.model as { merges?: string[] }).merges ?? [])].sort();
    out[`${ws.name}!widths`] = ws.columns?.map((c) => c.width);
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        out[`${ws.name}!${cell.address}`] = { value: cell.value, style: JSON.parse(JSON.stringify(cell.style)) };
      }),
    );
  }
  return out;
}

describe('applying changes to a workbook file', () => {
  it('writes the seed fix and changes nothing else: values, formulas, styles, merges, widths', async () => {
    const before = seedBytes();
    const after = await applyChangesToBuffer(before, [SCORE_FIX]);
    const [a, b] = [await everything(before), await everything(after)];
    expect((b['Sheet1!I21'] as { value: number }).value).toBe(2.62);
    expect((b['Sheet1!I21'] as { style: unknown }).style).toEqual((a['Sheet1!I21'] as { style: unknown }).style);
    delete a['Sheet1!I21'];
    delete b['Sheet1!I21'];
    expect(b).toEqual(a);
  });

  it('reads back through the file host with the new value', async () => {
    const grid = await readWorkbookFromBuffer(await applyChangesToBuffer(seedBytes(), [SCORE_FIX]));
    expect(grid.sheets[0].rows[20]?.[8]).toEqual({ value: 2.62 });
  });

  it('writes a formula with its result, and a text value', async () => {
    const changes: CellChange[] = [
      { sheet: 'Sheet1', address: 'I21', before: { value: 2.63 }, after: { value: 2.62, formula: '=ROUND(G21*MIN(H21/F21,1),2)' } },
      { sheet: 'Sheet1', address: 'J21', before: { value: null }, after: { value: '完成值99.74%，未达100%' } },
    ];
    const [sheet] = await dumpWorkbook(await applyChangesToBuffer(seedBytes(), changes));
    expect(sheet.cells.I21).toEqual({ value: { result: 2.62 }, formula: 'ROUND(G21*MIN(H21/F21,1),2)' });
    expect(sheet.cells.J21.value).toBe('完成值99.74%，未达100%');
  });

  it('gives an inserted formula the number format its change carries, and leaves the rest of the style', async () => {
    const before = seedBytes();
    const change: CellChange = {
      sheet: 'Sheet1',
      address: 'I21',
      before: { value: 2.63, numberFormat: 'General' },
      after: { value: 2.623162, formula: '=PERF.SCORE(E21,F21,H21,G21)', numberFormat: '0.00' },
    };
    const after = await applyChangesToBuffer(before, [change]);
    const [a, b] = [await everything(before), await everything(after)];
    const styleBefore = (a['Sheet1!I21'] as { style: { numFmt?: string } }).style;
    const styleAfter = (b['Sheet1!I21'] as { style: { numFmt?: string } }).style;
    expect(styleAfter.numFmt).toBe('0.00');
    expect(styleBefore.numFmt).not.toBe('0.00');
    expect({ ...styleAfter, numFmt: undefined }).toEqual({ ...styleBefore, numFmt: undefined });
    expect((await readWorkbookFromBuffer(after)).sheets[0].rows[20]?.[8]).toMatchObject({ formula: '=PERF.SCORE(E21,F21,H21,G21)', numFmt: '0.00' });
  });

  it('writes a whole batch or nothing when one cell changed since validation', async () => {
    const result = await tryApplyChangesToBuffer(seedBytes(), [
      SCORE_FIX,
      { sheet: 'Sheet1', address: 'I7', before: { value: 10 }, after: { value: 9.97 } }, // I7 holds 9.97
    ]);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toBe('changed');
      expect(result.cells).toEqual([{ sheet: 'Sheet1', address: 'I7' }]);
      expect(result.message.zh).toContain('Sheet1!I7');
      expect(result.message.zh).toContain('重新校验');
    }
  });

  it('checks the formula too: a value typed over a formula is a change', async () => {
    const bytes = readFileSync(join(FIXTURES, 'yongde-2022.xlsx'));
    const result = await tryApplyChangesToBuffer(bytes, [{ sheet: '公开14表', address: 'I25', before: { value: 96 }, after: { value: 99.8 } }]);
    expect(result.ok ? 'written' : result.reason).toBe('changed');
    const ok = await tryApplyChangesToBuffer(bytes, [
      { sheet: '公开14表', address: 'I25', before: { value: 96, formula: '=I8+SUM(I15:I24)' }, after: { value: 99.8 } },
    ]);
    expect(ok.ok).toBe(true);
  });

  it('refuses a locked cell on a protected sheet, and writes an unlocked one', async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('受保护');
    ws.getCell('A1').value = 1;
    ws.getCell('A2').value = 2;
    ws.getCell('A2').protection = { locked: false };
    await ws.protect('', {});
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const locked = await tryApplyChangesToBuffer(bytes, [{ sheet: '受保护', address: 'A1', before: { value: 1 }, after: { value: 3 } }]);
    expect(locked.ok ? 'written' : [locked.reason, locked.message.zh.includes('保护')]).toEqual(['protected', true]);
    const open = await tryApplyChangesToBuffer(bytes, [{ sheet: '受保护', address: 'A2', before: { value: 2 }, after: { value: 3 } }]);
    expect(open.ok).toBe(true);
  });

  it('refuses a missing sheet, a bad address and a cell under a merge', async () => {
    for (const change of [
      { ...SCORE_FIX, sheet: '没有这张表' },
      { ...SCORE_FIX, address: 'not-a-cell' },
      { ...SCORE_FIX, address: 'C21', before: { value: null } }, // under B21:C21
    ]) {
      const result = await tryApplyChangesToBuffer(seedBytes(), [change]);
      expect(result.ok ? 'written' : result.reason).toBe('failed');
    }
  });

  it('keeps shared-formula cells intact when their master cell is overwritten', async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('S');
    [1, 2, 3].forEach((v, i) => (ws.getCell(`A${i + 1}`).value = v));
    ws.getCell('B1').value = { formula: 'A1*10', result: 10 };
    ws.getCell('B2').value = { sharedFormula: 'B1', result: 20 } as ExcelJS.CellSharedFormulaValue;
    ws.getCell('B3').value = { sharedFormula: 'B1', result: 30 } as ExcelJS.CellSharedFormulaValue;
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const out = await applyChangesToBuffer(bytes, [{ sheet: 'S', address: 'B1', before: { value: 10, formula: '=A1*10' }, after: { value: 11 } }]);
    const grid = await readWorkbookFromBuffer(out);
    expect(grid.sheets[0].rows[0]?.[1]).toEqual({ value: 11 });
    expect(grid.sheets[0].rows[1]?.[1]).toEqual({ value: 20, formula: '=A2*10' });
    expect(grid.sheets[0].rows[2]?.[1]).toEqual({ value: 30, formula: '=A3*10' });
  });

  it('rejects with ApplyChangesError carrying the reason, and says so for unreadable bytes', async () => {
    await expect(applyChangesToBuffer(seedBytes(), [{ ...SCORE_FIX, before: { value: 2.7 } }])).rejects.toBeInstanceOf(ApplyChangesError);
    const result = await tryApplyChangesToBuffer(new Uint8Array([1, 2, 3]), [SCORE_FIX]);
    expect(result.ok ? 'written' : result.reason).toBe('unreadable');
  });
});
