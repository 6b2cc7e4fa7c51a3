// Checks many files on every core: a pool of worker threads, each parsing its file once, results
// delivered in input order. One file (or --jobs 1) is checked in the main thread, no pool.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CheckSetup } from './check-file';
import { loadCheckFile } from './load-check';
import type { FileOutcome } from './outcome';

/** Heap of one worker: a file the read caps let through stays well below it (src/hosts/file/limits.ts). */
const WORKER_HEAP_MB = 2048;

export interface RunOptions {
  readonly setup: CheckSetup;
  /** Worker threads; default availableParallelism(). */
  readonly jobs?: number;
  /** Heap cap of each worker in MB (default 2048): a file that needs more is reported, not fatal. */
  readonly workerHeapMb?: number;
  /** Called once per file, in input order, as soon as the file and all before it are done. */
  readonly onOutcome?: (outcome: FileOutcome, index: number) => void;
  /** Called once per file as soon as it is checked, in whatever order files finish. */
  readonly onChecked?: () => void;
}

/** The compiled worker beside this file; absent when running from TypeScript sources (tests). */
function workerFile(): string | undefined {
  const file = join(__dirname, 'worker.js');
  return existsSync(file) ? file : undefined;
}

function crashOutcome(file: string, setup: CheckSetup, error: unknown, heapMb: number): FileOutcome {
  const code = (error as { code?: string })?.code;
  const memory = code === 'ERR_WORKER_OUT_OF_MEMORY';
  const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
  const message = memory
    ? { zh: `文件过大，检查时超出 ${heapMb} MB 内存上限。`, en: `The file is too large: checking it exceeded the ${heapMb} MB memory limit.` }
    : { zh: `检查该文件时出错：${detail}`, en: `Checking the file failed: ${detail}` };
  return {
    file,
    error: message[setup.lang],
    errorCode: memory ? 'too-large' : 'internal',
    tables: [],
    findings: [],
    counts: { error: 0, warning: 0, info: 0 },
    notes: [],
  };
}

/** Delivers outcomes in input order however they arrive. */
class InOrder {
  private readonly results: (FileOutcome | undefined)[];
  private next = 0;

  constructor(count: number, private readonly deliver?: (outcome: FileOutcome, index: number) => void) {
    this.results = new Array(count);
  }

  put(index: number, outcome: FileOutcome): void {
    this.results[index] = outcome;
    while (this.next < this.results.length && this.results[this.next]) {
      this.deliver?.(this.results[this.next]!, this.next);
      this.next++;
    }
  }

  all(): FileOutcome[] {
    return this.results as FileOutcome[];
  }
}

async function checkInline(files: readonly string[], options: RunOptions): Promise<FileOutcome[]> {
  // Loaded here, not at the top: with a pool, the main thread never needs ExcelJS or the core.
  const checkFile = await loadCheckFile();
  const order = new InOrder(files.length, options.onOutcome);
  for (let i = 0; i < files.length; i++) {
    const outcome = await checkFile(files[i], options.setup);
    options.onChecked?.();
    order.put(i, outcome);
  }
  return order.all();
}

/**
 * Files each worker holds at once: the one it checks and the next, so it never waits for the main
 * thread (which shares the cores) between files. A worker checks its files one after another.
 */
const IN_FLIGHT = 2;

function checkInWorkers(files: readonly string[], options: RunOptions, script: string, jobs: number): Promise<FileOutcome[]> {
  const order = new InOrder(files.length, options.onOutcome);
  /** Files not yet handed out: mostly in order, a dead worker's unstarted files go back to the front. */
  const pending: number[] = files.map((_f, i) => i);
  let done = 0;
  return new Promise((resolve) => {
    const workers = new Set<Worker>();
    const finish = () => {
      for (const w of workers) void w.terminate();
      resolve(order.all());
    };
    const start = () => {
      const heapMb = options.workerHeapMb ?? WORKER_HEAP_MB;
      const worker = new Worker(script, { workerData: options.setup, resourceLimits: { maxOldGenerationSizeMb: heapMb } });
      workers.add(worker);
      /** Handed to this worker and not answered yet, oldest (the one being checked) first. */
      const held: number[] = [];
      const feed = () => {
        while (held.length < IN_FLIGHT && pending.length > 0) {
          const index = pending.shift()!;
          held.push(index);
          worker.postMessage({ index, file: files[index] });
        }
        if (held.length === 0) {
          workers.delete(worker);
          void worker.terminate();
        }
      };
      worker.on('message', (message: { index: number; outcome: FileOutcome }) => {
        options.onChecked?.();
        order.put(message.index, message.outcome);
        held.splice(held.indexOf(message.index), 1);
        if (++done === files.length) return finish();
        feed();
      });
      let failure: unknown;
      worker.on('error', (error) => (failure = error));
      worker.on('exit', () => {
        if (!workers.has(worker)) return;
        workers.delete(worker);
        const [current, ...unstarted] = held;
        if (current !== undefined) {
          // The worker died on this file (out of memory, a native crash): report it, go on with a new one.
          options.onChecked?.();
          order.put(current, crashOutcome(files[current], options.setup, failure ?? new Error('worker exited'), heapMb));
          if (++done === files.length) return finish();
        }
        pending.unshift(...unstarted);
        if (pending.length > 0) start();
      });
      feed();
    };
    for (let i = 0; i < jobs; i++) start();
  });
}

/** Every file checked; outcomes in input order. */
export async function checkFiles(files: readonly string[], options: RunOptions): Promise<FileOutcome[]> {
  const jobs = Math.min(options.jobs ?? availableParallelism(), files.length);
  const script = workerFile();
  if (jobs <= 1 || !script) return checkInline(files, options);
  return checkInWorkers(files, options, script, jobs);
}
