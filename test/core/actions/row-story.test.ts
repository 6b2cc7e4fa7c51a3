// One row, one story: the seed's row 21 (预算完成率) has four findings that pull different ways; they
// read together in the order to work through them, and its score fix is no longer "certain".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { certainFixes } from '../../../src/core/actions/fixes';
import { questionedBy, rowOf, rowStories } from '../../../src/core/actions/row-story';
import { checkWorkbook } from '../../../src/core/check';
import type { Finding } from '../../../src/core/findings/types';
import { NATIONAL_PROFILE } from '../../../src/core/profile';
import { readWorkbookFromBuffer } from '../../../src/hosts/file';

const seedReport = async () => {
  const buffer = readFileSync(join(__dirname, '..', '..', 'fixtures', 'seed-xiyong-2022.xlsx'));
  return checkWorkbook(await readWorkbookFromBuffer(buffer, 'seed.xlsx'), { profile: NATIONAL_PROFILE });
};

const base: Finding = {
  rule: 'PERF021', severity: 'error', sheet: 'S', cells: ['I9'], row: 9,
  message: { zh: '', en: '' }, why: { zh: '', en: '' }, how: { zh: '', en: '' },
  fix: { description: { zh: '得分改为 3', en: 'Set the score to 3' }, changes: [{ sheet: 'S', address: 'I9', before: { value: 4 }, after: { value: 3 } }] },
};

describe('rows with several findings', () => {
  it('the seed row 21: double count first, then the weight, then the score, then the explanation', async () => {
    const report = await seedReport();
    const story = rowStories(report.findings).find((s) => s.row === 21);
    expect(story).toBeDefined();
    expect(story!.findings.map((f) => `${f.rule} ${f.cells[0]}`)).toEqual(['PERF052 B21', 'PERF030 G21', 'PERF021 I21', 'PERF040 J21']);
  });

  it('a table-wide range is about no row; a one-cell finding without a row is about its cell row', () => {
    expect(rowOf({ ...base, row: undefined, cells: ['H8:H36'] })).toBeUndefined();
    expect(rowOf({ ...base, row: undefined, cells: ['G21'] })).toBe(21);
    expect(rowOf({ ...base, row: undefined, cells: [] })).toBeUndefined();
  });

  it('lists only rows with two findings or more, in sheet then row order', () => {
    const a = { ...base, sheet: 'B', row: 3, cells: ['I3'] };
    const b = { ...base, sheet: 'B', row: 3, cells: ['J3'], rule: 'PERF040' as const };
    const c = { ...base, sheet: 'A', row: 9, cells: ['G9'], rule: 'PERF030' as const };
    const d = { ...base, sheet: 'A', row: 9 };
    const lone = { ...base, sheet: 'A', row: 10, cells: ['I10'] };
    expect(rowStories([a, b, c, d, lone]).map((s) => `${s.sheet}${s.row}`)).toEqual(['B3', 'A9']);
  });
});

describe('certain fixes: none that another finding on the row questions', () => {
  it('the seed: the score fix of row 21 is not certain (its weight and the row itself are questioned)', async () => {
    const report = await seedReport();
    const batch = certainFixes(report.findings);
    const fix021 = report.findings.find((f) => f.rule === 'PERF021' && f.row === 21)!;
    expect(batch.findings).not.toContain(fix021);
    expect(batch.changes.some((c) => c.address === 'I21')).toBe(false);
    const left = batch.questioned.find((q) => q.finding === fix021);
    expect(left?.by.map((f) => f.rule).sort()).toEqual(['PERF030', 'PERF052']);
  });

  it('an explanation or unit finding on the row does not question a score fix; a weight finding does', () => {
    const explanation: Finding = { ...base, rule: 'PERF040', cells: ['J9'], fix: undefined };
    const unit: Finding = { ...base, rule: 'PERF004', cells: ['D9'], fix: undefined };
    expect(questionedBy(base, [base, explanation, unit])).toEqual([]);
    expect(certainFixes([base, explanation, unit]).changes).toHaveLength(1);
    const weight: Finding = { ...base, rule: 'PERF030', row: undefined, cells: ['G9'], fix: undefined };
    expect(questionedBy(base, [base, weight])).toEqual([weight]);
    expect(certainFixes([base, weight]).changes).toEqual([]);
  });

  it('a finding on another row, or a range over the table, does not question the fix', () => {
    const otherRow: Finding = { ...base, rule: 'PERF030', row: undefined, cells: ['G10'], fix: undefined };
    const range: Finding = { ...base, rule: 'PERF050', row: undefined, cells: ['H8:H36'], fix: undefined };
    expect(certainFixes([base, otherRow, range]).findings).toEqual([base]);
  });

  it('a fix that rewrites a value itself (number stored as text) is not questioned by its row', () => {
    const asText: Finding = {
      ...base, rule: 'PERF071', cells: ['H9'],
      fix: { description: { zh: '', en: '' }, changes: [{ sheet: 'S', address: 'H9', before: { value: '95' }, after: { value: 95 } }] },
    };
    const range: Finding = { ...base, rule: 'PERF012', cells: ['H9'], fix: undefined };
    const batch = certainFixes([asText, range]);
    expect(batch.findings).toEqual([asText]);
  });

  it('says which finding each change of the batch fixes', () => {
    const other: Finding = { ...base, cells: ['I10'], row: 10, fix: { description: base.fix!.description, changes: [{ ...base.fix!.changes[0], address: 'I10' }] } };
    const batch = certainFixes([base, other]);
    expect(batch.because).toEqual([base, other]);
  });
});
