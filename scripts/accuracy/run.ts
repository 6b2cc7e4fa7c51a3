// Runs the checker on every labelled fixture the way `perf-audit` does (file host read, recognise +
// validate with the default profile rule — Hubei for a Hubei form, national otherwise — no reviewed marks) and scores it against
// test/fixtures/expect/<fixture>.json. Shared by `npm run accuracy` and test/accuracy.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkWorkbookChoosing } from '../../src/core/check/workbook';
import { tryReadWorkbookFromPath } from '../../src/hosts/file/node';
import { checkExpectationFile, scoreTable, type ExpectationFile, type TableScore } from './score';

export const FIXTURES_DIR = join(__dirname, '..', '..', 'test', 'fixtures');
export const EXPECT_DIR = join(FIXTURES_DIR, 'expect');

/** Every expectation file, validated; a bad file throws with every problem listed. */
export function loadExpectations(dir: string = EXPECT_DIR): ExpectationFile[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  const problems: string[] = [];
  const loaded: ExpectationFile[] = [];
  for (const file of files) {
    const fixture = file.replace(/\.json$/, '');
    let value: unknown;
    try {
      value = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    } catch (error) {
      problems.push(`${fixture}: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    const errors = checkExpectationFile(value, fixture);
    if (errors.length) problems.push(...errors);
    else loaded.push(value as ExpectationFile);
  }
  if (problems.length) throw new Error(`expectation files:\n${problems.join('\n')}`);
  return loaded;
}

/** Checks one fixture with the default profile rule ('auto', as perf-audit) and scores its findings. */
export async function scoreFixture(expect: ExpectationFile, fixturesDir: string = FIXTURES_DIR): Promise<TableScore> {
  const path = join(fixturesDir, `${expect.fixture}.xlsx`);
  const read = await tryReadWorkbookFromPath(path);
  if (!read.ok) throw new Error(`${expect.fixture}.xlsx: ${read.problem.message.en}`);
  const { report, choice } = checkWorkbookChoosing(read.grid, { profile: 'auto' });
  if (report.notes?.length) throw new Error(`${expect.fixture}.xlsx: ${report.notes.map((n) => n.en).join('; ')}`);
  return { ...scoreTable(expect, report.findings), profile: choice.profile.id };
}

export async function scoreAll(dir: string = EXPECT_DIR, fixturesDir: string = FIXTURES_DIR): Promise<TableScore[]> {
  const scores: TableScore[] = [];
  for (const expect of loadExpectations(dir)) scores.push(await scoreFixture(expect, fixturesDir));
  return scores;
}
