// The check pipeline: sorting, reviewed marks, counts, notes instead of exceptions, re-checks.
import { applyReviewed, checkRecognition, checkSheet, checkTable, checkWorkbook, sortFindings, validate, validateTable } from '../../../src/core/check';
import type { Finding, ReviewedMark, Rule } from '../../../src/core/findings/types';
import type { WorkbookGrid } from '../../../src/core/grid/types';
import { NATIONAL_PROFILE } from '../../../src/core/profile';
import { PERF021 } from '../../../src/core/rules';
import seedSource from '../../fixtures/sources/seed-xiyong-2022';
import { workbookOfSource } from '../recognise/source-grid';
import { suixiTable, yongdeTable } from '../rules/support/cases';
import { seedTable } from '../rules/support/seed';

const options = { profile: NATIONAL_PROFILE };
const key = (f: Finding) => `${f.sheet}|${f.row ?? '-'}|${f.severity}|${f.rule}|${f.cells[0]}`;

describe('sortFindings', () => {
  it('orders by workbook sheet order, table-wide first, then row, severity, rule', () => {
    const findings = validate({ tables: [suixiTable(), seedTable()] }, NATIONAL_PROFILE);
    const sheets = [...new Set(findings.map((f) => f.sheet))];
    expect(sheets).toEqual(['临时救助', 'Sheet1']);
    const seedPart = findings.filter((f) => f.sheet === 'Sheet1').map(key);
    expect(seedPart.slice(0, 5)).toEqual([
      'Sheet1|-|error|PERF030|G21',
      'Sheet1|-|warning|PERF055|H5',
      'Sheet1|-|info|PERF050|H8:H36',
      'Sheet1|7|error|PERF040|J7',
      'Sheet1|7|warning|PERF004|D7',
    ]);
    const reversed = sortFindings([...findings].reverse(), ['Sheet1', '临时救助']);
    expect(reversed[0].sheet).toBe('Sheet1');
    expect(reversed.filter((f) => f.sheet === 'Sheet1').map(key)).toEqual(seedPart);
  });
});

it('keeps two tables of one sheet apart: the second table\'s table-wide findings after the first table\'s rows', () => {
  const findings = validate({ tables: [seedTable()] }, NATIONAL_PROFILE);
  const secondTableWide = { ...findings[0], table: 'A40:J75' }; // a PERF030 of a table starting at row 40
  const sorted = sortFindings([secondTableWide, ...findings], ['Sheet1']);
  expect(sorted[0].rule).toBe('PERF030');
  expect(sorted[0].table).toBe('A1:J36');
  expect(sorted[sorted.length - 1]).toBe(secondTableWide);
});

describe('reviewed marks', () => {
  const findings = validate({ tables: [seedTable()] }, NATIONAL_PROFILE);
  const mark: ReviewedMark = { rule: 'PERF051', sheet: 'Sheet1', cell: '$f$27', reason: '生产总产值确为 123.45 亿元', by: '张三' };

  it('move the finding they name (rule, sheet, first cell; $ and case ignored) into reviewed', () => {
    const { open, reviewed } = applyReviewed(findings, [mark]);
    expect(reviewed).toHaveLength(1);
    expect(reviewed[0].finding.rule).toBe('PERF051');
    expect(reviewed[0].mark.reason).toBe('生产总产值确为 123.45 亿元');
    expect(open).toHaveLength(findings.length - 1);
  });

  it('do not match another rule, sheet or cell, and malformed marks are ignored', () => {
    const others: ReviewedMark[] = [
      { ...mark, rule: 'PERF050' },
      { ...mark, sheet: 'Sheet2' },
      { ...mark, cell: 'H27' },
      null as unknown as ReviewedMark,
      { rule: 'PERF051' } as unknown as ReviewedMark,
    ];
    expect(applyReviewed(findings, others).reviewed).toEqual([]);
  });

  it('count only the open findings in the report', () => {
    const report = checkRecognition({ tables: [seedTable()] }, { ...options, reviewed: [mark, { rule: 'PERF021', sheet: 'Sheet1', cell: 'I21', reason: '已按 2.62 更正' }] });
    expect(report.counts).toEqual({ error: 3, warning: 8, info: 1 }); // PERF055 among the warnings
    expect(report.passed).toBe(false);
    expect(report.reviewed.map((r) => r.finding.rule)).toEqual(['PERF021', 'PERF051']);
  });
});

describe('a rule that fails', () => {
  const broken: Rule = { ...PERF021, check: () => { throw new Error('坏数据'); } };

  it('becomes a problem message, and the other rules still run', () => {
    const result = validateTable(seedTable(), NATIONAL_PROFILE, undefined, [broken, PERF021]);
    expect(result.problems).toEqual([{ zh: '规则 PERF021 无法检查 Sheet1!A1:J36：坏数据', en: 'Rule PERF021 could not check Sheet1!A1:J36: 坏数据' }]);
    expect(result.findings.map((f) => f.rule)).toEqual(['PERF021']);
  });
});

describe('checkWorkbook', () => {
  it('gives the seed\'s findings from its grid', () => {
    const report = checkWorkbook(workbookOfSource(seedSource), options);
    expect(report.tables).toHaveLength(1);
    expect(report.findings.map((f) => f.rule).sort()).toEqual(
      ['PERF004', 'PERF013', 'PERF013', 'PERF013', 'PERF013', 'PERF021', 'PERF030', 'PERF040', 'PERF040', 'PERF050', 'PERF051', 'PERF052', 'PERF053', 'PERF055'],
    );
    expect(report.notes).toBeUndefined();
  });

  it('never throws on bad input, and carries the host\'s read notes', () => {
    expect(checkWorkbook(null as unknown as WorkbookGrid, options)).toMatchObject({ tables: [], findings: [], passed: true });
    expect(checkWorkbook({ sheets: [null, { name: 'x' }] } as unknown as WorkbookGrid, options).findings).toEqual([]);
    const note = { zh: '工作表“附表”受保护，未读取', en: 'Sheet "附表" is protected and was not read' };
    expect(checkWorkbook({ sheets: [], notes: [note] }, options).notes).toEqual([note]);
  });

  it('re-checks one sheet or one table with the same result as the whole workbook', () => {
    const grid = workbookOfSource(seedSource);
    const whole = checkWorkbook(grid, options);
    expect(checkSheet(grid.sheets[0], options).findings).toEqual(whole.findings);
    expect(checkTable(yongdeTable(), options).findings.map((f) => f.rule)).toEqual(['PERF005', 'PERF033', 'PERF055', 'PERF065', 'PERF021', 'PERF040', 'PERF021', 'PERF040']);
  });
});
