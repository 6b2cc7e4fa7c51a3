// Command line of `npm run bench`.

export interface BenchArgs {
  readonly json: boolean;
  readonly tiny: boolean;
  readonly seed: number;
  /** Case ids to run (default: all). */
  readonly only?: readonly string[];
  /** Internal: run this one case in this process (the runner starts one process per case). */
  readonly caseId?: string;
  readonly error?: string;
}

/** The seed of every generated workbook unless --seed says otherwise. */
export const DEFAULT_SEED = 20240301;

export function parseArgs(argv: readonly string[]): BenchArgs {
  let json = false;
  let tiny = false;
  let seed = DEFAULT_SEED;
  let only: string[] | undefined;
  let caseId: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string | undefined => inline ?? argv[++i];
    if (name === '--json') json = true;
    else if (name === '--tiny') tiny = true;
    else if (name === '--seed') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 0) return { json, tiny, seed, error: `--seed wants a whole number, got ${arg}` };
      seed = n;
    } else if (name === '--only') only = (value() ?? '').split(',').filter(Boolean);
    else if (name === '--case') caseId = value();
    else return { json, tiny, seed, error: `unknown option ${arg} (use --json, --tiny, --seed N, --only id,id)` };
  }
  return { json, tiny, seed, only, caseId };
}
