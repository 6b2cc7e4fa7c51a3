// Fuzzing recognition and the rule catalogue: 10,000 generated workbooks, seeded
// so a failure replays, bounded in time so a hang fails instead of stalling CI. Nothing may throw,
// no rule may fail (a failing rule becomes a report note), and every finding must be well-formed.
// Replay one case: FUZZ_SEED=<seed> FUZZ_PATH=<path> npx jest test/fuzz (both printed on failure).
import fc from 'fast-check';
import { checkWorkbook } from '../../src/core/check';
import { profileById } from '../../src/core/profile';
import { recogniseSheet } from '../../src/core/recognise';
import type { WorkbookGrid } from '../../src/core/grid/types';
import type { WorkbookReport } from '../../src/core/report/types';
import { profileIdArb, workbookArb } from './arbitraries';
import { reportProblems } from './well-formed';

const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const SEED = Number(process.env.FUZZ_SEED ?? 20_221_231);
/** A hang guard, far above the run time (about 15 s of CPU on CI): reaching it fails the test instead of stalling CI. */
const TIME_LIMIT_MS = 240_000;

function checkOne(grid: WorkbookGrid, profileId: string): { problems: string[]; report?: WorkbookReport } {
  const profile = profileById(profileId);
  if (!profile) return { problems: [`no profile ${profileId}`] };
  // Sheet by sheet first: recognise() skips a sheet that throws, which would hide the failure.
  let tables = 0;
  for (const sheet of grid.sheets) tables += recogniseSheet(sheet).length;
  const report = checkWorkbook(grid, { profile });
  // The report must survive the trip to a worker thread and to the CLI's JSON.
  JSON.parse(JSON.stringify(report));
  return { problems: reportProblems(report, grid, tables), report };
}

describe('fuzzing recognise + checkWorkbook', () => {
  it(`${RUNS} generated workbooks: no exception, no failing rule, every finding well-formed`, () => {
    let withTables = 0;
    let findings = 0;
    const details = fc.check(
      fc.property(workbookArb, profileIdArb, (grid, profileId) => {
        const { problems, report } = checkOne(grid, profileId);
        if (report && report.tables.length > 0) withTables++;
        findings += report?.findings.length ?? 0;
        if (problems.length > 0) throw new Error(problems.slice(0, 10).join('\n'));
      }),
      {
        seed: SEED,
        numRuns: RUNS,
        ...(process.env.FUZZ_PATH ? { path: process.env.FUZZ_PATH } : {}),
        interruptAfterTimeLimit: TIME_LIMIT_MS,
        markInterruptAsFailure: true,
      },
    );
    if (details.failed) {
      const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
      throw new Error(`${cause}\n\n${fc.defaultReportMessage(details) ?? ''}`);
    }
    expect(details.numRuns).toBe(process.env.FUZZ_PATH ? details.numRuns : RUNS);
    // The generator must reach the rules, not only the recogniser's "no table here".
    if (!process.env.FUZZ_PATH) {
      expect(withTables).toBeGreaterThan(RUNS / 2);
      expect(findings).toBeGreaterThan(RUNS);
    }
  }, TIME_LIMIT_MS + 20_000);
});
