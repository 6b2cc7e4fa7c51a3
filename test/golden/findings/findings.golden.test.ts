// Golden test: every fixture workbook, read through the file host, checked with its
// profile, and compared with test/golden/findings/<fixture>.json — the table summaries and every
// finding with its cells, row, figures, Chinese message and fix. REVIEW.md says why each is expected.
// UPDATE_GOLDEN=1 rewrites the files; every rewritten golden must be checked by hand against the form.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkWorkbook, toCliTable } from '../../../src/core/check';
import type { Finding } from '../../../src/core/findings/types';
import { profileById } from '../../../src/core/profile';
import type { WorkbookReport } from '../../../src/core/report/types';
import { readWorkbookFromPath } from '../../../src/hosts/file/node';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');
const GOLDEN = __dirname;
const update = process.env.UPDATE_GOLDEN === '1';
const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith('.xlsx')).sort();

/** Hubei forms are checked with the Hubei profile (20-point budget block); every other with the national one. */
const PROFILE_OF: Readonly<Record<string, 'national' | 'hubei'>> = { 'huanggang-2020.xlsx': 'hubei' };

function serialiseFinding(f: Finding) {
  return {
    rule: f.rule,
    severity: f.severity,
    sheet: f.sheet,
    cells: f.cells,
    ...(f.row !== undefined ? { row: f.row } : {}),
    ...(f.expected !== undefined ? { expected: f.expected } : {}),
    ...(f.found !== undefined ? { found: f.found } : {}),
    message: f.message.zh,
    ...(f.fix ? { fix: f.fix.changes.map((c) => ({ cell: c.address, before: c.before, after: c.after.value })) } : {}),
  };
}

function serialise(file: string, report: WorkbookReport) {
  return {
    fixture: file,
    profile: PROFILE_OF[file] ?? 'national',
    counts: report.counts,
    tables: report.tables.map(toCliTable),
    findings: report.findings.map(serialiseFinding),
  };
}

describe('the clean fixture', () => {
  it('gives no error and no warning', async () => {
    const grid = await readWorkbookFromPath(join(FIXTURES, 'clean-project-2023.xlsx'));
    const report = checkWorkbook(grid, { profile: profileById('national') });
    expect(report.tables).toHaveLength(1);
    expect([report.counts.error, report.counts.warning]).toEqual([0, 0]);
    expect(report.passed).toBe(true);
  });
});

describe('findings goldens', () => {
  it('has a golden file for every fixture and no stray golden', () => {
    const goldens = readdirSync(GOLDEN).filter((f) => f.endsWith('.json')).sort();
    expect(goldens).toEqual(fixtures.map((f) => f.replace(/\.xlsx$/, '.json')));
  });

  it.each(fixtures)('%s gives its golden findings', async (file) => {
    const grid = await readWorkbookFromPath(join(FIXTURES, file));
    const report = checkWorkbook(grid, { profile: profileById(PROFILE_OF[file] ?? 'national') });
    const actual = serialise(file, report);
    const goldenPath = join(GOLDEN, file.replace(/\.xlsx$/, '.json'));
    if (update || !existsSync(goldenPath)) {
      writeFileSync(goldenPath, `${JSON.stringify(actual, null, 2)}\n`);
      if (!update) throw new Error(`no golden for ${file}: wrote one, check it by hand against the form`);
    }
    expect(report.notes).toBeUndefined();
    expect(actual).toEqual(JSON.parse(readFileSync(goldenPath, 'utf8')));
  });
});
