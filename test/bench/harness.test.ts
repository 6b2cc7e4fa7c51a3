// The benchmark harness: its command line, its statistics, its table, and — in tiny mode, end to
// end — that `npm run bench -- --json` ends with the DESIGN.md §5 object holding every field.
// No timing assertion: only that each figure is produced.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { DEFAULT_SEED, parseArgs } from '../../bench/harness/args';
import { compare, median, timeTask } from '../../bench/harness/measure';
import { formatTable } from '../../bench/harness/report';

const root = join(__dirname, '..', '..');

describe('bench command line', () => {
  it('reads --json, --tiny, --seed and --only', () => {
    expect(parseArgs([])).toEqual({ json: false, tiny: false, seed: DEFAULT_SEED, only: undefined, caseId: undefined });
    expect(parseArgs(['--json', '--tiny', '--seed', '7', '--only=cli,bundle'])).toEqual({ json: true, tiny: true, seed: 7, only: ['cli', 'bundle'], caseId: undefined });
  });

  it('refuses what it does not know, with the options it takes', () => {
    expect(parseArgs(['--jsn']).error).toContain('--jsn');
    expect(parseArgs(['--seed', 'x']).error).toContain('--seed');
  });
});

describe('statistics', () => {
  it('takes the median of odd and even samples', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('compares two tasks as interleaved pairs', async () => {
    const order: string[] = [];
    const timing = await compare(
      () => order.push('ours'),
      () => order.push('base'),
      { warmup: 1, pairs: 3, minSampleMs: 0 },
    );
    expect(timing.pairs).toBe(3);
    expect(Number.isFinite(timing.ratio)).toBe(true);
    // one warm-up pair, then the three measured pairs, the baseline first in each
    expect(order).toEqual(['base', 'ours', 'base', 'ours', 'base', 'ours', 'base', 'ours']);
  });

  it('repeats a fast task within a sample until the sample lasts long enough for the clock', async () => {
    // Wall clock and a wide margin (0.1 ms task, 50 ms samples, about 500 runs each): the process CPU
    // clock also counts jest's other threads, and on a loaded machine one run can be preempted.
    let runs = 0;
    const spin = () => {
      runs++;
      const until = process.hrtime.bigint() + 100_000n; // 0.1 ms
      while (process.hrtime.bigint() < until);
    };
    const { samples } = await timeTask(spin, { clock: 'wall', warmup: 1, pairs: 2, minSampleMs: 50 });
    expect(samples).toHaveLength(2);
    expect(runs).toBeGreaterThanOrEqual(1 + 2 * 5);
  });
});

describe('the human table', () => {
  it('says whether each figure holds its target, and what could not be measured', () => {
    const text = formatTable(
      [
        { title: 'a', result: { figures: {}, rows: [{ label: 'checkVsLoad', value: 4.2, target: { op: '≤', limit: 3 } }] } },
        { title: 'e', result: { figures: {}, rows: [{ label: 'cliWorkerSpeedup', value: 1.2, target: { op: '≥', limit: 1.6 } }, { label: 'other', value: 1.7, target: { op: '≥', limit: 1.6 } }] } },
        { title: 'b', result: { figures: {}, rows: [{ label: 'cliCoresUsed', value: 1.9, target: { op: '≈', limit: 2 } }] } },
        { title: 'c', result: { figures: {}, rows: [{ label: 'scoreVsFloat', value: 12 }], notes: ['a note'] } },
        { title: 'd', result: { error: 'chromium missing' } },
      ],
      { tiny: false, seconds: 3 },
    );
    expect(text).toMatch(/checkVsLoad\s+4\.2\s+≤ 3\s+MISSED/);
    expect(text).toMatch(/cliWorkerSpeedup\s+1\.2\s+≥ 1\.6\s+MISSED/);
    expect(text).toMatch(/other\s+1\.7\s+≥ 1\.6\s+ok/);
    expect(text).toMatch(/cliCoresUsed\s+1\.9\s+≈ 2\s+ok/);
    expect(text).toMatch(/scoreVsFloat\s+12\s+reported/);
    expect(text).toMatch(/d\s+—\s+not measured\s+chromium missing/);
    expect(text).toContain('c: a note');
  });
});

describe('npm run bench -- --json --tiny', () => {
  it('ends with one JSON line holding every DESIGN.md §5 field, each measured', async () => {
    const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [join(root, 'bench', 'run.js'), '--json', '--tiny'], { cwd: root });
      let out = '';
      let err = '';
      child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
      child.on('close', (exit) => resolve({ code: exit, stdout: out, stderr: err }));
    });
    const lines = stdout.trim().split('\n');
    const figures = JSON.parse(lines[lines.length - 1]);
    if (code !== 0) throw new Error(`bench exited with ${code}:\n${stderr.slice(-3000)}`);
    expect(Object.keys(figures).sort()).toEqual(
      ['bundleGzipKB', 'checkVsLoad', 'cliCoresUsed', 'cliVsLoad', 'cliWorkerSpeedup', 'firstRenderVsBare', 'readSyncs', 'recheckMs500', 'scoreVsFloat', 'scoreVsNativeFormula', 'wpsBridgeCalls', 'wpsBridgeCallsFallback'].sort(),
    );
    expect(Object.keys(figures.readSyncs).sort()).toEqual(['sheets1', 'sheets10', 'sheets50']);
    expect(Object.keys(figures.wpsBridgeCalls).sort()).toEqual(['sheets1', 'sheets10', 'sheets50']);
    expect(Object.keys(figures.wpsBridgeCallsFallback).sort()).toEqual(['sheets1', 'sheets10', 'sheets50']);
    expect(Object.keys(figures.bundleGzipKB).sort()).toEqual(['functions', 'taskpane']);
    const numbers = [
      ...Object.values(figures.readSyncs),
      ...Object.values(figures.wpsBridgeCalls),
      ...Object.values(figures.wpsBridgeCallsFallback),
      ...Object.values(figures.bundleGzipKB),
      figures.checkVsLoad,
      figures.cliWorkerSpeedup,
      figures.scoreVsFloat,
      figures.scoreVsNativeFormula,
      figures.cliVsLoad,
      figures.cliCoresUsed,
      figures.firstRenderVsBare,
      figures.recheckMs500,
    ];
    for (const n of numbers) {
      expect(typeof n).toBe('number');
      expect(n as number).toBeGreaterThan(0);
    }
    expect(stdout).toContain('PERF benchmarks (tiny mode');
  }, 600_000);
});
