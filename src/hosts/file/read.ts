// Reads .xlsx bytes into the grid, in Node and in the browser alike (no 'fs' here: see node.ts).
// Unreadable input is classified first (sniff.ts) and comes back as one line with a code.
import ExcelJS from 'exceljs';
import type { WorkbookGrid } from '../../core/grid/types';
import { DEFAULT_LIMITS, type ReadLimits } from './limits';
import { fileProblem, UnreadableFileError, type FileProblem } from './problems';
import { sniffWorkbook } from './sniff';
import { workbookToGrid } from './grid';

export type ReadResult = { readonly ok: true; readonly grid: WorkbookGrid } | { readonly ok: false; readonly problem: FileProblem };

export function toBytes(data: ArrayBuffer | Uint8Array): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

/** ExcelJS's own failures, named by what they mean. */
function problemFromLoadError(error: unknown, limits: ReadLimits): FileProblem {
  const text = error instanceof Error ? error.message : String(error);
  if (/Max row count/i.test(text)) return fileProblem('too-many-rows', { cap: limits.maxRowsPerSheet });
  if (/Max c count/i.test(text)) return fileProblem('too-many-columns', { cap: limits.maxCellsPerRow });
  if (/encrypt/i.test(text)) return fileProblem('encrypted');
  if (/end of (central directory|data)|corrupted zip|invalid.*zip/i.test(text)) return fileProblem('truncated');
  return fileProblem('corrupt', { detail: text.split('\n')[0].slice(0, 120) });
}

/** Loads a workbook ExcelJS can read, or says why not. Shared by reading and by applying changes. */
export async function loadWorkbook(
  data: ArrayBuffer | Uint8Array,
  limits: ReadLimits = DEFAULT_LIMITS,
): Promise<{ ok: true; workbook: ExcelJS.Workbook } | { ok: false; problem: FileProblem }> {
  const bytes = toBytes(data);
  const problem = await sniffWorkbook(bytes, limits);
  if (problem) return { ok: false, problem };
  const workbook = new ExcelJS.Workbook();
  try {
    const options = { maxRows: limits.maxRowsPerSheet, maxCols: limits.maxCellsPerRow };
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer, options as Partial<ExcelJS.XlsxReadOptions>);
  } catch (error) {
    return { ok: false, problem: problemFromLoadError(error, limits) };
  }
  if (workbook.worksheets.length === 0) return { ok: false, problem: fileProblem('no-worksheets') };
  return { ok: true, workbook };
}

/** Never throws: the grid, or the reason the file cannot be read. */
export async function tryReadWorkbookFromBuffer(
  data: ArrayBuffer | Uint8Array,
  name?: string,
  limits: ReadLimits = DEFAULT_LIMITS,
): Promise<ReadResult> {
  try {
    const loaded = await loadWorkbook(data, limits);
    if (!loaded.ok) return loaded;
    return { ok: true, grid: workbookToGrid(loaded.workbook, name) };
  } catch (error) {
    return { ok: false, problem: problemFromLoadError(error, limits) };
  }
}

/** The grid of an .xlsx; rejects only with UnreadableFileError (a code and a one-line message). */
export async function readWorkbookFromBuffer(data: ArrayBuffer | Uint8Array, name?: string): Promise<WorkbookGrid> {
  const result = await tryReadWorkbookFromBuffer(data, name);
  if (!result.ok) throw new UnreadableFileError(result.problem);
  return result.grid;
}
