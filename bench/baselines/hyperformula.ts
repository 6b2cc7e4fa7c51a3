// HyperFormula (GPLv3, a devDependency for this benchmark only, never bundled) as the one
// Excel-compatible formula engine both sides run in: PERF.SCORE registered as a function plugin that
// calls our registered function, against the native formula a finance officer would write instead.
import { CellError, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula } from 'hyperformula';
import type { ScoreArgs } from '../generate/score-inputs';

type ScoreFunction = (...args: unknown[]) => unknown;

let registeredScore: ScoreFunction | undefined;

/** A HyperFormula function plugin whose PERF.SCORE calls PERF's own SCORE, as Excel would. */
class PerfScorePlugin extends FunctionPlugin {
  static override implementedFunctions = {
    'PERF.SCORE': {
      method: 'perfScore',
      parameters: [
        { argumentType: FunctionArgumentType.STRING },
        { argumentType: FunctionArgumentType.SCALAR },
        { argumentType: FunctionArgumentType.SCALAR },
        { argumentType: FunctionArgumentType.SCALAR },
        { argumentType: FunctionArgumentType.STRING, optionalArg: true },
      ],
    },
  };

  perfScore(ast: { args: unknown[] }, state: unknown): unknown {
    const self = this as unknown as { runFunction: (...a: unknown[]) => unknown; metadata: (id: string) => unknown };
    return self.runFunction(ast.args, state, self.metadata('PERF.SCORE'), (op: unknown, target: unknown, actual: unknown, weight: unknown, profile: unknown) => {
      const result = (registeredScore as ScoreFunction)(op, target, actual, weight, profile);
      if (typeof result === 'number') return result;
      const message = (result as { message?: string })?.message;
      return new CellError(ErrorType.VALUE, message);
    });
  }
}

let registered = false;

/** Registers PERF.SCORE with HyperFormula, calling `score` (the function dist/functions.js registers). */
export function registerPerfScore(score: ScoreFunction): void {
  registeredScore = score;
  if (registered) return;
  HyperFormula.registerFunctionPlugin(PerfScorePlugin as never, { enGB: { 'PERF.SCORE': 'PERF.SCORE' }, enUS: { 'PERF.SCORE': 'PERF.SCORE' } } as never);
  registered = true;
}

/** The native equivalent: ≥ → IF(R>=T, W, ROUND(W×max(R,0)÷T, 2)); ≤ → IF(R<=T, W, ROUND(W×T÷R, 2)). */
export function nativeFormula(r: number): string {
  const [op, t, a, w] = ['A', 'B', 'C', 'D'].map((c) => `${c}${r}`);
  return `=IF(${op}="≤",IF(${a}<=${t},${w},ROUND(${w}*${t}/${a},2)),IF(${a}>=${t},${w},ROUND(${w}*MAX(${a},0)/${t},2)))`;
}

export function perfFormula(r: number): string {
  return `=PERF.SCORE(A${r},B${r},C${r},D${r})`;
}

/** A sheet: the four arguments in A:D and the formula in E, one row per input. */
export function sheetWith(rows: readonly ScoreArgs[], formula: (row: number) => string): unknown[][] {
  return rows.map((args, i) => [args[0], args[1], args[2], args[3], formula(i + 1)]);
}

/** Builds the engine (parse + evaluate every formula) and returns column E's values. */
export function evaluate(sheet: unknown[][]): unknown[] {
  const engine = HyperFormula.buildFromArray(sheet as never, { licenseKey: 'gpl-v3', maxRows: 1_048_576 });
  try {
    const values = engine.getSheetValues(0);
    return values.map((row) => row[4]);
  } finally {
    engine.destroy();
  }
}
