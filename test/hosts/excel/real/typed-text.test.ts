// Text Excel parses as something else when it is written: "(100)" is an accounting negative,
// "5-Jan" a date, "5 PM" a time. The fake parses them as Excel does; the host writes such text
// with the apostrophe guard, so a fix that writes text keeps it text.
import { textNeedsGuard } from '../../../../src/hosts/excel/cell-io';
import { createExcelHost } from '../../../../src/hosts/excel';
import { FakeExcel } from '../../../support/fake-excel';
import { parseInput } from '../../../support/fake-excel/model';
import { sheetFromRows, workbookOf } from '../../../support/grid';

const TRICKY = ['(100)', '(1,234.5)', '5-Jan', 'Jan-5', '5 Jan 2024', '5 PM', '5:30 am', '1e3'];

describe('text Excel would parse when written', () => {
  it.each([
    ['(100)', -100],
    ['5 PM', 17 / 24],
  ])('the fake parses %s as Excel does', (text, value) => {
    expect(parseInput(text, 'General').value).toBeCloseTo(value as number, 6);
  });

  it('the fake parses 5-Jan as a date', () => {
    expect(typeof parseInput('5-Jan', 'General').value).toBe('number');
  });

  it.each(TRICKY)('guards %s', (text) => {
    expect(textNeedsGuard(text)).toBe(true);
  });

  it('a fix writing such text keeps it text', async () => {
    const fake = new FakeExcel(workbookOf(sheetFromRows('表', [['说明', '旧']])));
    const host = createExcelHost(fake.deps);
    const changes = TRICKY.map((text, i) => ({ sheet: '表', address: `C${i + 1}`, before: { value: null }, after: { value: text } }));
    expect(await host.applyChanges(changes, { zh: '写入', en: 'Write' })).toMatchObject({ ok: true });
    TRICKY.forEach((text, i) => expect(fake.workbook.cell('表', `C${i + 1}`).value).toBe(text));
  });
});
