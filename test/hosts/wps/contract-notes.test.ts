// The WPS host notes what the Excel host notes: for every fixture, highlighting with notes adds the
// same notes (批注) to the same cells in both fakes, keeps the same user note, says the same thing,
// and clearing leaves both workbooks with the user's notes only. Both fakes hold the same model.
import { checkWorkbook } from '../../../src/core/check';
import { highlightMarks } from '../../../src/core/actions/highlights';
import { NATIONAL_PROFILE } from '../../../src/core/profile/national';
import { createExcelHost } from '../../../src/hosts/excel/host';
import type { EtApplication } from '../../../src/hosts/wps/et';
import { createWpsHost } from '../../../src/hosts/wps/host';
import { sources } from '../../fixtures/sources';
import { FakeExcel } from '../../support/fake-excel';
import { FakeEt } from '../../support/fake-et';
import { workbookGrid } from '../excel/tables';

const fixtures = sources.map((source) => [source.file, workbookGrid(source)] as const);

describe.each(fixtures)('contract, %s: notes with highlights', (_file, grid) => {
  it('adds, keeps and clears the same notes in Excel and in WPS', async () => {
    const excelFake = new FakeExcel(grid);
    excelFake.apiVersion = '1.18';
    const etFake = new FakeEt(grid);
    const excel = createExcelHost(excelFake.deps);
    const wps = createWpsHost(etFake.application as EtApplication, { now: () => new Date('2024-03-01T08:00:00Z'), newId: () => 'entry-1' });
    expect(excel.capabilities.cellNotes).toBe(true);
    expect(wps.capabilities.cellNotes).toBe(true);

    const report = checkWorkbook(await wps.readWorkbook(), { profile: NATIONAL_PROFILE });
    const findings = report.findings.filter((f) => !grid.sheets.find((s) => s.name === f.sheet)?.protected);
    const marks = highlightMarks(findings, { notes: 'zh' }).slice(0, 200);
    if (marks.length === 0) return;
    // The user's own note on the first flagged cell, in both workbooks.
    const mine = marks[0];
    excelFake.workbook.setNote(mine.sheet, mine.address, '我的批注');
    etFake.workbook.setNote(mine.sheet, mine.address, '我的批注');
    const original = etFake.workbook.allNotes();

    const a = await excel.highlight(marks);
    const b = await wps.highlight(marks);
    expect(a).toMatchObject({ ok: true, notes: marks.length - 1 });
    expect(b).toEqual(a);
    expect(etFake.workbook.allNotes()).toEqual(excelFake.workbook.allNotes());
    expect(etFake.workbook.allNotes()[`${mine.sheet}!${mine.address}`]).toBe('我的批注');
    for (const m of marks.slice(1)) expect(etFake.workbook.note(m.sheet, m.address)).toBe(m.note);

    const c = await excel.clearHighlights();
    const d = await wps.clearHighlights();
    expect(c).toMatchObject({ ok: true, notes: marks.length - 1 });
    expect(d).toEqual(c);
    expect(excelFake.workbook.allNotes()).toEqual(original);
    expect(etFake.workbook.allNotes()).toEqual(original);
  });
});
