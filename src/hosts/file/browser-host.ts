// The browser preview's workbook: .xlsx bytes opened in the page. The cells live in a MemoryWorkbook
// behind the in-memory PerfHost (the same all-or-nothing batches, journal and undo as in Excel); the
// original bytes are kept, so the download is the original file with exactly the changed cells
// rewritten by tryApplyChangesToBuffer: every other cell, style and merge survives. No network, no Node.
import type { CellChange, Message } from '../../core/findings/types';
import { createMemoryHost, MemoryWorkbook, type MemoryHost } from '../memory';
import { parseReviewed, STORE } from '../memory/store';
import type { HostCapabilities } from '../types';
import { tryApplyChangesToBuffer } from './apply';
import { readStoredDocument, writeStoredDocument } from './doc-props';
import type { FileProblem } from './problems';
import { toBytes, tryReadWorkbookFromBuffer } from './read';

/**
 * What the preview offers. Fills and extra sheets would not reach the downloaded file (it carries cell
 * changes and reviewed marks only), and the grid view is read-only, so there is nothing to watch: the
 * pane hides those commands instead of offering something that is lost on download. The undo journal
 * stays in the page; reviewed marks are written into the download (custom document properties).
 */
export const PREVIEW_CAPABILITIES: HostCapabilities = {
  select: true,
  highlight: false,
  storeInWorkbook: false,
  reviewedInDownload: true,
  watchChanges: false,
  addSheet: false,
  notes: [],
};

export type DownloadResult =
  | { readonly ok: true; readonly data: Uint8Array; readonly name: string; readonly written: number }
  | { readonly ok: false; readonly message: Message };

export interface OpenedFile {
  readonly name: string;
  /** Size of the opened file in bytes. */
  readonly size: number;
  readonly host: MemoryHost;
  readonly workbook: MemoryWorkbook;
  /** Every cell that now differs from the opened file, as one batch from its original content. */
  changes(): CellChange[];
  /**
   * The file to save, named in the page's language: the original bytes when nothing changed, else them
   * with the changed cells rewritten and the reviewed marks stored in the file.
   */
  download(language?: 'zh' | 'en'): Promise<DownloadResult>;
}

export type OpenFileResult = { readonly ok: true; readonly file: OpenedFile } | { readonly ok: false; readonly problem: FileProblem };

const XLSX_EXTENSION = /\.xlsx$/i;

/** The download's name in the page's language: 自评表.xlsx → 自评表-已修正.xlsx, or 自评表-corrected.xlsx in English. */
export function correctedFileName(name: string, language: 'zh' | 'en' = 'zh'): string {
  const base = (name.trim() || 'workbook.xlsx').replace(XLSX_EXTENSION, '');
  return `${base}-${language === 'en' ? 'corrected' : '已修正'}.xlsx`;
}

/** Opens .xlsx bytes; never throws: the file, or the file host's one-line reason it cannot be read. */
export async function openWorkbookFile(data: ArrayBuffer | Uint8Array, name: string): Promise<OpenFileResult> {
  // A copy: the caller's buffer may be reused or detached, the download needs the original.
  const original = toBytes(data).slice();
  const read = await tryReadWorkbookFromBuffer(original, name);
  if (!read.ok) return read;
  const workbook = new MemoryWorkbook(read.grid);
  // Marks saved in the file (by an earlier download or by WPS) are the pane's marks from the start.
  const storedMarks = await readStoredDocument(original);
  if (storedMarks !== undefined) workbook.setDocument(STORE.reviewed, storedMarks);
  const host = createMemoryHost(workbook, { capabilities: PREVIEW_CAPABILITIES });
  const changes = () => workbook.changesSinceOpen();

  async function download(language: 'zh' | 'en' = 'zh'): Promise<DownloadResult> {
    const pending = changes();
    const fileName = correctedFileName(name, language);
    const marks = workbook.document(STORE.reviewed);
    const marksText = marks !== undefined && parseReviewed(marks).length > 0 ? marks : undefined;
    if (pending.length === 0 && marksText === storedMarks) return { ok: true, data: original.slice(), name: fileName, written: 0 };
    let data: Uint8Array = original;
    let written = 0;
    if (pending.length > 0) {
      const result = await tryApplyChangesToBuffer(original, pending);
      if (!result.ok) return { ok: false, message: result.message };
      data = result.data;
      written = result.written;
    }
    try {
      data = await writeStoredDocument(data, original, marksText);
    } catch (error) {
      const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
      return { ok: false, message: { zh: `写入复核标记失败：${detail}`, en: `Writing the reviewed marks failed: ${detail}` } };
    }
    return { ok: true, data: data === original ? original.slice() : data, name: fileName, written };
  }

  return { ok: true, file: { name, size: original.byteLength, host, workbook, changes, download } };
}
