// perf-audit's entry for bin/perf-audit.js (compiled to build/node/src/cli/index.js).
export { main, exitCodeOf, type CliIo } from './main';
export { parseArgs, USAGE, type CliOptions } from './args';
export type { FileOutcome } from './outcome';
