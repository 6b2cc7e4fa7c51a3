// The WPS host and the Excel host read every fixture into the same grid, so the core finds the same
// findings in WPS as in Excel. Both fakes are built from the same fixture sources.
import { checkWorkbook } from '../../../src/core/check';
import { NATIONAL_PROFILE } from '../../../src/core/profile/national';
import { createExcelHost } from '../../../src/hosts/excel/host';
import type { EtApplication } from '../../../src/hosts/wps/et';
import { readWorkbook } from '../../../src/hosts/wps/read';
import { sources } from '../../fixtures/sources';
import { FakeExcel } from '../../support/fake-excel';
import { FakeEt } from '../../support/fake-et';
import { workbookGrid } from '../excel/tables';

const fixtures = sources.map((source) => [source.file, workbookGrid(source)] as const);

describe.each(fixtures)('contract, %s: Excel fake and WPS fake', (_file, grid) => {
  it('give the same grid and the same findings', async () => {
    const excel = await createExcelHost(new FakeExcel(grid).deps).readWorkbook();
    const fake = new FakeEt(grid);
    const wps = await readWorkbook(fake.application as EtApplication, { snapshots: new Map() });
    expect(wps).toEqual(excel);
    const a = checkWorkbook(excel, { profile: NATIONAL_PROFILE });
    const b = checkWorkbook(wps, { profile: NATIONAL_PROFILE });
    expect(b.findings).toEqual(a.findings);
    expect(b.tables.length).toBe(a.tables.length);
  });
});
