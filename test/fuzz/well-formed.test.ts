// The fuzz test's judge must be able to fail: the seed's real report passes it, and each kind of
// malformed finding is caught.
import { checkWorkbook } from '../../src/core/check';
import { NATIONAL_PROFILE } from '../../src/core/profile';
import type { Finding } from '../../src/core/findings/types';
import type { WorkbookReport } from '../../src/core/report/types';
import { seed, workbookGrid } from '../hosts/excel/tables';
import { reportProblems } from './well-formed';

const grid = workbookGrid(seed);
const report = checkWorkbook(grid, { profile: NATIONAL_PROFILE });
const fixed = report.findings.find((f) => f.fix) as Finding;

function withFinding(change: (f: Finding) => Finding): WorkbookReport {
  return { ...report, findings: report.findings.map((f) => (f === fixed ? change(f) : f)) };
}

describe('the judge of well-formed reports', () => {
  it('passes the seed (30 indicators, PERF021 with its fix, PERF030 99.93)', () => {
    expect(report.tables).toHaveLength(1);
    expect(fixed).toMatchObject({ rule: 'PERF021', cells: ['I21'] });
    expect(reportProblems(report, grid, 1)).toEqual([]);
  });

  it.each<[string, (f: Finding) => Finding, RegExp]>([
    ['an unknown rule', (f) => ({ ...f, rule: 'PERF999' as Finding['rule'] }), /not in the catalogue/],
    ['a severity the catalogue does not give', (f) => ({ ...f, severity: 'info' }), /catalogue says error/],
    ['a cell below the sheet', (f) => ({ ...f, cells: ['I9999'] }), /outside the sheet/],
    ['a sheet-qualified cell', (f) => ({ ...f, cells: ['Sheet1!I21'] }), /not an A1 address/],
    ['an absolute address', (f) => ({ ...f, cells: ['$I$21'] }), /not an A1 address/],
    ['a range running off the sheet', (f) => ({ ...f, cells: ['I21:I99999'] }), /outside the sheet/],
    ['a sheet that does not exist', (f) => ({ ...f, sheet: 'Sheet9' }), /sheet not in the workbook/],
    ['an empty English message', (f) => ({ ...f, message: { zh: f.message.zh, en: '' } }), /message\.en is empty/],
    ['a message showing undefined', (f) => ({ ...f, message: { zh: `${f.message.zh}undefined`, en: f.message.en } }), /program value/],
    ['a figure that is not a decimal', (f) => ({ ...f, expected: 'NaN' }), /expected "NaN" is not a decimal/],
    ['a fix whose before-value is not in the cell', (f) => ({ ...f, fix: { ...f.fix!, changes: [{ ...f.fix!.changes[0], before: { value: 2.7 } }] } }), /before 2\.7 but I21 holds 2\.63/],
    ['a fix that writes NaN', (f) => ({ ...f, fix: { ...f.fix!, changes: [{ ...f.fix!.changes[0], after: { value: Number.NaN } }] } }), /writes NaN/],
    ['a fix writing one cell twice', (f) => ({ ...f, fix: { ...f.fix!, changes: [f.fix!.changes[0], f.fix!.changes[0]] } }), /twice/],
  ])('catches %s', (_label, change, problem) => {
    expect(reportProblems(withFinding(change), grid, 1).join('\n')).toMatch(problem);
  });

  it('catches wrong counts, a missing summary and a note of a failed rule', () => {
    expect(reportProblems({ ...report, counts: { ...report.counts, error: 0 } }, grid, 1).join('\n')).toMatch(/counts/);
    expect(reportProblems({ ...report, tables: [] }, grid, 1).join('\n')).toMatch(/0 summaries for 1 tables/);
    expect(reportProblems({ ...report, notes: [{ zh: '规则失败', en: 'Rule PERF021 could not check' }] }, grid, 1).join('\n')).toMatch(/PERF021 could not check/);
  });
});
