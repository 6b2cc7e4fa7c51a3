// The read asks Excel only for what the checker uses: no visible-cells query (hidden rows and
// columns are not read by any rule), which cost server time and could fail a chunk on its own.
import { createExcelHost } from '../../../../src/hosts/excel';
import { READ_LIMITS } from '../../../../src/hosts/excel/read';
import { FakeExcel } from '../../../support/fake-excel';
import { sheetFromRows, workbookOf } from '../../../support/grid';

describe('the read loads nothing unused', () => {
  it('never queues getSpecialCellsOrNullObject, in the head or in chunks', async () => {
    const rows = Array.from({ length: READ_LIMITS.headRows + 300 }, (_u, i) => [`指标${i + 1}`, 2.7]);
    const fake = new FakeExcel(workbookOf(sheetFromRows('长表', rows, { hiddenRows: [3, 600], hiddenCols: [2] })));
    const grid = await createExcelHost(fake.deps).readWorkbook();
    expect(grid.sheets[0].rowCount).toBe(READ_LIMITS.headRows + 300);
    expect(fake.apiCalls.get('getSpecialCellsOrNullObject') ?? 0).toBe(0);
  });
});
