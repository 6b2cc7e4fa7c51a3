// The CLI as users run it: compiled by tsconfig.cli.json (what `prepare` does on npm ci), started
// through bin/perf-audit.js, checking files on worker threads.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sources } from '../fixtures/sources';

const ROOT = join(__dirname, '..', '..');
const FIXTURES = join(ROOT, 'test', 'fixtures');
let install: string;

/** A copy of the package as npm ci leaves it: bin/, build/node/ (compiled now), package.json, node_modules. */
beforeAll(() => {
  install = mkdtempSync(join(tmpdir(), 'perf-audit-install-'));
  // Type errors elsewhere in the tree (work in progress) must not stop the emit this test needs.
  spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.cli.json', '--outDir', join(install, 'build', 'node')], { cwd: ROOT });
  mkdirSync(join(install, 'bin'));
  copyFileSync(join(ROOT, 'bin', 'perf-audit.js'), join(install, 'bin', 'perf-audit.js'));
  copyFileSync(join(ROOT, 'package.json'), join(install, 'package.json'));
  symlinkSync(join(ROOT, 'node_modules'), join(install, 'node_modules'), 'dir');
}, 180_000);

function perfAudit(...args: string[]): { code: number; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [join(install, 'bin', 'perf-audit.js'), ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
}

describe('npx perf-audit after npm ci', () => {
  it('compiled the CLI and its worker', () => {
    expect(existsSync(join(install, 'build', 'node', 'src', 'cli', 'index.js'))).toBe(true);
    expect(existsSync(join(install, 'build', 'node', 'src', 'cli', 'worker.js'))).toBe(true);
  });

  it('checks test/fixtures --format json: every fixture, in name order, exit 1 (the real tables have errors)', () => {
    const run = perfAudit('test/fixtures', '--format', 'json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const out = JSON.parse(run.stdout) as { files: Array<{ file: string; error?: string; tables: unknown[] }> };
    const expected = sources.map((s) => `test/fixtures/${s.file}.xlsx`).sort();
    expect(out.files.map((f) => f.file)).toEqual(expected);
    expect(out.files.filter((f) => f.error)).toEqual([]);
    const negatives = out.files.filter((f) => f.file.includes('/negative-'));
    expect(negatives.map((f) => f.tables.length)).toEqual([0, 0, 0]);
  }, 120_000);

  it('gives the same output on two worker threads as in one thread', () => {
    const pooled = perfAudit('test/fixtures', '--format', 'json', '--jobs', '2');
    const single = perfAudit('test/fixtures', '--format', 'json', '--jobs', '1');
    expect(pooled.code).toBe(single.code);
    expect(pooled.stdout).toBe(single.stdout);
    const text = perfAudit('test/fixtures', '--jobs', '2');
    expect(text.stdout).toBe(perfAudit('test/fixtures', '--jobs', '1').stdout);
  }, 120_000);

  it('prints its version from package.json', () => {
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    expect(perfAudit('--version').stdout).toBe(`perf-audit ${version}\n`);
  });

  it('says what to do when the build is missing, exit 2', () => {
    const bare = mkdtempSync(join(tmpdir(), 'perf-audit-bare-'));
    mkdirSync(join(bare, 'bin'));
    copyFileSync(join(ROOT, 'bin', 'perf-audit.js'), join(bare, 'bin', 'perf-audit.js'));
    const run = spawnSync(process.execPath, [join(bare, 'bin', 'perf-audit.js'), 'x.xlsx'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('npm run prepare');
  });
});

describe('the worker pool', () => {
  type Pool = typeof import('../../src/cli/pool');
  type Profiles = typeof import('../../src/core/profile');
  const load = () => ({
    pool: require(join(install, 'build', 'node', 'src', 'cli', 'pool.js')) as Pool,
    profiles: require(join(install, 'build', 'node', 'src', 'core', 'profile', 'index.js')) as Profiles,
  });
  const files = ['seed-xiyong-2022', 'clean-project-2023', 'suixi-2019', 'yongde-2022', 'huanggang-2020'].map((f) => join(FIXTURES, `${f}.xlsx`));

  it('uses one worker thread per core asked for, and delivers in input order', async () => {
    const { pool, profiles } = load();
    const delivered: number[] = [];
    const outcomes = await pool.checkFiles(files, {
      setup: { profile: profiles.NATIONAL_PROFILE, reviewed: [], lang: 'zh' },
      jobs: 2,
      onOutcome: (_o, i) => delivered.push(i),
    });
    expect(outcomes.map((o) => o.file)).toEqual(files);
    expect(delivered).toEqual([0, 1, 2, 3, 4]);
    const threads = new Set(outcomes.map((o) => o.thread));
    expect(threads.size).toBe(2);
    expect([...threads].every((t) => typeof t === 'number' && t > 0)).toBe(true);
  }, 60_000);

  it('reports a file whose worker runs out of memory, and still finishes the batch', async () => {
    const { pool, profiles } = load();
    const outcomes = await pool.checkFiles(files.slice(0, 3), {
      setup: { profile: profiles.NATIONAL_PROFILE, reviewed: [], lang: 'en' },
      jobs: 2,
      workerHeapMb: 4,
    });
    expect(outcomes).toHaveLength(3);
    for (const o of outcomes) {
      expect(o.errorCode).toBe('too-large');
      expect(o.error).toBe('The file is too large: checking it exceeded the 4 MB memory limit.');
    }
  }, 60_000);
});
