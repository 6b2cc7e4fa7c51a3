// What checking one file produced, in the shape every output format needs: plain data, so it can
// come back from a worker thread.
import type { CliFinding, CliTable } from '../core/check/serialise';
import type { SeverityCounts } from '../core/report/types';

export interface FileOutcome {
  /** The path as the user gave it or as the directory search found it. */
  readonly file: string;
  /** Why the file could not be read, one line in the chosen language. */
  readonly error?: string;
  readonly errorCode?: string;
  readonly tables: readonly CliTable[];
  readonly findings: readonly CliFinding[];
  readonly counts: SeverityCounts;
  /** Problems met while checking (a rule that failed on odd input), one line each. */
  readonly notes: readonly string[];
  /** Worker thread that checked the file (0 = main thread); never printed. */
  readonly thread?: number;
}
