// The WPS host writes what the Excel host writes: every fixture's fixes applied through both hosts
// leave the same workbook, and undo brings both back to the original; highlights colour the same
// cells and clearing them restores the original fills. Both fakes hold the same workbook model.
import { checkWorkbook } from '../../../src/core/check';
import type { CellChange } from '../../../src/core/findings/types';
import { NATIONAL_PROFILE } from '../../../src/core/profile/national';
import { createExcelHost } from '../../../src/hosts/excel/host';
import type { PerfHost } from '../../../src/hosts/types';
import type { EtApplication } from '../../../src/hosts/wps/et';
import { createWpsHost } from '../../../src/hosts/wps/host';
import { sources } from '../../fixtures/sources';
import { FakeExcel, type FakeWorkbook } from '../../support/fake-excel';
import { FakeEt } from '../../support/fake-et';
import { workbookGrid } from '../excel/tables';

/** Every cell's value, formula and fill, sheet by sheet: what "the same workbook" means here. */
function contents(workbook: FakeWorkbook): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const sheet of workbook.sheets) {
    const cells: Record<string, unknown> = {};
    for (const [k, cell] of sheet.cells) {
      if (cell.value === null && cell.formula === undefined && cell.fill.pattern === 'None') continue;
      cells[k] = { value: cell.value, formula: cell.formula, fill: cell.fill.pattern === 'None' ? null : cell.fill.color };
    }
    out[sheet.name] = cells;
  }
  return out;
}

const fixtures = sources.map((source) => [source.file, workbookGrid(source)] as const);
/** Every fixture with Range.Value(11) answered and with it throwing (the host's two read paths). */
const onBothPaths = fixtures.flatMap(([file, grid]) => [[file, 'Value(11)', true, grid] as const, [file, 'splitting', false, grid] as const]);
const label = { zh: '修正', en: 'Fix' };

async function fixesOf(host: PerfHost): Promise<CellChange[]> {
  const report = checkWorkbook(await host.readWorkbook(), { profile: NATIONAL_PROFILE });
  const seen = new Set<string>();
  const changes: CellChange[] = [];
  for (const f of report.findings) {
    for (const c of f.fix?.changes ?? []) {
      const key = `${c.sheet}!${c.address}`;
      if (seen.has(key)) continue;
      seen.add(key);
      changes.push(c);
    }
  }
  return changes;
}

describe('contract: inserted PERF formulas carry the score column’s number format', () => {
  it('gives the same formats in Excel and in WPS, and undo restores General in both', async () => {
    const seed = fixtures.find(([file]) => file.includes('seed'))![1];
    const excelFake = new FakeExcel(seed);
    const etFake = new FakeEt(seed);
    const excel = createExcelHost(excelFake.deps);
    const wps = createWpsHost(etFake.application as EtApplication, { now: () => new Date('2024-03-01T08:00:00Z'), newId: () => 'entry-1' });
    const changes: CellChange[] = [
      { sheet: 'Sheet1', address: 'I21', before: { value: 2.63, numberFormat: 'General' }, after: { value: 2.623162, formula: '=PERF.SCORE(E21,F21,H21,G21)', numberFormat: '0.00' } },
    ];
    expect(await excel.applyChanges(changes, label)).toMatchObject({ ok: true });
    expect(await wps.applyChanges(changes, label)).toMatchObject({ ok: true });
    expect(excelFake.workbook.cell('Sheet1', 'I21').numFmt).toBe('0.00');
    expect(etFake.workbook.cell('Sheet1', 'I21').numFmt).toBe('0.00');
    expect(await wps.undoLast()).toMatchObject({ ok: true });
    expect(await excel.undoLast()).toMatchObject({ ok: true });
    expect(etFake.workbook.cell('Sheet1', 'I21')).toMatchObject({ value: 2.63, formula: undefined, numFmt: 'General' });
    expect(excelFake.workbook.cell('Sheet1', 'I21')).toMatchObject({ value: 2.63, formula: undefined, numFmt: 'General' });
  });
});

describe.each(onBothPaths)('contract, %s, formats and merges by %s: fix → undo and highlights', (_file, _path, valueXml, grid) => {
  it('leaves the same workbook in Excel and in WPS after each step', async () => {
    const excelFake = new FakeExcel(grid);
    const etFake = new FakeEt(grid);
    etFake.valueXml = valueXml;
    const now = () => new Date('2024-03-01T08:00:00Z');
    const excel = createExcelHost(excelFake.deps);
    const wps = createWpsHost(etFake.application as EtApplication, { now, newId: () => 'entry-1' });
    const original = contents(etFake.workbook);
    expect(contents(excelFake.workbook)).toEqual(original);

    const changes = await fixesOf(excel);
    expect(await fixesOf(wps)).toEqual(changes);
    if (changes.length > 0) {
      const a = await excel.applyChanges(changes, label);
      const b = await wps.applyChanges(changes, label);
      expect(b).toMatchObject({ ok: a.ok, written: changes.length });
      expect(contents(etFake.workbook)).toEqual(contents(excelFake.workbook));
      expect(contents(etFake.workbook)).not.toEqual(original);
      expect((await wps.journal()).map((e) => e.changes)).toEqual((await excel.journal()).map((e) => e.changes));
      await excel.undoLast();
      expect(await wps.undoLast()).toMatchObject({ ok: true, written: changes.length });
      expect(contents(excelFake.workbook)).toEqual(original);
      expect(contents(etFake.workbook)).toEqual(original);
      expect(await wps.journal()).toEqual([]);
    }

    const report = checkWorkbook(await wps.readWorkbook(), { profile: NATIONAL_PROFILE });
    const marks = report.findings
      .filter((f) => f.cells.length > 0)
      .filter((f) => !grid.sheets.find((s) => s.name === f.sheet)?.protected)
      .map((f) => ({ sheet: f.sheet, address: f.cells[0], severity: f.severity }));
    if (marks.length > 0) {
      await excel.highlight(marks);
      expect(await wps.highlight(marks)).toMatchObject({ ok: true });
      expect(contents(etFake.workbook)).toEqual(contents(excelFake.workbook));
      await excel.clearHighlights();
      expect(await wps.clearHighlights()).toMatchObject({ ok: true });
      expect(contents(etFake.workbook)).toEqual(original);
      expect(contents(excelFake.workbook)).toEqual(original);
    }
    expect(etFake.screenUpdating).toBe(true);
    expect(etFake.enableEvents).toBe(true);
  });
});
