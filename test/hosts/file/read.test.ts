// ExcelJS cells map faithfully onto the grid: the fixtures as the forms are, and every value kind.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { cellAt, valueAt } from '../../../src/core/grid/access';
import { parseRectA1, rectA1 } from '../../../src/core/grid/address';
import type { SheetGrid } from '../../../src/core/grid/types';
import { readWorkbookFromBuffer, tryReadWorkbookFromBuffer } from '../../../src/hosts/file/read';
import { readWorkbookFromPath, tryReadWorkbookFromPath } from '../../../src/hosts/file/node';
import { UnreadableFileError } from '../../../src/hosts/file/problems';
import { sources } from '../../fixtures/sources';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');
const fixture = (name: string) => readFileSync(join(FIXTURES, `${name}.xlsx`));
const at = (sheet: SheetGrid, address: string) => {
  const rect = parseRectA1(address)!;
  return cellAt(sheet, rect.top, rect.left);
};

describe('the seed as a grid', () => {
  let sheet: SheetGrid;
  beforeAll(async () => {
    const grid = await readWorkbookFromBuffer(fixture('seed-xiyong-2022'), 'seed-xiyong-2022.xlsx');
    expect(grid.name).toBe('seed-xiyong-2022.xlsx');
    expect(grid.sheets).toHaveLength(1);
    sheet = grid.sheets[0];
  });

  it('has the used extent and the merges of the form', () => {
    expect([sheet.name, sheet.rowCount, sheet.colCount]).toEqual(['Sheet1', 36, 10]);
    const merges = sheet.merges.map(rectA1);
    expect(merges).toContain('A6:A36');
    expect(merges).toContain('B21:C21');
    expect(merges).toContain('I3:J3');
    expect(merges).toHaveLength(42);
  });

  it('holds values where the form shows them, and nothing under merges', () => {
    expect(valueAt(sheet, 3, 9)).toBe(99.9);
    expect(at(sheet, 'B21')?.value).toBe('预算完成率');
    expect(at(sheet, 'H21')?.value).toBe(99.74);
    expect(at(sheet, 'D6')?.value).toBe('计量\n单位');
    expect(at(sheet, 'C21')).toBeUndefined(); // covered by B21:C21
    expect(at(sheet, 'A7')).toBeUndefined(); // covered by A6:A36
    expect(at(sheet, 'J21')).toBeUndefined(); // an empty 说明
  });

  it('is plain data that survives structured cloning (it crosses worker threads)', () => {
    expect(structuredClone(sheet)).toEqual(sheet);
  });
});

describe('fixtures with formulas, formats, dates and far-away tables', () => {
  it('keeps formulas with their cached results and number formats', async () => {
    const [sheet] = (await readWorkbookFromBuffer(fixture('yongde-2022'))).sheets;
    expect(at(sheet, 'I25')).toEqual({ value: 96, formula: '=I8+SUM(I15:I24)' });
    expect(at(sheet, 'G20')).toEqual({ value: 0.98, numFmt: '0%' });
    expect(at(sheet, 'E8')).toEqual({ value: 387664.62, numFmt: '#,##0.00' });
  });

  it('turns a date into its Excel serial number and keeps the date format', async () => {
    const [sheet] = (await readWorkbookFromBuffer(fixture('huanggang-2020'))).sheets;
    expect(at(sheet, 'E2')).toEqual({ value: 44265, numFmt: 'yyyy"年"m"月"d"日"' }); // 2021-03-10
  });

  it('finds cells at F40 with rows above', async () => {
    const [sheet] = (await readWorkbookFromBuffer(fixture('offset-f40-2022'))).sheets;
    expect(at(sheet, 'F40')?.value).toBe('绩效指标');
    expect(sheet.rowCount).toBe(51);
    expect(sheet.colCount).toBe(14);
  });

  it('reads an empty workbook as one empty sheet', async () => {
    const [sheet] = (await readWorkbookFromBuffer(fixture('negative-empty'))).sheets;
    expect([sheet.rowCount, sheet.colCount, sheet.merges.length]).toEqual([0, 0, 0]);
  });

  it.each(sources.map((s) => s.file))('%s reads with as many sheets as its source', async (file) => {
    const grid = await readWorkbookFromBuffer(fixture(file));
    expect(grid.sheets.map((s) => s.name)).toEqual(sources.find((s) => s.file === file)!.sheets.map((s) => s.name));
  });
});

describe('every kind of ExcelJS value', () => {
  let grid: Awaited<ReturnType<typeof readWorkbookFromBuffer>>;
  beforeAll(async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('值');
    ws.getCell('A1').value = 2.63;
    ws.getCell('A2').value = '预算完成率';
    ws.getCell('A3').value = { richText: [{ text: '指标', font: { bold: true } }, { text: '得分' }] };
    ws.getCell('A4').value = { text: '财政部文件', hyperlink: 'https://www.mof.gov.cn/' };
    ws.getCell('A5').value = true;
    ws.getCell('A6').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
    ws.getCell('A7').value = new Date(Date.UTC(2022, 11, 31));
    ws.getCell('A7').numFmt = 'yyyy-mm-dd';
    ws.getCell('A8').value = { formula: 'A1*2', result: 5.26 };
    ws.getCell('A9').value = { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
    ws.getCell('A10').value = { formula: 'A1+1' } as ExcelJS.CellFormulaValue;
    ws.getCell('B1').value = { formula: 'A1*10', result: 26.3 };
    ws.getCell('B2').value = { sharedFormula: 'B1', result: 0 } as ExcelJS.CellSharedFormulaValue;
    ws.getCell('B3').value = { sharedFormula: 'B1', result: 0 } as ExcelJS.CellSharedFormulaValue;
    ws.getCell('C1').value = 0.95;
    ws.getCell('C1').numFmt = '0%';
    ws.getCell('D5').value = 'far';
    ws.mergeCells('E1:F2');
    ws.getCell('E1').value = '合并';
    ws.getRow(4).hidden = true;
    ws.getColumn('C').hidden = true;
    await ws.protect('', {});
    workbook.addWorksheet('隐藏', { state: 'hidden' }).getCell('A1').value = 1;
    workbook.addWorksheet('深藏', { state: 'veryHidden' }).getCell('A1').value = 2;
    grid = await readWorkbookFromBuffer(await workbook.xlsx.writeBuffer());
  });
  const cell = (address: string) => at(grid.sheets[0], address);

  it('numbers, strings, rich text joined, hyperlinks as their text, booleans, errors', () => {
    expect(cell('A1')).toEqual({ value: 2.63 });
    expect(cell('A2')).toEqual({ value: '预算完成率' });
    expect(cell('A3')).toEqual({ value: '指标得分' });
    expect(cell('A4')).toEqual({ value: '财政部文件' });
    expect(cell('A5')).toEqual({ value: true });
    expect(cell('A6')).toEqual({ value: { error: '#N/A' } });
  });

  it('dates as Excel serial numbers with their format', () => {
    expect(cell('A7')).toEqual({ value: 44926, numFmt: 'yyyy-mm-dd' });
  });

  it('formulas with "=" and the cached result, error results, and no result as null', () => {
    expect(cell('A8')).toEqual({ value: 5.26, formula: '=A1*2' });
    expect(cell('A9')).toEqual({ value: { error: '#DIV/0!' }, formula: '=1/0' });
    expect(cell('A10')).toEqual({ value: null, formula: '=A1+1' });
  });

  it('shared formulas translated to each cell', () => {
    expect(cell('B1')?.formula).toBe('=A1*10');
    expect(cell('B2')?.formula).toBe('=A2*10');
    expect(cell('B3')?.formula).toBe('=A3*10');
  });

  it('percent formats, used extent, merges, hidden rows and columns, protection, sheet state', () => {
    const [sheet, hidden, veryHidden] = grid.sheets;
    expect(cell('C1')).toEqual({ value: 0.95, numFmt: '0%' });
    expect([sheet.rowCount, sheet.colCount]).toEqual([10, 6]);
    expect(sheet.merges.map(rectA1)).toEqual(['E1:F2']);
    expect(sheet.hiddenRows).toEqual([4]);
    expect(sheet.hiddenCols).toEqual([3]);
    expect(sheet.protected).toBe(true);
    expect(sheet.visibility).toBeUndefined();
    expect([hidden.name, hidden.visibility, hidden.protected]).toEqual(['隐藏', 'hidden', undefined]);
    expect([veryHidden.name, veryHidden.visibility]).toEqual(['深藏', 'veryHidden']);
  });

  it('dates of a 1904 workbook count from 1904', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.properties.date1904 = true;
    const ws = workbook.addWorksheet('S');
    ws.getCell('A1').value = new Date(Date.UTC(2022, 11, 31));
    ws.getCell('A1').numFmt = 'yyyy-mm-dd';
    const read = await readWorkbookFromBuffer(await workbook.xlsx.writeBuffer());
    expect(valueAt(read.sheets[0], 1, 1)).toBe(44926 - 1462);
  });
});

describe('reading from a path (Node)', () => {
  it('reads a fixture and names the grid after the file', async () => {
    const grid = await readWorkbookFromPath(join(FIXTURES, 'family-g-hunan-2022.xlsx'));
    expect(grid.name).toBe('family-g-hunan-2022.xlsx');
    expect(grid.sheets[0].name).toBe('评分表');
  });

  it('says a missing file is missing, in one line', async () => {
    const result = await tryReadWorkbookFromPath(join(FIXTURES, 'no-such-file.xlsx'));
    expect(result.ok ? 'read' : [result.problem.code, result.problem.message.en]).toEqual(['io', 'Cannot open the file (missing or not readable: ENOENT).']);
  });

  it('rejects with UnreadableFileError, never a raw error', async () => {
    await expect(readWorkbookFromPath(join(__dirname, 'assets', 'clean-project-2023.xls'))).rejects.toBeInstanceOf(UnreadableFileError);
    await expect(readWorkbookFromBuffer(new Uint8Array(0))).rejects.toMatchObject({ code: 'empty' });
    const result = await tryReadWorkbookFromBuffer(new ArrayBuffer(3));
    expect(result.ok).toBe(false);
  });
});
