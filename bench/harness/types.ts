// The benchmark's output (DESIGN.md §5: other tools parse it, so exactly these field names) and
// what each case reports to the runner.

export interface BenchFigures {
  readSyncs: { sheets1: number | null; sheets10: number | null; sheets50: number | null };
  checkVsLoad: number | null;
  scoreVsFloat: number | null;
  scoreVsNativeFormula: number | null;
  cliVsLoad: number | null;
  cliCoresUsed: number | null;
  cliWorkerSpeedup: number | null;
  bundleGzipKB: { taskpane: number | null; functions: number | null };
  firstRenderVsBare: number | null;
  recheckMs500: number | null;
  wpsBridgeCalls: { sheets1: number | null; sheets10: number | null; sheets50: number | null };
  wpsBridgeCallsFallback: { sheets1: number | null; sheets10: number | null; sheets50: number | null };
}

/** A line of the human table: what was measured, the figure, its target, the raw times behind it. */
export interface Row {
  readonly label: string;
  readonly value: number | null;
  /** '≤ 3', '≥ 1.6', '≈ 2' (rounds to it) …; undefined when the figure is only reported. */
  readonly target?: { readonly op: '≤' | '≥' | '≈'; readonly limit: number };
  readonly detail?: string;
}

export interface CaseContext {
  /** Tiny mode: small inputs and few repetitions, to prove the harness produces every field. */
  readonly tiny: boolean;
  readonly seed: number;
  /** The project folder. */
  readonly root: string;
  /** Progress and notes, to stderr. */
  log(line: string): void;
}

export interface CaseResult {
  readonly figures: Partial<BenchFigures>;
  readonly rows: readonly Row[];
  readonly notes?: readonly string[];
}

/** One benchmark; its id and title are in bench/cases/index.ts. */
export interface BenchCase {
  run(context: CaseContext): Promise<CaseResult>;
}

export function emptyFigures(): BenchFigures {
  return {
    readSyncs: { sheets1: null, sheets10: null, sheets50: null },
    checkVsLoad: null,
    scoreVsFloat: null,
    scoreVsNativeFormula: null,
    cliVsLoad: null,
    cliCoresUsed: null,
    cliWorkerSpeedup: null,
    bundleGzipKB: { taskpane: null, functions: null },
    firstRenderVsBare: null,
    recheckMs500: null,
    wpsBridgeCalls: { sheets1: null, sheets10: null, sheets50: null },
    wpsBridgeCallsFallback: { sheets1: null, sheets10: null, sheets50: null },
  };
}
