// What checking one file produced, in the shape every output format needs: plain data, so it can
// come back from a worker thread.
import type { CliFinding, CliTable } from '../core/check/serialise';
import type { SeverityCounts } from '../core/report/types';
import type { FormIdentity } from './header';

/** A table as DESIGN.md §5 gives it, plus the unit and project its header block names (when it does). */
export type FileTable = CliTable & FormIdentity;

export interface FileOutcome {
  /** The path as the user gave it or as the directory search found it. */
  readonly file: string;
  /** Why the file could not be read, one line in the chosen language. */
  readonly error?: string;
  readonly errorCode?: string;
  readonly tables: readonly FileTable[];
  readonly findings: readonly CliFinding[];
  readonly counts: SeverityCounts;
  /**
   * The profile the file was checked with (its label in the chosen language), and why when the
   * default rule picked it by the layout. Absent for an unreadable file and for reports merged from
   * JSON: the JSON report does not carry it (DESIGN.md §5 lists its fields).
   */
  readonly profile?: { readonly label: string; readonly reason?: string };
  /** Problems met while checking (a rule that failed on odd input), one line each. */
  readonly notes: readonly string[];
  /** Worker thread that checked the file (0 = main thread); never printed. */
  readonly thread?: number;
}

/**
 * How a file came out: unreadable; read, with errors; read, but holding no indicator table (never
 * counted as passed: nothing was checked); passed (tables checked, no open error).
 */
export type FileStatus = 'unreadable' | 'errors' | 'noTable' | 'passed';

export function statusOf(outcome: FileOutcome): FileStatus {
  if (outcome.error !== undefined) return 'unreadable';
  if (outcome.counts.error > 0) return 'errors';
  if (outcome.tables.length === 0) return 'noTable';
  return 'passed';
}
