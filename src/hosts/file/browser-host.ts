// The browser preview's workbook: .xlsx bytes opened in the page. The cells live in a MemoryWorkbook
// behind the in-memory PerfHost (the same all-or-nothing batches, journal and undo as in Excel); the
// original bytes are kept, so the download is the original file with exactly the changed cells
// rewritten by tryApplyChangesToBuffer: every other cell, style and merge survives. No network, no Node.
import type { CellChange, Message } from '../../core/findings/types';
import { createMemoryHost, MemoryWorkbook, type MemoryHost } from '../memory';
import { parseFills, parseReviewed, STORE } from '../memory/store';
import { NOTES_STORE, parseNotes } from '../notes';
import { NOTES_PROPERTY } from '../doc-parts';
import { readFileNotes, type FileNote } from './cell-notes';
import type { HostCapabilities } from '../types';
import { tryApplyChangesToBuffer } from './apply';
import { readStoredDocument, writeStoredDocument } from './doc-props';
import type { FileProblem } from './problems';
import { toBytes, tryReadWorkbookFromBuffer } from './read';

/**
 * What the preview offers. Extra sheets would not reach the downloaded file, and the grid view is
 * read-only, so there is nothing to watch: the pane hides those commands instead of offering something
 * that is lost on download. Highlights and the notes PERF adds with them are written into the download
 * (the grid already tints flagged cells); the undo journal stays in the page; reviewed marks and the
 * record of PERF's notes are written into the download (custom document properties, as WPS keeps them).
 */
export const PREVIEW_CAPABILITIES: HostCapabilities = {
  select: true,
  highlight: true,
  cellNotes: true,
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
/** Do two lists of notes hold the same text at the same cells? */
function sameNotes(a: readonly FileNote[], b: readonly FileNote[]): boolean {
  if (a.length !== b.length) return false;
  const byCell = new Map(b.map((n) => [`${n.sheet}!${n.address.toUpperCase()}`, n.text]));
  return a.every((n) => byCell.get(`${n.sheet}!${n.address.toUpperCase()}`) === n.text);
}

export async function openWorkbookFile(data: ArrayBuffer | Uint8Array, name: string): Promise<OpenFileResult> {
  // A copy: the caller's buffer may be reused or detached, the download needs the original.
  const original = toBytes(data).slice();
  const read = await tryReadWorkbookFromBuffer(original, name);
  if (!read.ok) return read;
  // The file's own notes: PERF never writes over one, and the download keeps them all.
  const fileNotes = await readFileNotes(original);
  const workbook = new MemoryWorkbook(read.grid, { notes: Object.fromEntries(fileNotes.map((n) => [`${n.sheet}!${n.address}`, n.text])) });
  // Marks saved in the file (by an earlier download or by WPS) are the pane's marks from the start.
  const storedMarks = await readStoredDocument(original);
  if (storedMarks !== undefined) workbook.setDocument(STORE.reviewed, storedMarks);
  // So are the notes PERF added there: 清除高亮 deletes them.
  const storedNotes = await readStoredDocument(original, NOTES_PROPERTY);
  if (storedNotes !== undefined) workbook.setDocument(NOTES_STORE, storedNotes);
  const host = createMemoryHost(workbook, { capabilities: PREVIEW_CAPABILITIES });
  const changes = () => workbook.changesSinceOpen();

  async function download(language: 'zh' | 'en' = 'zh'): Promise<DownloadResult> {
    const pending = changes();
    const fileName = correctedFileName(name, language);
    const marks = workbook.document(STORE.reviewed);
    const marksText = marks !== undefined && parseReviewed(marks).length > 0 ? marks : undefined;
    const perfNotes = workbook.document(NOTES_STORE);
    const notesText = perfNotes !== undefined && parseNotes(perfNotes).length > 0 ? perfNotes : undefined;
    const fills = parseFills(workbook.document(STORE.fills)).map((f) => ({ sheet: f.sheet, address: f.address, color: f.applied }));
    const notes = workbook.allNotes();
    const removeNotes = fileNotes.filter((n) => workbook.note(n.sheet, n.address) === null);
    const notesChanged = removeNotes.length > 0 || !sameNotes(notes, fileNotes);
    const rewrite = pending.length > 0 || fills.length > 0 || notesChanged;
    if (!rewrite && marksText === storedMarks && notesText === storedNotes) return { ok: true, data: original.slice(), name: fileName, written: 0 };
    let data: Uint8Array = original;
    let written = 0;
    if (rewrite) {
      // Every note is passed: ExcelJS would drop those of empty cells.
      const result = await tryApplyChangesToBuffer(original, pending, { fills, notes, removeNotes });
      if (!result.ok) return { ok: false, message: result.message };
      data = result.data;
      written = result.written;
    }
    try {
      data = await writeStoredDocument(data, original, marksText);
      if (notesText !== storedNotes || rewrite) data = await writeStoredDocument(data, data, notesText, NOTES_PROPERTY);
    } catch (error) {
      const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
      return { ok: false, message: { zh: `写入复核标记失败：${detail}`, en: `Writing the reviewed marks failed: ${detail}` } };
    }
    return { ok: true, data: data === original ? original.slice() : data, name: fileName, written };
  }

  return { ok: true, file: { name, size: original.byteLength, host, workbook, changes, download } };
}
