// The checker against the labelled corpus (test/fixtures/expect): every must found and no must-not
// reported, except the gaps test/accuracy/known-gaps.json lists — and that list may only shrink.
// Also the matcher itself on small hand-made inputs.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { EXPECT_DIR, FIXTURES_DIR, loadExpectations, scoreAll } from '../../scripts/accuracy/run';
import { sources } from '../fixtures/sources';
import {
  checkExpectationFile,
  entryRows,
  findingRows,
  formatTable,
  gapKey,
  gapsOf,
  label,
  matches,
  scoreTable,
  summarise,
  type ExpectationFile,
  type Gap,
  type ScoredFinding,
  type TableScore,
} from '../../scripts/accuracy/score';

const finding = (rule: string, row: number | undefined, ...cells: string[]): ScoredFinding =>
  row === undefined ? { rule, cells } : { rule, row, cells };

const file = (parts: Partial<ExpectationFile>): ExpectationFile => ({
  fixture: 'hand-made',
  case: 'hand-made case',
  must: [],
  must_not: [],
  may: [],
  ...parts,
});

describe('matching a finding to an expectation', () => {
  it('takes the rows of the finding and of every cell and range it names', () => {
    expect(findingRows(finding('PERF002', 18, 'C18', 'C15'))).toEqual([15, 18]);
    expect(findingRows(finding('PERF050', undefined, 'H8:H11'))).toEqual([8, 9, 10, 11]);
    expect(findingRows(finding('PERF030', undefined, 'F11'))).toEqual([11]);
    expect(findingRows(finding('PERF030', undefined))).toEqual([]);
    expect(findingRows(finding('PERF021', undefined, 'Sheet1!$G$21'))).toEqual([21]);
  });

  it('needs the same rule, and one of the entry rows among the finding rows', () => {
    expect(matches({ rule: 'PERF021', row: 21, note: 'n' }, finding('PERF021', 21, 'I21'))).toBe(true);
    expect(matches({ rule: 'PERF021', row: 21, note: 'n' }, finding('PERF040', 21, 'J21'))).toBe(false);
    expect(matches({ rule: 'PERF021', row: 21, note: 'n' }, finding('PERF021', 20, 'I20'))).toBe(false);
    expect(matches({ rule: 'PERF064', row: [6, 7], note: 'n' }, finding('PERF064', 7, 'E7'))).toBe(true);
  });

  it('matches a table-wide entry with a finding at any row or at none', () => {
    const entry = { rule: 'PERF030', note: 'n' };
    expect(matches(entry, finding('PERF030', undefined, 'G21'))).toBe(true);
    expect(matches(entry, finding('PERF030', 12, 'G12'))).toBe(true);
    expect(matches(entry, finding('PERF030', undefined))).toBe(true);
  });

  it('lets a finding that lists several cells meet a must at any of their rows', () => {
    const once = finding('PERF004', undefined, 'D13', 'D16', 'D21');
    const score = scoreTable(file({ must: [{ rule: 'PERF004', row: 16, note: 'n' }, { rule: 'PERF004', row: 21, note: 'n' }] }), [once]);
    expect(score.must.map((m) => m.found)).toEqual([true, true]);
  });

  it('lets "*" in may accept any rule at its rows', () => {
    expect(matches({ rule: '*', row: 36, note: 'cut' }, finding('PERF011', 36, 'E36'))).toBe(true);
    expect(matches({ rule: '*', row: 36, note: 'cut' }, finding('PERF011', 35, 'E35'))).toBe(false);
  });
});

describe('scoring one table', () => {
  const expectations = file({
    must: [
      { rule: 'PERF021', row: 21, note: 'stated 2.63, computed 2.62' },
      { rule: 'PERF040', row: 21, note: 'no reason' },
    ],
    must_not: [{ rule: 'PERF003', note: 'bare targets' }],
    may: [{ rule: 'PERF030', note: 'partial table' }],
  });

  it('counts a must no finding meets as missed', () => {
    const score = scoreTable(expectations, [finding('PERF021', 21, 'I21')]);
    expect(score.must).toEqual([
      { entry: expectations.must[0], found: true },
      { entry: expectations.must[1], found: false },
    ]);
    expect(gapsOf([score])).toEqual([{ fixture: 'hand-made', list: 'must', rule: 'PERF040', row: 21 }]);
  });

  it('counts a must_not any finding meets as reported, with the findings that met it, and not as unasked', () => {
    const hits = [finding('PERF003', 11, 'D11'), finding('PERF003', 14, 'D14')];
    const score = scoreTable(expectations, hits);
    expect(score.mustNotHits).toEqual([{ entry: expectations.must_not[0], by: hits }]);
    expect(score.unasked).toEqual([]);
    expect(gapsOf([score])).toContainEqual({ fixture: 'hand-made', list: 'must_not', rule: 'PERF003' });
  });

  it('counts a finding no entry asks for as unasked; a may entry asks for it', () => {
    const stray = finding('PERF051', 27, 'F27');
    const maybe = finding('PERF030', undefined, 'G6');
    const score = scoreTable(expectations, [stray, maybe, finding('PERF021', 21, 'I21'), finding('PERF040', 21, 'J21')]);
    expect(score.unasked).toEqual([stray]);
    expect(score.onlyMay).toEqual([maybe]);
    expect(score.findings).toBe(4);
    expect(formatTable(score)).toEqual([
      'hand-made: must 2/2, must-not reported 0, findings 4, unasked 1',
      '  asked only by may: PERF030@6',
      '  unasked: PERF051@27',
    ]);
  });

  it('lets a must_not overrule a may: the finding is a must-not hit', () => {
    const score = scoreTable(
      file({ must_not: [{ rule: 'PERF011', row: [15, 17], note: 'template rows' }], may: [{ rule: '*', row: 17, note: 'cut' }] }),
      [finding('PERF011', 17, 'E17')],
    );
    expect(score.mustNotHits).toHaveLength(1);
    expect(score.unasked).toEqual([]);
  });

  it('adds the tables up into the summary line', () => {
    const a = scoreTable(expectations, [finding('PERF021', 21, 'I21'), finding('PERF003', 11, 'D11'), finding('PERF051', 27)]);
    const b = scoreTable(file({ fixture: 'other', must: [{ rule: 'PERF055', row: 5, note: 'n' }] }), [finding('PERF055', 5, 'H5')]);
    expect(summarise([a, b])).toEqual({ tables: 2, must: 3, mustFound: 2, mustNotReported: 1, findings: 4, unasked: 1 });
    expect(label(finding('PERF030', undefined, 'F11'))).toBe('PERF030@11');
    expect(label(finding('PERF030', undefined))).toBe('PERF030@-');
  });
});

describe('expectation files are checked before they are used', () => {
  it('accepts a well-formed file', () => {
    expect(checkExpectationFile(file({ must: [{ rule: 'PERF021', row: 21, note: 'n' }] }), 'hand-made')).toEqual([]);
  });

  it('rejects unknown rules, "*" outside may, bad rows, empty notes and duplicates', () => {
    const errors = checkExpectationFile(
      file({
        must: [
          { rule: 'PERF21', row: 21, note: 'n' },
          { rule: '*', row: 3, note: 'n' },
          { rule: 'PERF021', row: 0, note: 'n' },
          { rule: 'PERF040', row: 21, note: ' ' },
          { rule: 'PERF030', note: 'n' },
          { rule: 'PERF030', note: 'again' },
        ],
      }),
      'hand-made',
    );
    expect(errors).toHaveLength(5);
  });

  it('rejects a must or may that a must_not always overrules', () => {
    expect(
      checkExpectationFile(
        file({ must: [{ rule: 'PERF021', row: 13, note: 'n' }], must_not: [{ rule: 'PERF021', note: 'integer table' }] }),
        'hand-made',
      ),
    ).toEqual(['hand-made: must PERF021@13 contradicts must_not PERF021@table']);
    expect(
      checkExpectationFile(
        file({ may: [{ rule: 'PERF004', row: [13, 35], note: 'n' }], must_not: [{ rule: 'PERF004', row: [11, 35], note: 'n' }] }),
        'hand-made',
      ),
    ).toHaveLength(1);
  });
});

/** The real tables of test/fixtures/README.md: the seed and the nine case files. */
const REAL_TABLES = [
  'huanggang-2020',
  'jishan-2021',
  'langfang-2019',
  'seed-xiyong-2022',
  'shangwuju-2020',
  'suixi-2019',
  'tangxi-2022-commissioned',
  'tangxi-2022-village',
  'tianchang-2022',
  'yongde-2022',
];

describe('the labelled corpus', () => {
  let scores: TableScore[];
  beforeAll(async () => {
    scores = await scoreAll();
  }, 120_000);

  it('labels every real table, each with its fixture workbook and a valid expectation file', () => {
    const labelled = readdirSync(EXPECT_DIR).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, '')).sort();
    expect(labelled).toEqual(REAL_TABLES);
    for (const name of labelled) expect({ name, exists: existsSync(join(FIXTURES_DIR, `${name}.xlsx`)) }).toEqual({ name, exists: true });
    const loaded = loadExpectations();
    expect(loaded.map((e) => e.fixture)).toEqual(REAL_TABLES);
    for (const e of loaded) expect({ fixture: e.fixture, musts: e.must.length > 0 }).toEqual({ fixture: e.fixture, musts: true });
  });

  it('points every entry at a row of its one-sheet fixture that holds something', () => {
    for (const expectation of loadExpectations()) {
      const source = sources.find((s) => s.file === expectation.fixture)!;
      expect(source.sheets).toHaveLength(1);
      const rows = source.sheets[0].rows!;
      for (const entry of [...expectation.must, ...expectation.must_not, ...expectation.may]) {
        for (const row of entryRows(entry) ?? []) {
          const filled = (rows[row - 1] ?? []).some((cell) => cell !== null && cell !== undefined && cell !== '');
          expect({ fixture: expectation.fixture, rule: entry.rule, row, filled }).toEqual({ fixture: expectation.fixture, rule: entry.rule, row, filled: true });
        }
      }
    }
  });

  it('checks each table as perf-audit does by default: the Hubei forms with the Hubei profile, the rest national', () => {
    const hubei = ['huanggang-2020', 'shangwuju-2020'];
    expect(scores.map((s) => [s.fixture, s.profile])).toEqual(REAL_TABLES.map((t) => [t, hubei.includes(t) ? 'hubei' : 'national']));
  });

  it('finds every must and reports no must-not, apart from the known gaps; every known gap still occurs', () => {
    const known = JSON.parse(readFileSync(join(__dirname, 'known-gaps.json'), 'utf8')) as { gaps: Gap[] };
    const knownKeys = new Set(known.gaps.map(gapKey));
    const currentKeys = new Set(gapsOf(scores).map(gapKey));
    const newGaps = [...currentKeys].filter((k) => !knownKeys.has(k));
    const closedGaps = [...knownKeys].filter((k) => !currentKeys.has(k));
    expect({ newGaps }).toEqual({ newGaps: [] });
    // A gap the checker no longer has must leave known-gaps.json, so the list can only shrink.
    expect({ closedGaps }).toEqual({ closedGaps: [] });
    expect(known.gaps).toHaveLength(knownKeys.size);
  });

  it('keeps the findings no label asks for at or below 10% of all findings', () => {
    const { findings, unasked } = summarise(scores);
    expect(findings).toBeGreaterThan(0);
    expect({ unasked, share: unasked / findings <= 0.1 }).toEqual({ unasked, share: true });
  });

  it('`npm run accuracy` prints a block per table and the summary as its last line', () => {
    const run = spawnSync(process.execPath, [join(__dirname, '..', '..', 'scripts', 'accuracy.js')], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    const last = lines[lines.length - 1];
    expect(last).toMatch(/^\{"tables":\d+,"must":\d+,"mustFound":\d+,"mustNotReported":\d+,"findings":\d+,"unasked":\d+\}$/);
    expect(JSON.parse(last)).toEqual(summarise(scores));
    for (const score of scores) expect(lines).toContain(formatTable(score)[0]);
  }, 120_000);
});
