// bundleGzipKB: gzip sizes (level 9, as static hosts compress) of the production dist/taskpane.js
// and dist/functions.js, built with `npm run build`'s settings when missing or out of date.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ensureProductionBuild } from '../harness/build';
import { round } from '../harness/measure';
import type { BenchCase } from '../harness/types';

export function gzipKB(file: string): { raw: number; gzip: number } {
  const bytes = readFileSync(file);
  return { raw: round(bytes.length / 1024, 1), gzip: round(gzipSync(bytes, { level: 9 }).length / 1024, 1) };
}

export const bundleSize: BenchCase = {
  async run(context) {
    ensureProductionBuild(context.root, context.log, true);
    const taskpane = gzipKB(join(context.root, 'dist', 'taskpane.js'));
    const functions = gzipKB(join(context.root, 'dist', 'functions.js'));
    return {
      figures: { bundleGzipKB: { taskpane: taskpane.gzip, functions: functions.gzip } },
      rows: [
        { label: 'bundleGzipKB.taskpane', value: taskpane.gzip, target: { op: '≤', limit: 250 }, detail: `dist/taskpane.js ${taskpane.raw} KB raw` },
        { label: 'bundleGzipKB.functions', value: functions.gzip, target: { op: '≤', limit: 40 }, detail: `dist/functions.js ${functions.raw} KB raw` },
      ],
    };
  },
};
