// #BUSY!: a cell with a custom function (=PERF.SCORE…) reads #BUSY! until the function answers, and
// a recalculating formula keeps its old value meanwhile. The read waits for Excel to finish
// calculating; a cell still busy after the wait is pending (a note), never an error value (PERF070).
import { checkWorkbook } from '../../../../src/core/check';
import { profileById } from '../../../../src/core/profile';
import { cellAt } from '../../../../src/core/grid/access';
import type { CellChange } from '../../../../src/core/findings/types';
import { createExcelHost } from '../../../../src/hosts/excel';
import { FakeExcel } from '../../../support/fake-excel';
import { seed, workbookGrid } from '../tables';

const FORMULA_I7: CellChange = { sheet: 'Sheet1', address: 'I7', before: { value: 9.97 }, after: { value: 9.974, formula: '=PERF.SCORE(E7,F7,H7,G7)' } };

function setup(ms: number): { fake: FakeExcel; host: ReturnType<typeof createExcelHost> } {
  const fake = new FakeExcel(workbookGrid(seed));
  fake.evaluate = (_sheet, _address, formula) => (formula.startsWith('=PERF.SCORE') ? 9.974 : null);
  fake.customFunctionMs = ms;
  return { fake, host: createExcelHost(fake.deps) };
}

describe('reading after PERF formulas were written', () => {
  it('the fake shows #BUSY! until the custom function answers', async () => {
    const { fake, host } = setup(600);
    expect(await host.applyChanges([FORMULA_I7], { zh: '插入公式', en: 'Insert formulas' })).toMatchObject({ ok: true });
    expect(fake.workbook.cell('Sheet1', 'I7').value).toEqual({ error: '#BUSY!' });
  });

  it('the re-check after 插入公式 waits for the answer and reads the score, not #BUSY!', async () => {
    const { fake, host } = setup(600);
    await host.applyChanges([FORMULA_I7], { zh: '插入公式', en: 'Insert formulas' });
    const grid = await host.readWorkbook();
    expect(cellAt(grid.sheets[0], 7, 9)).toMatchObject({ value: 9.974, formula: '=PERF.SCORE(E7,F7,H7,G7)' });
    expect(grid.notes).toBeUndefined();
    expect(fake.clockMs).toBeGreaterThanOrEqual(600);
  });

  it('a formula still recalculating is read once Excel is done, not with its old value', async () => {
    const { fake, host } = setup(0);
    fake.recalculate('Sheet1', 'I21', 2.62, 400);
    const grid = await host.readWorkbook();
    expect(cellAt(grid.sheets[0], 21, 9)?.value).toBe(2.62);
  });

  it('a function that never answers: the read ends with a note, and the cell is not reported as an error value', async () => {
    const { fake, host } = setup(10_000_000);
    await host.applyChanges([FORMULA_I7], { zh: '插入公式', en: 'Insert formulas' });
    const grid = await host.readWorkbook();
    expect(fake.clockMs).toBeLessThanOrEqual(30_000);
    expect(grid.notes?.map((n) => n.zh).join()).toMatch(/仍在计算.*#BUSY!/);
    expect(grid.notes?.map((n) => n.en).join()).toMatch(/still calculating/);
    const profile = profileById('national');
    if (!profile) throw new Error('no national profile');
    const report = checkWorkbook(grid, { profile, reviewed: [] });
    expect(report.findings.filter((f) => f.rule === 'PERF070')).toEqual([]);
  });

  it('an ordinary read with nothing calculating stays one sync', async () => {
    const { fake, host } = setup(600);
    expect(await fake.countSyncs(() => host.readWorkbook())).toBe(1);
  });
});
