// Node-only helpers: read a workbook from a path, and inflate ExcelJS's zip entries natively. Kept
// apart from read.ts so the browser bundle never pulls in 'fs'.
import { isUtf8 } from 'node:buffer';
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { inflateRawSync } from 'node:zlib';
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

// ExcelJS unzips with JSZip, which inflates each entry in JavaScript (pako) through a chain of
// chunked workers and timers: a tenth of perf-audit's CPU on small workbooks, paid again for JIT
// warm-up in every worker thread. useNativeInflate() keeps JSZip for everything it decides (entry
// names, order, folders, which files are broken) and only inflates with Node's zlib, accepting the
// result when it is exactly what JSZip would hand over: the declared size and, for text, valid UTF-8.
// Anything else (a zlib error, another size, odd bytes, another method) takes JSZip's own path, so a
// broken file fails with the same message as before.
interface CompressedContent {
  readonly compressedContent: Uint8Array;
  readonly uncompressedSize: number;
  readonly compression?: { readonly magic?: string };
}

interface ZipObject {
  readonly dir: boolean;
  readonly _data: unknown;
  async(type: string): Promise<unknown>;
}

interface JSZipModule {
  loadAsync(this: unknown, data: unknown, options?: unknown): Promise<{ files: Record<string, ZipObject> }>;
}

const STORE = '\x00\x00';
const DEFLATE = '\x08\x00';
const patched = new WeakSet<object>();

/** The bytes of a stored or deflated entry, or undefined where JSZip must decide. */
function inflated(content: CompressedContent, method: string): Buffer | undefined {
  try {
    // Never more than one byte past the declared size: an entry that lies about it stops there.
    const out =
      method === STORE
        ? Buffer.from(content.compressedContent)
        : inflateRawSync(content.compressedContent, { maxOutputLength: content.uncompressedSize + 1 });
    return out.length === content.uncompressedSize ? out : undefined;
  } catch {
    return undefined;
  }
}

function speedUp(file: ZipObject, CompressedObject: new (...args: never[]) => CompressedContent): void {
  const content = file._data;
  if (file.dir || !(content instanceof CompressedObject)) return;
  const method = content.compression?.magic;
  if (method !== STORE && method !== DEFLATE) return;
  const viaJsZip = file.async;
  file.async = function (type: string) {
    if (type !== 'string' && type !== 'nodebuffer') return viaJsZip.call(this, type);
    const bytes = inflated(content, method);
    if (!bytes) return viaJsZip.call(this, type);
    if (type === 'nodebuffer') return Promise.resolve(bytes);
    return isUtf8(bytes) ? Promise.resolve(bytes.toString('utf8')) : viaJsZip.call(this, type);
  };
}

function exceljsJsZip(): { JSZip: JSZipModule; CompressedObject: new (...args: never[]) => CompressedContent } {
  const from = { paths: [dirname(require.resolve('exceljs'))] };
  return {
    JSZip: require(require.resolve('jszip', from)) as JSZipModule,
    CompressedObject: require(require.resolve('jszip/lib/compressedObject', from)) as new (...args: never[]) => CompressedContent,
  };
}

/** Whether this thread's ExcelJS inflates with zlib. */
export function nativeInflateInUse(): boolean {
  try {
    return patched.has(exceljsJsZip().JSZip);
  } catch {
    return false;
  }
}

/**
 * Makes the JSZip that ExcelJS uses inflate with zlib (idempotent; affects this thread only).
 * Returns false, changing nothing, when that JSZip is not laid out as expected.
 */
export function useNativeInflate(): boolean {
  try {
    const { JSZip, CompressedObject } = exceljsJsZip();
    if (patched.has(JSZip)) return true;
    if (typeof JSZip.loadAsync !== 'function' || typeof CompressedObject !== 'function') return false;
    const loadAsync = JSZip.loadAsync;
    JSZip.loadAsync = async function (data, options) {
      const zip = await loadAsync.call(this, data, options);
      for (const file of Object.values(zip.files)) speedUp(file, CompressedObject);
      return zip;
    };
    patched.add(JSZip);
    return true;
  } catch {
    return false;
  }
}
