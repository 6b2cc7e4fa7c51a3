// readWorkbook over the fake Excel: the grid matches the workbook, in ONE sync for 1, 10 and 50 sheets.
import { cellAt } from '../../../src/core/grid/access';
import type { SheetGrid, WorkbookGrid } from '../../../src/core/grid/types';
import { createExcelHost } from '../../../src/hosts/excel';
import { READ_LIMITS } from '../../../src/hosts/excel/read';
import { FakeExcel, countReadSyncs } from '../../support/fake-excel';
import { sheetFromRows, workbookOf } from '../../support/grid';
import { manySheets, seed, sheetGrid, suixi, workbookGrid } from './tables';

/** Cells of a grid as 'A1' → value/formula/format, for whole-sheet comparisons. */
function cellsOf(sheet: SheetGrid): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  sheet.rows.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (cell) out[`${r + 1},${c + 1}`] = { value: cell.value, formula: cell.formula, numFmt: cell.numFmt };
    }),
  );
  return out;
}

async function read(grid: WorkbookGrid, setup?: (fake: FakeExcel) => void): Promise<{ fake: FakeExcel; result: WorkbookGrid; syncs: number }> {
  const fake = new FakeExcel(grid);
  setup?.(fake);
  const host = createExcelHost(fake.deps);
  let result: WorkbookGrid | undefined;
  const syncs = await fake.countSyncs(async () => {
    result = await host.readWorkbook();
  });
  return { fake, result: result as WorkbookGrid, syncs };
}

describe('readWorkbook: the seed (西永街道 2022, family C)', () => {
  it('reads every cell, merge and number as the form holds them, in one sync', async () => {
    const source = workbookGrid(seed);
    const { result, syncs, fake } = await read(source);
    expect(syncs).toBe(1);
    expect(fake.flushedAtEnd).toBe(0);
    expect(result.sheets).toHaveLength(1);
    const sheet = result.sheets[0];
    expect(sheet.name).toBe('Sheet1');
    expect(cellsOf(sheet)).toEqual(cellsOf(source.sheets[0]));
    expect(sheet.rowCount).toBe(36);
    expect(sheet.colCount).toBe(10);
    expect(sheet.merges).toEqual(expect.arrayContaining(source.sheets[0].merges as never[]));
    expect(sheet.merges).toHaveLength(source.sheets[0].merges.length);
    expect(cellAt(sheet, 21, 7)?.value).toBe(2.63);
    expect(cellAt(sheet, 21, 8)?.value).toBe(99.74);
    expect(cellAt(sheet, 3, 9)?.value).toBe(99.9);
    expect(result.notes).toBeUndefined();
  });

  it('keeps the displayed text of numbers (the precision the form shows)', async () => {
    const grid = workbookOf(sheetFromRows('表', [[{ v: 9.97, fmt: '0.00' }, { v: 0.95, fmt: '0%' }, 3]]));
    const { result } = await read(grid);
    expect(cellAt(result.sheets[0], 1, 1)).toEqual({ value: 9.97, numFmt: '0.00', text: '9.97' });
    expect(cellAt(result.sheets[0], 1, 2)).toEqual({ value: 0.95, numFmt: '0%', text: '95%' });
    expect(cellAt(result.sheets[0], 1, 3)).toEqual({ value: 3, text: '3' });
  });
});

describe('readWorkbook: round trips', () => {
  it.each([1, 10, 50])('reads %i sheets in one sync', async (count) => {
    const { result, syncs } = await read(manySheets(count));
    expect(syncs).toBe(1);
    expect(result.sheets.map((s) => s.name)).toEqual(Array.from({ length: count }, (_u, i) => `表${i + 1}`));
    for (const sheet of result.sheets) expect(cellAt(sheet, 21, 2)?.value).toBe('预算完成率');
  });

  it('gives the benchmark its figure: one read round trip for 1, 10 and 50 sheets', async () => {
    for (const count of [1, 10, 50]) expect(await countReadSyncs(manySheets(count), { webLimit: true })).toBe(1);
  });

  it('needs one more sync per 64 further sheets, and sizes the next walk from the last count', async () => {
    const fake = new FakeExcel(manySheets(70));
    const host = createExcelHost(fake.deps);
    expect(await fake.countSyncs(() => host.readWorkbook())).toBe(2);
    expect(await fake.countSyncs(() => host.readWorkbook())).toBe(1);
  });

  it('reads only the named sheets, in one sync, and says which are missing', async () => {
    const fake = new FakeExcel(manySheets(5));
    const host = createExcelHost(fake.deps);
    let result: WorkbookGrid | undefined;
    const syncs = await fake.countSyncs(async () => {
      result = await host.readWorkbook({ sheets: ['表4', '表9'] });
    });
    expect(syncs).toBe(1);
    expect(result?.sheets.map((s) => s.name)).toEqual(['表4']);
    expect(result?.notes?.[0].zh).toContain('表9');
  });
});

describe('readWorkbook: what a cell can hold', () => {
  it('maps errors, booleans, formulas with cached results and empty formula results', async () => {
    const grid = workbookOf(
      sheetFromRows('表', [
        [{ v: { error: '#DIV/0!' }, f: 'G7/0' }, { v: { error: '#N/A' } }, true, { v: 2.7, f: 'ROUND(G8,2)' }, { v: '', f: 'IF(1,"","")' }],
      ]),
    );
    const { result } = await read(grid);
    const sheet = result.sheets[0];
    expect(cellAt(sheet, 1, 1)).toEqual({ value: { error: '#DIV/0!' }, formula: '=G7/0' });
    expect(cellAt(sheet, 1, 2)).toEqual({ value: { error: '#N/A' } });
    expect(cellAt(sheet, 1, 3)).toEqual({ value: true });
    expect(cellAt(sheet, 1, 4)).toEqual({ value: 2.7, formula: '=ROUND(G8,2)', text: '2.7' });
    expect(cellAt(sheet, 1, 5)?.formula).toBe('=IF(1,"","")');
  });

  it('reads formulas and percent formats of a real case (濉溪 2019, family E)', async () => {
    const { result } = await read(workbookGrid(suixi));
    const sheet = result.sheets[0];
    expect(cellAt(sheet, 6, 7)).toMatchObject({ value: 1, formula: '=E6/D6', numFmt: '0%' });
    expect(cellAt(sheet, 15, 6)?.value).toBe('4604人');
  });

  it('reports protection and visibility (hidden rows and columns are not read: no rule uses them)', async () => {
    const visible = sheetFromRows('填报', [['a', 'b', 'c'], [1, 2, 3], [4, 5, 6], [7, 8, 9]], { hiddenRows: [3], hiddenCols: [2], protected: true });
    const hidden: SheetGrid = { ...sheetFromRows('底稿', [['x']]), visibility: 'hidden' };
    const { result } = await read(workbookOf(visible, hidden));
    expect(result.sheets[0]).toMatchObject({ protected: true });
    expect(result.sheets[0].hiddenRows).toBeUndefined();
    expect(result.sheets[0].visibility).toBeUndefined();
    expect(result.sheets[1]).toMatchObject({ visibility: 'hidden', protected: false });
  });

  it('gives an empty sheet no rows', async () => {
    const { result, syncs } = await read(workbookOf(sheetFromRows('空', []), sheetFromRows('表', [['x']])));
    expect(syncs).toBe(1);
    expect(result.sheets[0]).toMatchObject({ name: '空', rowCount: 0, colCount: 0, merges: [] });
  });

  it('places a used range that starts away from A1 at its own rows and columns', async () => {
    const { result } = await read(workbookOf(sheetFromRows('表', [['指标名称', '得分'], ['绿化率', 1.8]], { at: 'C5' })));
    const sheet = result.sheets[0];
    expect(cellAt(sheet, 6, 4)?.value).toBe(1.8);
    expect(sheet.rowCount).toBe(6);
    expect(sheet.colCount).toBe(4);
  });
});

describe('readWorkbook: large and awkward workbooks', () => {
  function tallSheet(name: string, rows: number, text = ''): SheetGrid {
    return sheetFromRows(
      name,
      Array.from({ length: rows }, (_u, i) => [`指标${i + 1}${text}`, '≥', 100, 2.7, 100 - (i % 3), 2.7]),
    );
  }

  it('reads a sheet taller than the head in row chunks, each round trip under 5 MB', async () => {
    const rows = READ_LIMITS.headRows + 4500;
    const { result, syncs, fake } = await read(workbookOf(tallSheet('长表', rows)), (f) => {
      f.payloadLimitBytes = 5 * 1024 * 1024;
    });
    expect(syncs).toBe(2);
    const sheet = result.sheets[0];
    expect(sheet.rowCount).toBe(rows);
    expect(cellAt(sheet, rows, 1)?.value).toBe(`指标${rows}`);
    expect(cellAt(sheet, READ_LIMITS.headRows + 1, 5)?.value).toBe(100 - (READ_LIMITS.headRows % 3));
    expect(Math.max(...fake.log.map((s) => s.responseBytes))).toBeLessThan(5 * 1024 * 1024);
  });

  it('falls back to smaller batches when one round trip would exceed the 5 MB web limit', async () => {
    const long = '（说明文字）'.repeat(60);
    const grid = workbookOf(...Array.from({ length: 12 }, (_u, i) => tallSheet(`表${i + 1}`, 400, long)));
    const { result, fake } = await read(grid, (f) => {
      f.payloadLimitBytes = 5 * 1024 * 1024;
    });
    expect(fake.log[0].error).toBe('ResponsePayloadSizeLimitExceeded');
    expect(result.sheets).toHaveLength(12);
    for (const sheet of result.sheets) expect(cellAt(sheet, 400, 1)?.value).toBe(`指标400${long}`);
    expect(result.notes).toBeUndefined();
    expect(fake.log.filter((s) => !s.error).every((s) => s.responseBytes < 5 * 1024 * 1024)).toBe(true);
  });

  it('after one failed single-sync read, reads the rest of the session the careful way without a failed round trip', async () => {
    const long = '（说明文字）'.repeat(60);
    const fake = new FakeExcel(workbookOf(...Array.from({ length: 12 }, (_u, i) => tallSheet(`表${i + 1}`, 400, long))));
    fake.payloadLimitBytes = 5 * 1024 * 1024;
    const host = createExcelHost(fake.deps);
    await host.readWorkbook();
    expect(fake.log[0].error).toBe('ResponsePayloadSizeLimitExceeded');
    const before = fake.log.length;
    const grid = await host.readWorkbook();
    expect(fake.log.slice(before).filter((s) => s.error)).toEqual([]);
    expect(grid.sheets).toHaveLength(12);
  });

  it('finds every merged area even past the 512 a single range can report', async () => {
    const rows = Array.from({ length: 300 }, (_u, i) => [`指标${i + 1}`, undefined, '≥', undefined, 2.7]);
    const merges = Array.from({ length: 300 }, (_u, i) => [`A${i + 1}:B${i + 1}`, `C${i + 1}:D${i + 1}`]).flat();
    const { result, fake } = await read(workbookOf(sheetFromRows('合并', rows, { merges })));
    expect(fake.log[0].error).toBe('InvalidOperation');
    expect(result.sheets[0].merges).toHaveLength(600);
    expect(cellAt(result.sheets[0], 300, 5)?.value).toBe(2.7);
    expect(result.notes).toBeUndefined();
  });

  it('truncates a sheet past one million cells with a note instead of failing', async () => {
    const width = 100;
    const rows = Math.ceil(READ_LIMITS.sheetCells / width) + 2000;
    const sparse = sheetFromRows('巨表', [['首行']]);
    const far: SheetGrid = {
      ...sparse,
      rows: Object.assign([], { 0: [{ value: '首行' }], [rows - 1]: Object.assign([], { [width - 1]: { value: '末格' } }) }),
      rowCount: rows,
      colCount: width,
    };
    const { result } = await read(workbookOf(far));
    const sheet = result.sheets[0];
    expect(cellAt(sheet, 1, 1)?.value).toBe('首行');
    expect(sheet.rowCount).toBeLessThanOrEqual(READ_LIMITS.sheetCells / width);
    expect(result.notes?.[0].zh).toMatch(/巨表.*过大.*只读取了前 \d+ 行/);
    expect(result.notes?.[0].en).toMatch(/too large/);
  }, 30_000);
});

describe('readWorkbook: progress, cancel, older Excel', () => {
  it('reports progress per sheet', async () => {
    const fake = new FakeExcel(manySheets(3));
    const host = createExcelHost(fake.deps);
    const seen: Array<[number, number]> = [];
    await host.readWorkbook({ onProgress: (p) => seen.push([p.done, p.total]) });
    expect(seen[seen.length - 1]).toEqual([3, 3]);
  });

  it('does not start when already cancelled', async () => {
    const fake = new FakeExcel(manySheets(2));
    const host = createExcelHost(fake.deps);
    const controller = new AbortController();
    controller.abort();
    await expect(host.readWorkbook({ signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(fake.syncCount).toBe(0);
  });

  it('stops between round trips when cancelled during the read', async () => {
    const rows = Array.from({ length: READ_LIMITS.headRows + 50 }, (_u, i) => [`指标${i}`, 1]);
    const fake = new FakeExcel(workbookOf(sheetFromRows('长表', rows)));
    const controller = new AbortController();
    fake.beforeSync = (index) => {
      if (index === 1) controller.abort();
    };
    const host = createExcelHost(fake.deps);
    await expect(host.readWorkbook({ signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(fake.syncCount).toBe(1);
  });

  it('reads without merged areas on Excel before ExcelApi 1.13, and says so', async () => {
    const fake = new FakeExcel(workbookGrid(seed));
    fake.apiVersion = '1.12';
    const host = createExcelHost(fake.deps);
    expect(host.capabilities.notes.map((n) => n.zh).join()).toMatch(/合并单元格/);
    let grid: WorkbookGrid | undefined;
    expect(await fake.countSyncs(async () => void (grid = await host.readWorkbook()))).toBe(1);
    expect(grid?.sheets[0].merges).toEqual([]);
    expect(cellAt(grid?.sheets[0] as SheetGrid, 21, 2)?.value).toBe('预算完成率');
  });

  it('refuses with a message on Excel without ExcelApi 1.7', async () => {
    const fake = new FakeExcel(workbookGrid(seed));
    fake.apiVersion = '1.6';
    const host = createExcelHost(fake.deps);
    expect(host.capabilities).toMatchObject({ select: false, highlight: false, addSheet: false });
    await expect(host.readWorkbook()).rejects.toMatchObject({ name: 'HostError', perfMessage: { zh: expect.stringContaining('ExcelApi 1.7') } });
    expect(fake.syncCount).toBe(0);
  });

  it('still reads the seed sheet as the fixture lays it out', () => {
    expect(sheetGrid(seed.sheets[0]).rowCount).toBe(36);
  });
});
