// The WPS host and the Excel host read every fixture into the same grid, so the core finds the same
// findings in WPS as in Excel. Both fakes are built from the same fixture sources. Each fixture is
// read twice: with Range.Value(11) answered (formats and merges from the XML Spreadsheet text) and
// with it throwing (formats and merges found by splitting).
import { checkWorkbook } from '../../../src/core/check';
import { NATIONAL_PROFILE } from '../../../src/core/profile/national';
import { createExcelHost } from '../../../src/hosts/excel/host';
import type { EtApplication } from '../../../src/hosts/wps/et';
import { readWorkbook, type WpsState } from '../../../src/hosts/wps/read';
import { sources } from '../../fixtures/sources';
import { FakeExcel } from '../../support/fake-excel';
import { FakeEt } from '../../support/fake-et';
import { workbookGrid } from '../excel/tables';

const fixtures = sources.flatMap((source) => {
  const grid = workbookGrid(source);
  return [[source.file, 'Value(11)', true, grid] as const, [source.file, 'splitting', false, grid] as const];
});

describe.each(fixtures)('contract, %s, formats and merges by %s: Excel fake and WPS fake', (_file, _path, valueXml, grid) => {
  it('give the same grid and the same findings', async () => {
    const excel = await createExcelHost(new FakeExcel(grid).deps).readWorkbook();
    const fake = new FakeEt(grid);
    fake.valueXml = valueXml;
    const state: WpsState = { snapshots: new Map() };
    const wps = await readWorkbook(fake.application as EtApplication, state);
    // The fast path stayed on for every sheet when ET answers Value(11), and was dropped otherwise.
    expect(state.xmlOff === true).toBe(!valueXml);
    expect(wps).toEqual(excel);
    const a = checkWorkbook(excel, { profile: NATIONAL_PROFILE });
    const b = checkWorkbook(wps, { profile: NATIONAL_PROFILE });
    expect(b.findings).toEqual(a.findings);
    expect(b.tables.length).toBe(a.tables.length);
  });
});
