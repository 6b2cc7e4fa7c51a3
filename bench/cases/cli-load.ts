// cliVsLoad, cliCoresUsed and cliWorkerSpeedup: `perf-audit DIR --format json` (bin/perf-audit.js,
// what `npx perf-audit` runs) over 500 generated workbooks ÷ one process merely loading them with
// ExcelJS; and perf-audit with --jobs 1 ÷ perf-audit with its default jobs (one worker per core).
// All are whole processes timed from spawn to exit, interleaved (load, default, --jobs 1, load…).
// Cores used = CPU time of the perf-audit process (all its threads, reported at exit by a preloaded
// hook) ÷ its wall time.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt, runTool } from '../harness/build';
import { corpus, corpusSpec } from '../harness/corpus';
import { median, round } from '../harness/measure';
import type { BenchCase, CaseContext } from '../harness/types';

interface ProcessRun {
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** The compiled CLI (build/node, made by `npm ci` through `prepare`), rebuilt when older than its sources. */
function ensureCompiledCli(context: CaseContext): void {
  const product = {
    name: 'cli',
    outputs: ['build/node/src/cli/index.js', 'build/node/src/cli/worker.js'],
    inputs: ['src/core', 'src/hosts/file', 'src/cli', 'tsconfig.cli.json', 'tsconfig.json'],
    build: () => runTool(context.root, 'typescript/bin/tsc', ['-p', 'tsconfig.cli.json'], context.log),
  };
  ensureBuilt(context.root, product, context.log);
}

function runProcess(context: CaseContext, args: readonly string[]): Promise<ProcessRun> {
  const cpuDir = mkdtempSync(join(tmpdir(), 'perf-bench-cpu-'));
  const cpuFile = join(cpuDir, 'cpu.json');
  const preload = join(context.root, 'bench', 'baselines', 'cpu-report.js');
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, ['--require', preload, ...args], {
      cwd: context.root,
      env: { ...process.env, PERF_BENCH_CPU_FILE: cpuFile },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      let cpuMs = Number.NaN;
      try {
        const usage = JSON.parse(readFileSync(cpuFile, 'utf8')) as { userMicros: number; systemMicros: number };
        cpuMs = (usage.userMicros + usage.systemMicros) / 1000;
      } catch {
        // no report: the process died before its exit hook
      }
      rmSync(cpuDir, { recursive: true, force: true });
      resolve({ wallMs, cpuMs, code, stdout, stderr });
    });
  });
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(1);
}

export const cliVsLoad: BenchCase = {
  async run(context) {
    ensureCompiledCli(context);
    const spec = corpusSpec(context);
    const dir = await corpus(context, spec);
    const cli = [join(context.root, 'bin', 'perf-audit.js'), dir, '--format', 'json'];
    const cliOneJob = [...cli, '--jobs', '1'];
    const load = [join(context.root, 'bench', 'baselines', 'load-only.js'), dir];
    const notes: string[] = [];

    // Warm-up (file cache, compiled code cache), and a check that perf-audit read every file.
    const first = await runProcess(context, cli);
    const report = JSON.parse(first.stdout) as { files: Array<{ error?: string }> };
    const unreadable = report.files.filter((f) => f.error !== undefined).length;
    if (report.files.length !== spec.files) notes.push(`perf-audit reported ${report.files.length} of ${spec.files} files`);
    if (unreadable > 0) notes.push(`perf-audit could not read ${unreadable} files`);
    await runProcess(context, load);
    const single = await runProcess(context, cliOneJob);
    if (single.stdout !== first.stdout) notes.push('perf-audit --jobs 1 printed another report than with its default jobs');

    const ratios: number[] = [];
    const speedups: number[] = [];
    const oneJobMs: number[] = [];
    const oneJobCpu: number[] = [];
    const cores: number[] = [];
    const cliMs: number[] = [];
    const loadMs: number[] = [];
    const cliCpu: number[] = [];
    const loadCpu: number[] = [];
    for (let i = 0; i < (context.tiny ? 1 : 3); i++) {
      const base = await runProcess(context, load);
      const ours = await runProcess(context, cli);
      const oneJob = await runProcess(context, cliOneJob);
      if (base.code !== 0) throw new Error(`load-only exited with ${base.code}: ${base.stderr.slice(0, 300)}`);
      for (const run of [ours, oneJob]) {
        if (run.code !== 0 && run.code !== 1) throw new Error(`perf-audit exited with ${run.code}: ${run.stderr.slice(0, 300)}`);
      }
      ratios.push(ours.wallMs / base.wallMs);
      speedups.push(oneJob.wallMs / ours.wallMs);
      oneJobMs.push(oneJob.wallMs);
      oneJobCpu.push(oneJob.cpuMs);
      cores.push(ours.cpuMs / ours.wallMs);
      cliMs.push(ours.wallMs);
      loadMs.push(base.wallMs);
      cliCpu.push(ours.cpuMs);
      loadCpu.push(base.cpuMs);
    }
    const ratio = round(median(ratios));
    const coresUsed = round(median(cores), 1);
    const speedup = round(median(speedups));
    return {
      figures: { cliVsLoad: ratio, cliCoresUsed: coresUsed, cliWorkerSpeedup: speedup },
      rows: [
        { label: 'cliVsLoad', value: ratio, target: { op: '≤', limit: 1.0 }, detail: `${spec.files} workbooks, whole processes: perf-audit ${seconds(median(cliMs))} s (CPU ${seconds(median(cliCpu))} s), ExcelJS load ${seconds(median(loadMs))} s (CPU ${seconds(median(loadCpu))} s)` },
        { label: 'cliCoresUsed', value: coresUsed, target: { op: '≈', limit: 2 }, detail: `perf-audit CPU time (main + worker threads) ÷ wall time, ${cpus().length} cores` },
        {
          label: 'cliWorkerSpeedup',
          value: speedup,
          target: { op: '≥', limit: 1.6 },
          detail: `perf-audit --jobs 1 ${seconds(median(oneJobMs))} s (CPU ${seconds(median(oneJobCpu))} s) ÷ default jobs (${availableParallelism()}) ${seconds(median(cliMs))} s (CPU ${seconds(median(cliCpu))} s), wall clock`,
        },
      ],
      notes,
    };
  },
};
