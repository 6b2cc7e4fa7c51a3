// One file through the whole pipeline: read (file host) → recognise + validate (core) → outcome.
// Runs in a worker thread or, for a single file, in the main thread; never throws.
import { checkWorkbookChoosing } from '../core/check/workbook';
import { toCliFinding, toCliTable } from '../core/check/serialise';
import type { ReviewedMark } from '../core/findings/types';
import type { IndicatorTable } from '../core/model/types';
import type { ProfileRequest } from '../core/profile/auto';
import { tryReadWorkbookFromPath } from '../hosts/file/node';
import type { Language } from './args';
import { identify } from './header';
import type { FileOutcome, FileTable } from './outcome';

/** A reviewed mark as the CLI reads it: optionally limited to one file (by path or file name). */
export interface CliReviewedMark extends ReviewedMark {
  readonly file?: string;
}

/** Everything a worker needs, sent once when it starts. */
export interface CheckSetup {
  /** The profile named on the command line, or 'auto': each file by the core's default rule. */
  readonly profile: ProfileRequest;
  readonly reviewed: readonly CliReviewedMark[];
  readonly lang: Language;
}

const EMPTY_COUNTS = { error: 0, warning: 0, info: 0 };

function slashes(path: string): string {
  return path.replace(/\\/g, '/');
}

function marksFor(file: string, marks: readonly CliReviewedMark[]): ReviewedMark[] {
  const path = slashes(file);
  return marks.filter((m) => {
    if (m.file === undefined) return true;
    const wanted = slashes(m.file);
    return path === wanted || path.endsWith(`/${wanted}`);
  });
}

/** A summary with the identity of the table it summarises (same sheet and range). */
function withIdentity(summary: ReturnType<typeof toCliTable>, tables: readonly IndicatorTable[]): FileTable {
  const table = tables.find((t) => t.sheet === summary.sheet && t.range === summary.range);
  return table ? { ...summary, ...identify(table.header) } : summary;
}

export async function checkFile(file: string, setup: CheckSetup): Promise<FileOutcome> {
  try {
    const read = await tryReadWorkbookFromPath(file);
    if (!read.ok) {
      return { file, error: read.problem.message[setup.lang], errorCode: read.problem.code, tables: [], findings: [], counts: EMPTY_COUNTS, notes: [] };
    }
    // The recognised tables come back too: their header blocks name the unit and project.
    const { report, tables, choice } = checkWorkbookChoosing(read.grid, { profile: setup.profile, reviewed: marksFor(file, setup.reviewed) });
    return {
      file,
      profile: { label: choice.profile.label[setup.lang], ...(choice.reason ? { reason: choice.reason[setup.lang] } : {}) },
      tables: report.tables.map((t) => withIdentity(toCliTable(t), tables)),
      findings: report.findings.map((f) => toCliFinding(f, setup.lang)),
      counts: report.counts,
      notes: (report.notes ?? []).map((n) => n[setup.lang]),
    };
  } catch (error) {
    const text = error instanceof Error ? error.message.split('\n')[0] : String(error);
    const message = setup.lang === 'en' ? `Could not check the file: ${text}` : `无法检查该文件：${text}`;
    return { file, error: message, errorCode: 'internal', tables: [], findings: [], counts: EMPTY_COUNTS, notes: [] };
  }
}
