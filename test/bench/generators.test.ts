// The benchmark's inputs: synthetic workbooks reproducible from a seed, laid out as the real forms
// (every table recognised in full, weights and totals adding up), the same through .xlsx, and the
// baselines computing what PERF computes. No timing here: figures belong to `npm run bench`.
import { FakeCustomFunctionsError } from '../functions/fake-custom-functions';
import { score } from '../../src/functions/functions';
import { checkWorkbook } from '../../src/core/check/workbook';
import { NATIONAL_PROFILE } from '../../src/core/profile/national';
import { tryReadWorkbookFromBuffer } from '../../src/hosts/file';
import { floatScore } from '../../bench/baselines/float-score';
import { evaluate, nativeFormula, perfFormula, registerPerfScore, sheetWith } from '../../bench/baselines/hyperformula';
import { numericScoreInputs, scoreInputs } from '../../bench/generate/score-inputs';
import { generateWorkbook, indicatorCount, planToGrid } from '../../bench/generate/workbooks';
import { planToXlsx } from '../../bench/generate/xlsx';
import { disagreements } from '../../bench/cases/score-native';
import { withEdit } from '../../bench/cases/recheck';

const spec = { seed: 42, sheets: 3, indicators: 40 } as const;

describe('synthetic workbooks', () => {
  it('are the same for the same seed and differ for another', () => {
    expect(generateWorkbook(spec)).toEqual(generateWorkbook(spec));
    expect(generateWorkbook({ ...spec, seed: 43 })).not.toEqual(generateWorkbook(spec));
  });

  it('write families A, C and D in turn, each with the indicator rows asked for', () => {
    const plan = generateWorkbook(spec);
    expect(plan.sheets.map((s) => [s.name, s.family, s.indicators])).toEqual([
      ['表1', 'A', 40],
      ['表2', 'C', 40],
      ['表3', 'D', 40],
    ]);
    expect(indicatorCount(plan)).toBe(120);
  });

  it('are recognised in full, with weights of 100 and stated totals equal to the sum of the scores', () => {
    const plan = generateWorkbook({ seed: 7, sheets: 6, indicators: [20, 120] });
    const report = checkWorkbook(planToGrid(plan), { profile: NATIONAL_PROFILE });
    expect(report.tables.map((t) => [t.sheet, t.family, t.indicators])).toEqual(plan.sheets.map((s) => [s.name, s.family, s.indicators]));
    for (const table of report.tables) expect(Number(table.weightSum)).toBe(100);
    const rules = new Set(report.findings.map((f) => f.rule));
    expect(rules.has('PERF030')).toBe(false);
    expect(rules.has('PERF031')).toBe(false);
    expect(rules.has('PERF001')).toBe(false);
  });

  it('carry a few of the real tables\' mistakes, not many', () => {
    const plan = generateWorkbook({ seed: 11, sheets: 4, indicators: 250 });
    const report = checkWorkbook(planToGrid(plan), { profile: NATIONAL_PROFILE });
    const errors = report.findings.filter((f) => f.severity === 'error').length;
    expect(errors).toBeGreaterThan(0);
    expect(errors).toBeLessThan(indicatorCount(plan) * 0.05);
  });

  it('read back from .xlsx as the same tables', async () => {
    const plan = generateWorkbook({ seed: 5, sheets: 3, indicators: 25 });
    const read = await tryReadWorkbookFromBuffer(await planToXlsx(plan), 'synthetic.xlsx');
    if (!read.ok) throw new Error(read.problem.message.en);
    const fromFile = checkWorkbook(read.grid, { profile: NATIONAL_PROFILE });
    const inMemory = checkWorkbook(planToGrid(plan), { profile: NATIONAL_PROFILE });
    expect(fromFile.tables.map((t) => [t.sheet, t.indicators, t.weightSum, t.scoreSum])).toEqual(
      inMemory.tables.map((t) => [t.sheet, t.indicators, t.weightSum, t.scoreSum]),
    );
  });
});

describe('the baselines compute what PERF computes', () => {
  it('float-score gives PERF.SCORE\'s result on every mixed row (within float error)', () => {
    const rows = scoreInputs(5000, 3);
    const kinds = new Set(rows.map((r) => `${r[0]}|${typeof r[1]}|${typeof r[2]}|${typeof r[3]}`));
    expect(kinds.size).toBeGreaterThanOrEqual(8);
    for (const row of rows) {
      const exact = score(...row);
      if (exact instanceof FakeCustomFunctionsError) throw new Error(`PERF.SCORE refused ${JSON.stringify(row)}: ${exact.message}`);
      expect(Math.abs((exact as number) - floatScore(...row))).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(exact as number)));
    }
  });

  it('the native =IF(…,ROUND(…)) formula and =PERF.SCORE agree in HyperFormula at two decimals', () => {
    registerPerfScore(score as (...args: unknown[]) => unknown);
    const rows = numericScoreInputs(300, 9);
    const perf = evaluate(sheetWith(rows, perfFormula));
    const native = evaluate(sheetWith(rows, nativeFormula));
    expect(perf.every((v) => typeof v === 'number')).toBe(true);
    expect(disagreements(perf, native)).toBe(0);
    expect(disagreements([1], [1.01])).toBe(1);
  });

  it('an edit for the re-check changes one cell and shares the other rows', () => {
    const sheet = planToGrid(generateWorkbook({ seed: 2, sheets: 1, indicators: 10, families: ['C'] })).sheets[0];
    const edited = withEdit(sheet, 8, 8, 12.5);
    expect(edited.rows[7]?.[7]?.value).toBe(12.5);
    expect(sheet.rows[7]?.[7]?.value).not.toBe(12.5);
    expect(edited.rows[6]).toBe(sheet.rows[6]);
    expect(edited.rows[7]?.[1]).toBe(sheet.rows[7]?.[1]);
  });
});
