// perf-audit's entry for bin/perf-audit.js (compiled to build/node/src/cli/index.js).
export { main, exitCodeOf, streamIo, type CliIo, type OutStream } from './main';
export { parseArgs, USAGE, type CliOptions } from './args';
export type { FileOutcome } from './outcome';
