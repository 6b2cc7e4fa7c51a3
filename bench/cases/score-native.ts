// scoreVsNativeFormula: 100,000 rows of =PERF.SCORE(A,B,C,D) ÷ the same rows scored by the native
// =IF(…,ROUND(…)) formula, both built and evaluated by HyperFormula (parse + evaluate the sheet).
// PERF.SCORE is a HyperFormula function plugin calling the function dist/functions.js registers.
import { evaluate, nativeFormula, perfFormula, registerPerfScore, sheetWith } from '../baselines/hyperformula';
import { numericScoreInputs } from '../generate/score-inputs';
import { ensureProductionBuild } from '../harness/build';
import { compare, round } from '../harness/measure';
import type { BenchCase } from '../harness/types';
import { registeredScore } from './score-float';

/** Rows where the two formulas disagree beyond the native formula's 2-decimal rounding. */
export function disagreements(perf: readonly unknown[], native: readonly unknown[]): number {
  let count = 0;
  for (let i = 0; i < perf.length; i++) {
    const a = perf[i];
    const b = native[i];
    if (typeof a !== 'number' || typeof b !== 'number' || Math.abs(a - b) > 0.005 + 1e-9) count++;
  }
  return count;
}

export const scoreVsNativeFormula: BenchCase = {
  async run(context) {
    ensureProductionBuild(context.root, context.log, true);
    registerPerfScore(registeredScore(context.root));
    const count = context.tiny ? 500 : 100_000;
    const rows = numericScoreInputs(count, context.seed);
    const perfSheet = sheetWith(rows, perfFormula);
    const nativeSheet = sheetWith(rows, nativeFormula);
    // The agreement check is also the warm-up: a build of 100,000 formulas takes seconds.
    const differ = disagreements(evaluate(perfSheet), evaluate(nativeSheet));
    const timing = await compare(() => evaluate(perfSheet), () => evaluate(nativeSheet), { warmup: 0, pairs: context.tiny ? 3 : 5, minSampleMs: 0 });
    return {
      figures: { scoreVsNativeFormula: round(timing.ratio) },
      rows: [
        {
          label: 'scoreVsNativeFormula',
          value: round(timing.ratio),
          target: { op: '≤', limit: 1.5 },
          detail: `${count} rows built and evaluated, CPU time: =PERF.SCORE ${timing.oursMs.toFixed(0)} ms, =IF(…,ROUND(…)) ${timing.baselineMs.toFixed(0)} ms`,
        },
      ],
      notes: differ === 0 ? [] : [`${differ} rows where PERF.SCORE and the native formula disagree beyond 0.005`],
    };
  },
};
