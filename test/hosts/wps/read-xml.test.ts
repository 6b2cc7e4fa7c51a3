// The WPS host's fast read path: number formats and merged areas of a block from one Range.Value(11)
// call (XML Spreadsheet 2003 text), and its fallback to splitting when ET does not answer it well.
import { createExcelHost } from '../../../src/hosts/excel/host';
import type { EtApplication } from '../../../src/hosts/wps/et';
import { createWpsHost } from '../../../src/hosts/wps/host';
import { readWorkbook, type WpsState } from '../../../src/hosts/wps/read';
import type { WorkbookGrid } from '../../../src/core/grid/types';
import { FakeExcel } from '../../support/fake-excel';
import { FakeEt } from '../../support/fake-et';
import { sheetFromRows, workbookOf } from '../../support/grid';
import { manySheets } from '../excel/tables';

const read = (fake: FakeEt, state: WpsState = { snapshots: new Map() }) => readWorkbook(fake.application as EtApplication, state);

/** A table of `n` indicator rows with merged group cells down column A every ten rows. */
function table(n: number): WorkbookGrid {
  const rows = [
    ['类别', '指标', '权重', '得分', '完成率'],
    ...Array.from({ length: n }, (_u, i) => [i % 10 === 0 ? `类${i}` : '', `指标${i}`, { v: 10, fmt: '0.00' }, { v: 9.5, fmt: '0.0' }, { v: 0.95, fmt: '0%' }]),
  ];
  const merges = Array.from({ length: Math.floor(n / 10) }, (_u, k) => `A${2 + k * 10}:A${11 + k * 10}`);
  return workbookOf(sheetFromRows('表', rows, { merges: ['A1:B1', ...merges] }));
}

/** The grid the Excel host reads from the same workbook. */
const excelGrid = (grid: WorkbookGrid) => createExcelHost(new FakeExcel(grid).deps).readWorkbook();

describe('WPS host: formats and merges from Value(11)', () => {
  it('reads a sheet in the same few bridge calls for 40 rows as for 4,000, and as the Excel host reads it', async () => {
    const small = new FakeEt(table(40));
    const large = new FakeEt(table(4000));
    const a = await small.countCalls(async () => expect(await read(small)).toEqual(await excelGrid(table(40))));
    const b = await large.countCalls(async () => expect(await read(large)).toEqual(await excelGrid(table(4000))));
    expect(b).toBe(a);
    expect(a).toBeLessThan(40);
    expect(small.valueXmlCalls).toBe(1);
  });

  it('costs the same small number of calls on every sheet of a workbook', async () => {
    const one = new FakeEt(manySheets(1));
    const ten = new FakeEt(manySheets(10));
    const a = await one.countCalls(() => read(one));
    const b = await ten.countCalls(() => read(ten));
    // Four calls open the workbook; each sheet costs the same.
    expect(b - 4).toBe(10 * (a - 4));
    expect(a - 4).toBeLessThan(30);
  });

  it('asks ET once per session when Value(11) throws, and reads the same grid by splitting', async () => {
    const fake = new FakeEt(manySheets(3));
    fake.valueXml = false;
    const host = createWpsHost(fake.application as EtApplication);
    const first = await host.readWorkbook();
    const second = await host.readWorkbook();
    expect(fake.valueXmlCalls).toBe(1);
    expect(first).toEqual(await excelGrid(manySheets(3)));
    expect(second).toEqual(first);
  });

  const spoilt: ReadonlyArray<readonly [string, (xml: string) => unknown]> = [
    ['a cut-off string', (xml) => xml.slice(0, Math.floor(xml.length / 2))],
    ['a number instead of text', () => -2146826273],
    ['nothing', () => undefined],
    ['a table of another size', (xml) => xml.replace(/ss:ExpandedRowCount="\d+"/, 'ss:ExpandedRowCount="2"')],
    ['a table that lost a row of cells', (xml) => xml.replace(/<Row>[\s\S]*?<\/Row>/, '')],
    ['text that is not a spreadsheet', () => '<html><body>不支持</body></html>'],
  ];

  it.each(spoilt)('falls back to splitting for the session when Value(11) gives %s', async (_what, spoil) => {
    const grid = table(30);
    const fake = new FakeEt(grid);
    fake.alterXml = (xml) => spoil(xml);
    const state: WpsState = { snapshots: new Map() };
    expect(await read(fake, state)).toEqual(await excelGrid(grid));
    expect(state.xmlOff).toBe(true);
    await read(fake, state);
    expect(fake.valueXmlCalls).toBe(1);
  });

  it('asks the number format of a style whose format name depends on the locale, once per style', async () => {
    const grid = workbookOf(
      sheetFromRows('表', [
        ['日期', '金额'],
        [{ v: 45000, fmt: 'yyyy/m/d' }, { v: 1, fmt: '0.00' }],
        [{ v: 45001, fmt: 'yyyy/m/d' }, { v: 2, fmt: '0.00' }],
        [{ v: 45002, fmt: 'yyyy/m/d' }, { v: 3, fmt: '0.00' }],
      ]),
    );
    const plain = new FakeEt(grid);
    const named = new FakeEt(grid);
    // Excel names a date format by the machine's short-date pattern.
    named.alterXml = (xml) => xml.replace('ss:Format="yyyy/m/d"', 'ss:Format="Short Date"');
    const a = await plain.countCalls(() => read(plain));
    let result: WorkbookGrid | undefined;
    const b = await named.countCalls(async () => {
      result = await read(named);
    });
    expect(result).toEqual(await excelGrid(grid));
    expect(result!.sheets[0].rows[2]?.[0]).toMatchObject({ value: 45001, numFmt: 'yyyy/m/d' });
    // One Range and one NumberFormat call for the style, not one per cell.
    expect(b - a).toBe(2);
  });

  it('keeps merged areas that cross the edge between two row blocks of a large sheet', async () => {
    const grid = workbookOf(
      sheetFromRows('大', [['组', '指标'], ...Array.from({ length: 8999 }, (_u, i) => [i % 1000 === 0 ? `组${i}` : '', i % 500 === 0 ? `指标${i}` : ''])], {
        merges: ['A7998:A8003', 'B8001:Y8001', 'A100:B101'],
      }),
    );
    // A value in column Y makes the sheet 25 columns wide: 9,000 × 25 cells are read in two blocks.
    const fake = new FakeEt(grid);
    fake.workbook.setCell('大', 'Y9000', { value: 1 });
    const expected = new FakeExcel(grid);
    expected.workbook.setCell('大', 'Y9000', { value: 1 });
    const state: WpsState = { snapshots: new Map() };
    const wps = await read(fake, state);
    const excel = await createExcelHost(expected.deps).readWorkbook();
    expect(state.xmlOff).toBeUndefined();
    expect(fake.valueXmlCalls).toBe(2);
    expect(wps.sheets[0].merges).toEqual(excel.sheets[0].merges);
    expect(wps.sheets[0].merges).toEqual(
      expect.arrayContaining([
        { top: 7998, left: 1, bottom: 8003, right: 1 },
        { top: 8001, left: 2, bottom: 8001, right: 25 },
        { top: 100, left: 1, bottom: 101, right: 2 },
      ]),
    );
  });
});
