// scoreVsFloat: PERF.SCORE as registered (the production dist/functions.js) over 100,000 rows of
// realistic mixed arguments ÷ the same rules in plain floating point (bench/baselines/float-score.ts).
// Reported, no target: decimals stay; the common path should stay cheap.
import { join } from 'node:path';
import { floatScore } from '../baselines/float-score';
import { scoreInputs, type ScoreArgs } from '../generate/score-inputs';
import { ensureProductionBuild } from '../harness/build';
import { loadRegisteredFunctions, type RegisteredFunction } from '../harness/functions-bundle';
import { compare, round } from '../harness/measure';
import type { BenchCase } from '../harness/types';

export function scoreAll(rows: readonly ScoreArgs[], score: (...args: ScoreArgs) => unknown): number {
  let sum = 0;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    const s = score(r[0], r[1], r[2], r[3]);
    if (typeof s === 'number') sum += s;
  }
  return sum;
}

export function registeredScore(root: string): RegisteredFunction {
  const score = loadRegisteredFunctions(join(root, 'dist', 'functions.js')).get('SCORE');
  if (!score) throw new Error('dist/functions.js registers no SCORE function');
  return score;
}

export const scoreVsFloat: BenchCase = {
  async run(context) {
    ensureProductionBuild(context.root, context.log, true);
    const score = registeredScore(context.root) as (...args: ScoreArgs) => unknown;
    const count = context.tiny ? 1_000 : 100_000;
    const rows = scoreInputs(count, context.seed);
    const timing = await compare(() => scoreAll(rows, score), () => scoreAll(rows, floatScore), context.tiny ? { warmup: 1, pairs: 3, minSampleMs: 1 } : { warmup: 5, pairs: 11, minSampleMs: 200 });
    return {
      figures: { scoreVsFloat: round(timing.ratio, 1) },
      rows: [
        {
          label: 'scoreVsFloat',
          value: round(timing.ratio, 1),
          detail: `${count} mixed rows: CPU time: PERF.SCORE ${timing.oursMs.toFixed(1)} ms (${((timing.oursMs * 1e6) / count).toFixed(0)} ns/row), float ${timing.baselineMs.toFixed(1)} ms`,
        },
      ],
    };
  },
};
