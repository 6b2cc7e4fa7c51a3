// PERF formulas written and compared by the Excel host in an Excel that shows the functions in
// English and in one that shows them in Chinese (Office.context.displayLanguage zh-CN, where Excel
// loads functions-zh-CN.json): written through formulasLocal with the Chinese names there (the
// English name through range.formulas would be #NAME?), compared whatever name Excel gives back,
// undone exactly. Also: the capability that turns 插入公式 off where custom functions do not run.
import type { CellChange, Message } from '../../../src/core/findings/types';
import { capabilitiesOf, detectFeatures } from '../../../src/hosts/excel/capabilities';
import { holds, normalizeFormula } from '../../../src/hosts/excel/cell-io';
import { createExcelHost } from '../../../src/hosts/excel';
import { FakeExcel } from '../../support/fake-excel';
import { seed, workbookGrid } from './tables';

const LABEL: Message = { zh: '插入公式', en: 'Insert formulas' };
const FORMULA = '=PERF.SCORE(E7,F7,H7,G7)';
const CHINESE = '=PERF.指标得分(E7,F7,H7,G7)';
const INSERT: CellChange = { sheet: 'Sheet1', address: 'I7', before: { value: 9.97 }, after: { value: 9.97, formula: FORMULA } };

function excel(displayLanguage: string): FakeExcel {
  const fake = new FakeExcel(workbookGrid(seed));
  fake.displayLanguage = displayLanguage;
  fake.evaluate = (_sheet, _address, formula) => (formula.startsWith('=PERF.SCORE(') ? 9.97 : null);
  return fake;
}

/** What Excel shows in a cell: its value, formula (range.formulas) and formulasLocal. */
async function shown(fake: FakeExcel, address: string) {
  return fake.run(async (context) => {
    const range = context.workbook.worksheets.getItem('Sheet1').getRange(address);
    range.load('values,formulas,formulasLocal');
    await context.sync();
    return { value: range.values[0][0], formula: range.formulas[0][0], local: range.formulasLocal[0][0] };
  });
}

describe('the fake Excel in each display language', () => {
  it('gives #NAME? for the English name written through range.formulas where Excel shows Chinese names (the documented trap)', async () => {
    const fake = excel('zh-CN');
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('I7').formulas = [[FORMULA]];
      await context.sync();
    });
    expect((await shown(fake, 'I7')).value).toBe('#NAME?');
  });

  it('takes the Chinese name through formulasLocal there, and the English one in an English Excel', async () => {
    const zh = excel('zh-CN');
    await zh.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('I7').formulasLocal = [[CHINESE]];
      await context.sync();
    });
    expect(await shown(zh, 'I7')).toEqual({ value: 9.97, formula: FORMULA, local: CHINESE });
    const en = excel('en-US');
    await en.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('I7').formulasLocal = [[CHINESE]];
      await context.sync();
    });
    expect((await shown(en, 'I7')).value).toBe('#NAME?');
  });
});

describe.each([
  ['English', 'en-US', FORMULA],
  ['Chinese', 'zh-CN', CHINESE],
])('an Excel showing the functions in %s', (_, language, displayed) => {
  it('gets a PERF formula that computes, shown with the names it displays, in the same two round trips', async () => {
    const fake = excel(language);
    const host = createExcelHost(fake.deps);
    const syncs = await fake.countSyncs(async () => {
      expect(await host.applyChanges([INSERT], LABEL)).toMatchObject({ ok: true, written: 1 });
    });
    expect(syncs).toBe(2);
    expect(await shown(fake, 'I7')).toEqual({ value: 9.97, formula: FORMULA, local: displayed });
  });

  it('reads the formula back by its id, sees it as already there, and undoes it exactly', async () => {
    const fake = excel(language);
    const host = createExcelHost(fake.deps);
    await host.applyChanges([INSERT], LABEL);
    const grid = await host.readWorkbook();
    const cell = grid.sheets[0].rows[6]?.[8];
    expect(cell?.formula).toBe(FORMULA);
    // The same formula again: the cell holds it, so nothing is written twice and nothing is refused.
    const again: CellChange = { ...INSERT, before: { value: 9.97, formula: FORMULA } };
    expect(await host.applyChanges([again], LABEL)).toMatchObject({ ok: true });
    expect(await host.undoLast()).toMatchObject({ ok: true });
    expect(await host.undoLast()).toMatchObject({ ok: true });
    expect(await shown(fake, 'I7')).toEqual({ value: 9.97, formula: 9.97, local: 9.97 });
  });

  it('puts a PERF formula back through undo with the displayed names', async () => {
    const fake = excel(language);
    fake.workbook.setCell('Sheet1', 'I7', { value: 9.97, formula: FORMULA });
    const host = createExcelHost(fake.deps);
    const toValue: CellChange = { sheet: 'Sheet1', address: 'I7', before: { value: 9.97, formula: FORMULA }, after: { value: 9.97 } };
    expect(await host.applyChanges([toValue], LABEL)).toMatchObject({ ok: true });
    expect(fake.workbook.cell('Sheet1', 'I7').formula).toBeUndefined();
    expect(await host.undoLast()).toMatchObject({ ok: true });
    expect(await shown(fake, 'I7')).toEqual({ value: 9.97, formula: FORMULA, local: displayed });
  });
});

describe('comparing formulas', () => {
  it('treats the Chinese and the English name of a PERF function as one', () => {
    expect(normalizeFormula(CHINESE)).toBe(normalizeFormula(FORMULA));
    expect(normalizeFormula('=perf.score(e7, f7,h7,g7)')).toBe(normalizeFormula(CHINESE));
    expect(holds(9.97, CHINESE, { value: 9.97, formula: FORMULA })).toBe(true);
    expect(holds(9.97, FORMULA, { value: 9.97, formula: CHINESE })).toBe(true);
    expect(holds(9.97, '=PERF.完成率(E7,F7,H7)', { value: 9.97, formula: FORMULA })).toBe(false);
  });
});

describe('custom functions as a capability', () => {
  const features = (customFunctionsVersion: string | undefined) => {
    const fake = new FakeExcel();
    fake.customFunctionsVersion = customFunctionsVersion;
    return detectFeatures(fake.isSetSupported);
  };

  it('is on with CustomFunctionsRuntime 1.2 or later', () => {
    for (const version of ['1.2', '1.3', '1.5']) {
      expect(features(version).customFunctions).toBe(true);
      expect(capabilitiesOf(features(version))).toMatchObject({ customFunctions: true, notes: [] });
    }
  });

  it('is off, with a note saying what is needed and what still works, below 1.2 or without custom functions', () => {
    for (const version of ['1.1', undefined]) {
      const capabilities = capabilitiesOf(features(version));
      expect(capabilities.customFunctions).toBe(false);
      expect(capabilities.notes).toEqual([
        expect.objectContaining({ zh: expect.stringMatching(/CustomFunctionsRuntime 1\.2.*“插入公式”不可用，校验和修正照常/), en: expect.stringMatching(/CustomFunctionsRuntime 1\.2.*Insert formulas is off/) }),
      ]);
    }
  });

  it('is reported by the host', () => {
    const fake = new FakeExcel();
    fake.customFunctionsVersion = '1.1';
    expect(createExcelHost(fake.deps).capabilities.customFunctions).toBe(false);
    expect(createExcelHost(new FakeExcel().deps).capabilities.customFunctions).toBe(true);
  });
});
