// Highlights after the user renamed the sheet or inserted rows: the record finds its sheet by id
// and its rows by their text, so 清除高亮 restores the cells PERF coloured where they are now and
// leaves the cells that moved into their old addresses alone; a row it can no longer recognise is
// reported, not guessed.
import { createExcelHost } from '../../../../src/hosts/excel';
import { SEVERITY_FILL } from '../../../../src/hosts/excel/highlight';
import { STORE_KEYS } from '../../../../src/hosts/excel/store';
import type { HighlightMark } from '../../../../src/hosts/types';
import { FakeExcel } from '../../../support/fake-excel';
import { seed, workbookGrid } from '../tables';

const YELLOW = { color: '#FFFF00', pattern: 'Solid', patternColor: null };
const GREEN = { color: '#C6EFCE', pattern: 'Solid', patternColor: null };

function setup(): { fake: FakeExcel; host: ReturnType<typeof createExcelHost> } {
  const fake = new FakeExcel(workbookGrid(seed));
  fake.workbook.cell('Sheet1', 'I21').fill = { ...YELLOW };
  // The row above keeps its own green score cell: after two inserted rows it sits at I21.
  fake.workbook.cell('Sheet1', 'I19').fill = { ...GREEN };
  return { fake, host: createExcelHost(fake.deps) };
}

const MARKS: HighlightMark[] = [
  { sheet: 'Sheet1', address: 'I21', severity: 'error' },
  { sheet: 'Sheet1', address: 'G7', severity: 'warning' },
];

const fill = (fake: FakeExcel, sheet: string, address: string) => fake.workbook.cell(sheet, address).fill;

describe('highlights after the workbook moved under them', () => {
  it('a renamed sheet: 清除高亮 restores the fills on the sheet under its new name', async () => {
    const { fake, host } = setup();
    await host.highlight(MARKS);
    await fake.renameSheet('Sheet1', '自评表');
    expect(await host.clearHighlights()).toEqual({ ok: true, written: 2 });
    expect(fill(fake, '自评表', 'I21')).toMatchObject(YELLOW);
    expect(fill(fake, '自评表', 'G7').pattern).toBe('None');
    expect(fake.workbook.settings.get(STORE_KEYS.fills)).toBe(JSON.stringify({ v: 1, cells: [] }));
  });

  it('rows inserted above a highlighted row: the coloured cell is restored where it moved, the cell now at its old address is left alone', async () => {
    const { fake, host } = setup();
    await host.highlight(MARKS);
    fake.workbook.insertRows('Sheet1', 10, 2);
    expect(fill(fake, 'Sheet1', 'I23').color).toBe(SEVERITY_FILL.error);
    expect(fill(fake, 'Sheet1', 'I21')).toMatchObject(GREEN);
    expect(await host.clearHighlights()).toEqual({ ok: true, written: 2 });
    expect(fill(fake, 'Sheet1', 'I23')).toMatchObject(YELLOW);
    expect(fill(fake, 'Sheet1', 'I21')).toMatchObject(GREEN);
    expect(fill(fake, 'Sheet1', 'G7').pattern).toBe('None');
  });

  it('highlighting again after inserted rows first restores the old set where it moved', async () => {
    const { fake, host } = setup();
    await host.highlight(MARKS);
    fake.workbook.insertRows('Sheet1', 10, 2);
    expect(await host.highlight([{ sheet: 'Sheet1', address: 'G7', severity: 'error' }])).toMatchObject({ ok: true, written: 1 });
    expect(fill(fake, 'Sheet1', 'I23')).toMatchObject(YELLOW);
    expect(fill(fake, 'Sheet1', 'I21')).toMatchObject(GREEN);
    expect(fill(fake, 'Sheet1', 'G7').color).toBe(SEVERITY_FILL.error);
  });

  it('a row that can no longer be recognised is reported, not guessed', async () => {
    const { fake, host } = setup();
    await host.highlight(MARKS);
    fake.workbook.insertRows('Sheet1', 10, 2);
    fake.workbook.setCell('Sheet1', 'B23', { value: '预算完成率（调整后）' });
    const result = await host.clearHighlights();
    expect(result).toMatchObject({ ok: true, written: 1, note: { zh: expect.stringContaining('I21') } });
    expect(fill(fake, 'Sheet1', 'I21')).toMatchObject(GREEN);
    expect(fill(fake, 'Sheet1', 'G7').pattern).toBe('None');
  });
});
