// The file host on odd but valid workbooks from the corpus: read in proportion to what the file holds,
// not to the sheet's nominal size.
import ExcelJS from 'exceljs';
import { tryReadWorkbookFromBuffer } from '../../src/hosts/file';
import { CORPUS } from './support/corpus';

/** ExcelJS's Worksheet class, reached through an instance (the package does not export it). */
function worksheetPrototype(): object {
  return Object.getPrototypeOf(new ExcelJS.Workbook().addWorksheet('probe')) as object;
}

describe('a stray value in XFD1048576 (used range = the whole sheet)', () => {
  it('is read without making a row object for each of the 1,048,576 rows, and the table is all there', async () => {
    const bytes = await CORPUS.find((c) => c.file === 'good-stray-last-cell.xlsx')!.make();
    const getRow = jest.spyOn(worksheetPrototype() as { getRow: (n: number) => unknown }, 'getRow');
    const result = await tryReadWorkbookFromBuffer(bytes, 'stray.xlsx');
    const calls = getRow.mock.calls.length;
    getRow.mockRestore();
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [sheet] = result.grid.sheets;
    expect([sheet.rowCount, sheet.colCount]).toEqual([1_048_576, 16_384]);
    expect(sheet.rows[1_048_575]?.[16_383]).toEqual({ value: '.' });
    expect(sheet.rows[20]?.[8]).toEqual({ value: 2.63 });
    // Rows ExcelJS creates while loading the 37 real rows (and a few per merge); never one per empty row.
    expect(calls).toBeLessThan(2_000);
  }, 60_000);
});
