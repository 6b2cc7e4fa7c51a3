import { certainFixes } from '../../../src/core/actions/fixes';
import { highlightMarks, MAX_CELLS_PER_RANGE } from '../../../src/core/actions/highlights';
import { markFor, markMatches, withMark, withoutMark } from '../../../src/core/actions/reviewed';
import type { Finding } from '../../../src/core/findings/types';
import { NATIONAL_PROFILE } from '../../../src/core/profile';
import { checkSeedLike } from '../../taskpane/support/seed-check';
import { seedGrid } from '../../taskpane/support/workbooks';

const seedFindings = () => checkSeedLike(seedGrid(), { profile: NATIONAL_PROFILE }).findings;
const byRule = (findings: readonly Finding[], rule: string) => findings.filter((f) => f.rule === rule);

describe('certain fixes as one batch', () => {
  it('collects the seed fix (预算完成率 2.63 → 2.62) and nothing from findings without a fix', () => {
    const batch = certainFixes(seedFindings());
    expect(batch.changes).toEqual([{ sheet: 'Sheet1', address: 'I21', before: { value: 2.63 }, after: { value: 2.62 } }]);
    expect(batch.findings.map((f) => f.rule)).toEqual(['PERF021']);
    expect(batch.conflicts).toEqual([]);
  });

  it('writes a cell once when two fixes agree, and leaves both out when they disagree', () => {
    const [fix021] = byRule(seedFindings(), 'PERF021');
    const agreeing: Finding = { ...fix021, rule: 'PERF020' };
    expect(certainFixes([fix021, agreeing]).changes).toHaveLength(1);
    const other: Finding = {
      ...fix021,
      rule: 'PERF022',
      fix: { description: fix021.fix!.description, changes: [{ ...fix021.fix!.changes[0], after: { value: 0 } }] },
    };
    const batch = certainFixes([fix021, other]);
    expect(batch.changes).toEqual([]);
    expect(batch.conflicts.map((f) => f.rule)).toEqual(['PERF021', 'PERF022']);
  });
});

describe('highlight marks', () => {
  it('gives each flagged cell the most severe colour of the findings naming it', () => {
    const findings = seedFindings();
    const info: Finding = { ...byRule(findings, 'PERF021')[0], rule: 'PERF051', severity: 'info', cells: ['I21', 'H27'] };
    const marks = highlightMarks([info, ...findings]);
    expect(marks.find((m) => m.address === 'I21')?.severity).toBe('error');
    expect(marks.find((m) => m.address === 'H27')?.severity).toBe('info');
    expect(new Set(marks.map((m) => `${m.sheet}!${m.address}`)).size).toBe(marks.length);
  });

  it('expands a range and caps a huge one', () => {
    const base = seedFindings()[0];
    expect(highlightMarks([{ ...base, cells: ['G7:G9'] }]).map((m) => m.address)).toEqual(['G7', 'G8', 'G9']);
    expect(highlightMarks([{ ...base, cells: ['A1:A1048576'] }])).toHaveLength(MAX_CELLS_PER_RANGE);
    expect(highlightMarks([{ ...base, cells: ['not a cell'] }])).toEqual([]);
  });
});

describe('reviewed marks', () => {
  it('match a finding by rule, sheet and first cell; a new decision replaces the old one', () => {
    const [f] = byRule(seedFindings(), 'PERF021');
    const mark = markFor(f, '  经财政局确认按 2.63 计  ', '2023-03-01T00:00:00.000Z');
    expect(mark).toEqual({ rule: 'PERF021', sheet: 'Sheet1', cell: 'I21', reason: '经财政局确认按 2.63 计', at: '2023-03-01T00:00:00.000Z' });
    expect(markMatches(mark, f)).toBe(true);
    expect(markMatches({ ...mark, cell: 'i21' }, f)).toBe(true);
    expect(markMatches({ ...mark, rule: 'PERF020' }, f)).toBe(false);
    const marks = withMark([mark], { ...mark, reason: '另一理由' });
    expect(marks).toHaveLength(1);
    expect(marks[0].reason).toBe('另一理由');
    expect(withoutMark(marks, mark)).toEqual([]);
  });
});
