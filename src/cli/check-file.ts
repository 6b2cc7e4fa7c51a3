// One file through the whole pipeline: read (file host) → recognise + validate (core) → outcome.
// Runs in a worker thread or, for a single file, in the main thread; never throws.
import { checkRecognition } from '../core/check/report';
import { checkWorkbook } from '../core/check/workbook';
import { toCliFinding, toCliTable } from '../core/check/serialise';
import type { ReviewedMark } from '../core/findings/types';
import type { WorkbookGrid } from '../core/grid/types';
import type { IndicatorTable } from '../core/model/types';
import type { Profile } from '../core/profile/types';
import { recognise } from '../core/recognise';
import type { WorkbookReport } from '../core/report/types';
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
  readonly profile: Profile;
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

/**
 * checkWorkbook's report, and the recognised tables (their header blocks name the unit and project).
 * Should anything throw, checkWorkbook runs instead and turns the failure into its usual note.
 */
function checkGrid(grid: WorkbookGrid, options: Parameters<typeof checkWorkbook>[1]): { report: WorkbookReport; tables: readonly IndicatorTable[] } {
  try {
    const recognition = recognise(grid);
    const report = checkRecognition(recognition, options, grid.sheets.map((s) => s?.name), grid.notes ?? []);
    return { report, tables: recognition.tables };
  } catch {
    return { report: checkWorkbook(grid, options), tables: [] };
  }
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
    const { report, tables } = checkGrid(read.grid, { profile: setup.profile, reviewed: marksFor(file, setup.reviewed) });
    return {
      file,
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
