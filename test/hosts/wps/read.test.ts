// The WPS host's read path on ET's quirks: CVErr numbers, null for mixed formats and merges,
// A1 for an empty sheet, ET's shapes of Value2, and few bridge calls per sheet.
import { rectA1 } from '../../../src/core/grid/address';
import type { Rect } from '../../../src/core/grid/types';
import type { EtApplication } from '../../../src/hosts/wps/et';
import { matrix, readWorkbook, WPS_READ_LIMITS } from '../../../src/hosts/wps/read';
import { numberText } from '../../../src/hosts/wps/display';
import { FakeEt } from '../../support/fake-et';
import { sheetFromRows, workbookOf } from '../../support/grid';
import { manySheets } from '../excel/tables';

const read = (fake: FakeEt) => readWorkbook(fake.application as EtApplication, { snapshots: new Map() });

describe('WPS host: reading', () => {
  it('turns CVErr numbers into the error values the Excel host gives, and keeps a real number', async () => {
    const fake = new FakeEt(
      workbookOf(sheetFromRows('表', [[{ v: { error: '#DIV/0!' }, f: '1/0' }, { v: { error: '#N/A' } }, -2146826281, 'x']])),
    );
    // A number equal to a CVErr code shows as a number: make the fake say so.
    fake.workbook.sheet('表').cells.get(3 + 16385)!.text = '-2146826281';
    const grid = await read(fake);
    const row = grid.sheets[0].rows[0]!;
    expect(row[0]).toEqual({ value: { error: '#DIV/0!' }, formula: '=1/0' });
    expect(row[1]).toEqual({ value: { error: '#N/A' } });
    expect(row[2]?.value).toBe(-2146826281);
  });

  it('reads an empty sheet (ET answers A1 with nothing in it) as empty', async () => {
    const grid = await read(new FakeEt(workbookOf(sheetFromRows('空', []))));
    expect(grid.sheets[0]).toMatchObject({ name: '空', rowCount: 0, colCount: 0, merges: [] });
  });

  it('without Value(11), splits only blocks whose number format or merge answer is mixed', async () => {
    const rows = [
      ['指标', '权重', '得分'],
      ...Array.from({ length: 40 }, (_u, i) => [`指标${i}`, { v: 10, fmt: '0.00' }, { v: 0.5, fmt: '0%' }]),
    ];
    const fake = new FakeEt(workbookOf(sheetFromRows('表', rows, { merges: ['A1:A2', 'B10:C10'] })));
    fake.valueXml = false;
    const grid = await read(fake);
    const sheet = grid.sheets[0];
    expect(sheet.merges).toEqual([
      { top: 1, left: 1, bottom: 2, right: 1 },
      { top: 10, left: 2, bottom: 10, right: 3 },
    ]);
    expect(sheet.rows[1]?.[1]).toEqual({ value: 10, numFmt: '0.00', text: '10.00' });
    expect(sheet.rows[1]?.[2]).toEqual({ value: 0.5, numFmt: '0%', text: '50%' });
    expect(fake.calls).toBeLessThan(180);
  });

  it('without Value(11), needs almost the same bridge calls for 40 rows as for 4,000 (format splits grow with the log of rows)', async () => {
    const table = (n: number) =>
      workbookOf(sheetFromRows('表', [['指标', '权重'], ...Array.from({ length: n }, (_u, i) => [`指标${i}`, { v: i % 7, fmt: '0.0' }])]));
    const small = new FakeEt(table(40));
    const large = new FakeEt(table(4000));
    small.valueXml = false;
    large.valueXml = false;
    const a = await small.countCalls(() => read(small));
    const b = await large.countCalls(() => read(large));
    expect(b).toBeLessThanOrEqual(a + 24);
  });

  it('reads the seed table (42 merged areas) in the same calls on every sheet', async () => {
    const one = new FakeEt(manySheets(1));
    const five = new FakeEt(manySheets(5));
    const a = await one.countCalls(() => read(one));
    const b = await five.countCalls(() => read(five));
    expect(b - 4).toBe(5 * (a - 4));
    expect(a).toBeLessThan(600);
  });

  it('without Value(11), never asks about cells an area already found covers, nor formats of empty edges', async () => {
    const fake = new FakeEt(manySheets(1));
    fake.valueXml = false;
    const sheet = fake.workbook.sheets[0];
    const filled = (r: number, c: number) => {
      const cell = sheet.cells.get(r * 16385 + c);
      return cell !== undefined && (cell.value !== null || cell.formula !== undefined);
    };
    const found: Rect[] = [];
    const inFound = (r: number, c: number) => found.some((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right);
    const line = (rect: Rect, edge: 'top' | 'bottom' | 'left' | 'right', test: (r: number, c: number) => boolean) => {
      const cells: Array<[number, number]> = [];
      if (edge === 'top' || edge === 'bottom') for (let c = rect.left; c <= rect.right; c += 1) cells.push([rect[edge], c]);
      else for (let r = rect.top; r <= rect.bottom; r += 1) cells.push([r, rect[edge]]);
      return cells.every(([r, c]) => test(r, c));
    };
    const problems: string[] = [];
    let formatAsks = 0;
    fake.onAsk = (property, rect, answer) => {
      const edges = ['top', 'bottom', 'left', 'right'] as const;
      if (property === 'NumberFormat') {
        formatAsks += 1;
        // The first ask is the whole used range; later ones are trimmed to the cells with content.
        if (formatAsks > 1 && edges.some((e) => line(rect, e, (r, c) => !filled(r, c)))) problems.push(`NumberFormat ${rectA1(rect)}`);
        return;
      }
      if (edges.some((e) => line(rect, e, inFound))) problems.push(`${property} ${rectA1(rect)}`);
      if (property === 'MergeArea') found.push(answer as Rect);
    };
    const grid = await read(fake);
    expect(problems).toEqual([]);
    expect(grid.sheets[0].merges.length).toBe(sheet.merges.length);
  });

  it('truncates a huge used range with a note, reading no more than the limit', async () => {
    const fake = new FakeEt(workbookOf(sheetFromRows('大', [['a']])));
    fake.workbook.setCell('大', 'T60000', { value: 1 });
    const grid = await read(fake);
    const readRows = Math.floor(WPS_READ_LIMITS.sheetCells / 20);
    expect(grid.sheets[0].rowCount).toBe(readRows);
    expect(grid.notes?.[0].zh).toContain('只读取了前 50000 行');
  });

  it('trims a used range that only formatting made huge to the cells with content (Find backwards)', async () => {
    const fake = new FakeEt(workbookOf(sheetFromRows('表', [['指标', '权重'], ['绿化率', 10]])));
    // Borders or formats drawn far below the table: ET's UsedRange reaches T60000.
    fake.workbook.setCell('表', 'T60000', { value: null, numFmt: '0.00' });
    const calls = await fake.countCalls(async () => {
      const grid = await read(fake);
      expect(grid.notes).toBeUndefined();
      expect(grid.sheets[0]).toMatchObject({ rowCount: 2, colCount: 2 });
      expect(grid.sheets[0].rows[1]?.[1]).toEqual({ value: 10, text: '10' });
    });
    expect(calls).toBeLessThan(60);
  });

  it('normalises every shape ET may give for a block', () => {
    expect(matrix(5, 1, 1)).toEqual([[5]]);
    expect(matrix([1, 2, 3], 1, 3)).toEqual([[1, 2, 3]]);
    expect(matrix([1, 2], 2, 1)).toEqual([[1], [2]]);
    expect(matrix([[1, 2], [3, 4]], 2, 2)).toEqual([[1, 2], [3, 4]]);
    expect(matrix(undefined, 2, 2)).toEqual([[undefined, undefined], [undefined, undefined]]);
  });

  it('renders the common number formats as Excel shows them, and asks for the others', () => {
    expect(numberText(2.675, '0.00')).toBe('2.68');
    expect(numberText(-0.004, '0.00')).toBe('0.00');
    expect(numberText(0.9974, '0.0%')).toBe('99.7%');
    expect(numberText(26, 'G/通用格式')).toBe('26');
    expect(numberText(0.1 + 0.2, 'General')).toBeUndefined();
    expect(numberText(45000, 'yyyy-mm-dd')).toBeUndefined();
    expect(numberText(1234.5, '#,##0.00')).toBeUndefined();
  });

  it('refuses with a message outside WPS and without a workbook', async () => {
    await expect(readWorkbook(undefined, { snapshots: new Map() })).rejects.toMatchObject({ perfMessage: { zh: expect.stringContaining('WPS') } });
    const app = { ActiveWorkbook: null } as unknown as EtApplication;
    await expect(readWorkbook(app, { snapshots: new Map() })).rejects.toMatchObject({ perfMessage: { zh: expect.stringContaining('没有打开的工作簿') } });
  });

  it('stops between sheets when cancelled', async () => {
    const fake = new FakeEt(manySheets(3));
    const controller = new AbortController();
    const seen: number[] = [];
    const pending = readWorkbook(fake.application as EtApplication, { snapshots: new Map() }, {
      signal: controller.signal,
      onProgress: (p) => {
        seen.push(p.done);
        controller.abort();
      },
    });
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen).toEqual([1]);
  });
});
