// Gradient fills: Excel reports a cell's LinearGradient/RectangularGradient pattern but refuses to
// set one. A gradient cell is left alone by 高亮 (and the result says so), so 清除高亮 never has to
// write a gradient back and never fails on one.
import { createExcelHost } from '../../../../src/hosts/excel';
import { SEVERITY_FILL } from '../../../../src/hosts/excel/highlight';
import { STORE_KEYS } from '../../../../src/hosts/excel/store';
import { FakeExcel } from '../../../support/fake-excel';
import { seed, workbookGrid } from '../tables';

function setup(): FakeExcel {
  const fake = new FakeExcel(workbookGrid(seed));
  fake.workbook.cell('Sheet1', 'I21').fill = { color: '#5B9BD5', pattern: 'LinearGradient', patternColor: null };
  return fake;
}

describe('gradient fills', () => {
  it('the fake refuses to set a gradient, as Excel does', async () => {
    const fake = setup();
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').format.fill.pattern = 'LinearGradient';
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument', message: expect.stringContaining('not supported') });
    });
  });

  it('高亮 leaves a gradient cell as it is and says so; 清除高亮 then succeeds', async () => {
    const fake = setup();
    const host = createExcelHost(fake.deps);
    const result = await host.highlight([
      { sheet: 'Sheet1', address: 'I21', severity: 'error' },
      { sheet: 'Sheet1', address: 'I22', severity: 'warning' },
    ]);
    expect(result).toMatchObject({ ok: true, written: 1, note: { zh: expect.stringContaining('渐变'), en: expect.stringContaining('gradient') } });
    expect(JSON.stringify(result)).toContain('I21');
    expect(fake.workbook.cell('Sheet1', 'I21').fill.pattern).toBe('LinearGradient');
    expect(fake.workbook.cell('Sheet1', 'I22').fill.color).toBe(SEVERITY_FILL.warning);
    expect(await host.clearHighlights()).toEqual({ ok: true, written: 1 });
    expect(fake.workbook.cell('Sheet1', 'I22').fill.pattern).toBe('None');
    expect(fake.workbook.cell('Sheet1', 'I21').fill.pattern).toBe('LinearGradient');
  });

  it('a record that lists a gradient cell (saved before this check) does not make every 清除高亮 fail', async () => {
    const fake = setup();
    fake.workbook.cell('Sheet1', 'I21').fill = { color: SEVERITY_FILL.error, pattern: 'Solid', patternColor: null };
    fake.workbook.settings.set(
      STORE_KEYS.fills,
      JSON.stringify({ v: 1, cells: [{ sheet: 'Sheet1', address: 'I21', color: '#5B9BD5', pattern: 'LinearGradient', patternColor: null, applied: SEVERITY_FILL.error }] }),
    );
    const host = createExcelHost(fake.deps);
    const cleared = await host.clearHighlights();
    expect(cleared).toMatchObject({ ok: true, written: 1, note: { zh: expect.stringContaining('渐变') } });
    expect(fake.workbook.cell('Sheet1', 'I21').fill.color).not.toBe(SEVERITY_FILL.error);
    expect(fake.workbook.settings.get(STORE_KEYS.fills)).toBe(JSON.stringify({ v: 1, cells: [] }));
  });
});
