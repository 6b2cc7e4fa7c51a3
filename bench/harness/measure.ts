// Timing: every figure is ours ÷ a baseline measured in the same process, interleaved (baseline,
// ours, baseline, ours…) after a warm-up, so drift hits both sides alike; the figure is the median of
// the paired ratios. A sample repeats a fast task until it lasts long enough for the clock
// (minSampleMs). The clock is the process's CPU time by default (user + system, all its threads,
// microsecond accounting on Linux): on a shared machine, time spent waiting for a core is not the
// task's; 'wall' measures elapsed time instead.

export interface Timing {
  /** Median of ours ÷ baseline over the pairs. */
  readonly ratio: number;
  /** Median milliseconds of one run of each. */
  readonly oursMs: number;
  readonly baselineMs: number;
  readonly pairs: number;
}

export type Clock = 'cpu' | 'wall';

export interface TimingOptions {
  /** 'cpu' (default): process CPU time; 'wall': elapsed time. */
  readonly clock?: Clock;
  readonly warmup?: number;
  readonly pairs?: number;
  /** A sample repeats the task until it lasts at least this long (default 20 ms). */
  readonly minSampleMs?: number;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function wallNow(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

function cpuNow(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

let now: () => number = cpuNow;

function useClock(clock: Clock | undefined): void {
  now = clock === 'wall' ? wallNow : cpuNow;
}

const gc: (() => void) | undefined = (globalThis as { gc?: () => void }).gc;

type Task = () => unknown | Promise<unknown>;

/** Keeps results alive so no engine can drop the work as unused. */
let sink: unknown;
export function consume(value: unknown): void {
  sink = value;
}
export function lastConsumed(): unknown {
  return sink;
}

async function once(task: Task): Promise<number> {
  const start = now();
  const result = task();
  sink = result instanceof Promise ? await result : result;
  return now() - start;
}

/** Runs per sample so one sample lasts minSampleMs, from a time already measured (or one more run). */
async function calibrate(task: Task, minSampleMs: number, measured?: number): Promise<number> {
  if (minSampleMs <= 0) return 1;
  const first = measured ?? (await once(task));
  return first >= minSampleMs ? 1 : Math.min(10_000, Math.ceil(minSampleMs / Math.max(first, 0.001)));
}

async function sample(task: Task, runs: number): Promise<number> {
  gc?.();
  let total = 0;
  for (let i = 0; i < runs; i++) total += await once(task);
  return total / runs;
}

/** Median time of one run (ms), after a warm-up. */
export async function timeTask(task: Task, options: TimingOptions = {}): Promise<{ ms: number; samples: number[] }> {
  useClock(options.clock);
  let last: number | undefined;
  for (let i = 0; i < (options.warmup ?? 3); i++) last = await once(task);
  const runs = await calibrate(task, options.minSampleMs ?? 20, last);
  const samples: number[] = [];
  for (let i = 0; i < (options.pairs ?? 7); i++) samples.push(await sample(task, runs));
  return { ms: median(samples), samples };
}

/** ours ÷ baseline, interleaved pairs after a warm-up of both. */
export async function compare(ours: Task, baseline: Task, options: TimingOptions = {}): Promise<Timing> {
  useClock(options.clock);
  const warmup = options.warmup ?? 3;
  let lastBase: number | undefined;
  let lastOurs: number | undefined;
  for (let i = 0; i < warmup; i++) {
    lastBase = await once(baseline);
    lastOurs = await once(ours);
  }
  const minSampleMs = options.minSampleMs ?? 20;
  const oursRuns = await calibrate(ours, minSampleMs, lastOurs);
  const baseRuns = await calibrate(baseline, minSampleMs, lastBase);
  const ratios: number[] = [];
  const oursMs: number[] = [];
  const baseMs: number[] = [];
  const pairs = options.pairs ?? 7;
  for (let i = 0; i < pairs; i++) {
    const b = await sample(baseline, baseRuns);
    const o = await sample(ours, oursRuns);
    baseMs.push(b);
    oursMs.push(o);
    ratios.push(o / b);
  }
  return { ratio: median(ratios), oursMs: median(oursMs), baselineMs: median(baseMs), pairs };
}

/** A figure rounded for reading: 2 significant decimals below 10, 1 above. */
export function round(value: number, decimals = 2): number {
  if (!Number.isFinite(value)) return value;
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}
