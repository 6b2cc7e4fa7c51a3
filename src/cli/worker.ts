// A worker thread of the perf-audit pool: receives file paths, answers with outcomes. Files are
// checked one at a time in the order they came (the pool blames the oldest unanswered file when a
// worker dies), while the next one already waits here.
import { parentPort, threadId, workerData } from 'node:worker_threads';
import type { CheckSetup } from './check-file';
import { loadCheckFile } from './load-check';

interface Task {
  readonly index: number;
  readonly file: string;
}

const pipeline = loadCheckFile();

const setup = workerData as CheckSetup;
const queue: Task[] = [];
let busy = false;

async function drain(): Promise<void> {
  busy = true;
  const checkFile = await pipeline;
  for (let task = queue.shift(); task; task = queue.shift()) {
    const outcome = await checkFile(task.file, setup);
    parentPort?.postMessage({ index: task.index, outcome: { ...outcome, thread: threadId } });
  }
  busy = false;
}

parentPort?.on('message', (task: Task) => {
  queue.push(task);
  if (!busy) void drain();
});
