// Node-only helpers: read a workbook from a path. Kept apart from read.ts so the browser bundle
// never pulls in 'fs'.
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { WorkbookGrid } from '../../core/grid/types';
import { DEFAULT_LIMITS, type ReadLimits } from './limits';
import { fileProblem, UnreadableFileError } from './problems';
import { tryReadWorkbookFromBuffer, type ReadResult } from './read';

/** Never throws: the grid, or why the file cannot be read (missing, too large, not an .xlsx…). */
export async function tryReadWorkbookFromPath(path: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<ReadResult> {
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (!info.isFile()) return { ok: false, problem: fileProblem('io', { detail: 'not a file' }) };
    // Refuse by size before reading a single byte.
    if (info.size > limits.maxFileBytes) return { ok: false, problem: fileProblem('too-large', { bytes: info.size, cap: limits.maxFileBytes }) };
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException)?.code;
    return { ok: false, problem: fileProblem('io', { detail: code ?? undefined }) };
  }
  return tryReadWorkbookFromBuffer(bytes, basename(path), limits);
}

/** The grid of the .xlsx at `path`; rejects only with UnreadableFileError. */
export async function readWorkbookFromPath(path: string): Promise<WorkbookGrid> {
  const result = await tryReadWorkbookFromPath(path);
  if (!result.ok) throw new UnreadableFileError(result.problem);
  return result.grid;
}
