// A worker thread of the perf-audit pool: receives file paths, answers with outcomes.
import { parentPort, threadId, workerData } from 'node:worker_threads';
import { checkFile, type CheckSetup } from './check-file';

const setup = workerData as CheckSetup;

parentPort?.on('message', (task: { index: number; file: string }) => {
  void checkFile(task.file, setup).then((outcome) => parentPort?.postMessage({ index: task.index, outcome: { ...outcome, thread: threadId } }));
});
