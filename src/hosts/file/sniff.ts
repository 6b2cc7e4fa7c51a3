// Tells what a file is before ExcelJS touches it. Detectors run in order; the first that names a
// problem wins. To recognise a new kind of bad file, add a code in problems.ts and a detector here.
import { DEFAULT_LIMITS, MAX_DEFLATE_RATIO, type ReadLimits } from './limits';
import { inflatePrefix, measureInflatedSize } from './inflate';
import { fileProblem, type FileProblem } from './problems';
import { entryDataStart, readZipDirectory, type ZipEntry } from './zip';

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/** An OLE stream name as stored in the compound file's directory (UTF-16LE). */
function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const pattern = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) pattern[i * 2] = text.charCodeAt(i);
  outer: for (let i = 0; i + pattern.length <= bytes.length; i++) {
    for (let j = 0; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}

function sniffOle(bytes: Uint8Array): FileProblem | undefined {
  if (!startsWith(bytes, OLE_SIGNATURE)) return undefined;
  // An encrypted .xlsx is an OLE file holding EncryptionInfo + EncryptedPackage.
  if (containsUtf16(bytes, 'EncryptionInfo') || containsUtf16(bytes, 'EncryptedPackage')) return fileProblem('encrypted');
  if (containsUtf16(bytes, 'Workbook') || containsUtf16(bytes, 'Book')) return fileProblem('legacy-xls');
  return fileProblem('legacy-office');
}

/** Not a zip and not OLE: a text file (CSV, HTML, XML 2003) or noise. */
function sniffText(bytes: Uint8Array): FileProblem {
  const head = bytes.subarray(0, 4096);
  if (head.includes(0)) return fileProblem('not-zip');
  const text = new TextDecoder('utf-8').decode(head).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  if (text.startsWith('<?xml') && text.includes('urn:schemas-microsoft-com:office:spreadsheet')) return fileProblem('xml-spreadsheet');
  if (text.startsWith('<') && /<(html|table|!doctype html)/.test(text)) return fileProblem('html');
  const controls = [...head].filter((b) => b < 9 || (b > 13 && b < 32)).length;
  const lines = text.split(/\r?\n/).filter((l) => l.length > 0);
  const separated = lines.length > 0 && lines.every((l) => /[,\t;，]/.test(l) || l.length < 200);
  if (controls === 0 && separated && /[,\t;，]/.test(text)) return fileProblem('csv');
  return fileProblem('not-zip');
}

function sniffZipContents(entries: readonly ZipEntry[]): FileProblem | undefined {
  const names = new Set(entries.map((e) => e.name));
  if (entries.some((e) => (e.flags & 1) === 1)) return fileProblem('encrypted');
  if (!names.has('xl/workbook.xml')) {
    if (names.has('xl/workbook.bin')) return fileProblem('xlsb');
    if (names.has('word/document.xml')) return fileProblem('docx');
    if (names.has('ppt/presentation.xml')) return fileProblem('pptx');
    if (names.has('content.xml') && names.has('mimetype')) return fileProblem('ods');
    return fileProblem('not-workbook');
  }
  if (!entries.some((e) => e.name.startsWith('xl/worksheets/') && e.name.endsWith('.xml'))) return fileProblem('no-worksheets');
  return undefined;
}

function worstCaseSize(entry: ZipEntry): number {
  return entry.method === 0 ? entry.compressedSize : Math.max(entry.uncompressedSize, entry.compressedSize * MAX_DEFLATE_RATIO);
}

/**
 * Refuses what would not fit in memory once inflated. Declared sizes decide first; when the zip
 * could be lying (its compressed data could inflate past the cap), the biggest entries are inflated
 * into a counter — never kept — until the worst case is within the cap.
 */
async function sniffSizes(bytes: Uint8Array, entries: readonly ZipEntry[], limits: ReadLimits): Promise<FileProblem | undefined> {
  let declared = 0;
  for (const entry of entries) {
    if (entry.uncompressedSize > limits.maxEntryBytes) {
      return fileProblem('too-large-inflated', { bytes: entry.uncompressedSize, cap: limits.maxEntryBytes });
    }
    declared += entry.uncompressedSize;
  }
  if (declared > limits.maxTotalBytes) return fileProblem('too-large-inflated', { bytes: declared, cap: limits.maxTotalBytes });

  let worst = entries.reduce((sum, e) => sum + worstCaseSize(e), 0);
  const suspects = entries.filter((e) => e.method !== 0).sort((a, b) => b.compressedSize - a.compressedSize);
  for (const entry of suspects) {
    if (worst <= limits.maxTotalBytes) break;
    const start = entryDataStart(bytes, entry);
    const size = await measureInflatedSize(bytes.subarray(start, start + entry.compressedSize), entry.uncompressedSize);
    if ('exceeded' in size) return fileProblem('zip-bomb', { entry: entry.name });
    if ('broken' in size) return fileProblem('corrupt', { detail: entry.name });
    worst -= worstCaseSize(entry) - size.bytes;
  }
  return undefined;
}

/** A sheet this large in bytes may be as long as its <dimension> says; a small one may not. */
const DIMENSION_TRUSTED_ABOVE = 1024 * 1024;

/**
 * Excel writes a sheet's used range (<dimension ref="A1:K1048576"/>) before its rows: a sheet that
 * states more rows than the cap, and is big enough to hold them, is refused before ExcelJS parses it.
 */
async function sniffDimensions(bytes: Uint8Array, entries: readonly ZipEntry[], limits: ReadLimits): Promise<FileProblem | undefined> {
  for (const entry of entries) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(entry.name) || entry.uncompressedSize <= DIMENSION_TRUSTED_ABOVE) continue;
    const start = entryDataStart(bytes, entry);
    const data = bytes.subarray(start, start + entry.compressedSize);
    const head = entry.method === 0 ? data.subarray(0, 4096) : await inflatePrefix(data, 4096);
    if (!head) continue;
    const ref = /<(?:\w+:)?dimension\s+ref="[A-Z]*\d*:?[A-Z]*(\d+)"/.exec(new TextDecoder().decode(head));
    if (ref && Number(ref[1]) > limits.maxRowsPerSheet) return fileProblem('too-many-rows', { cap: limits.maxRowsPerSheet });
  }
  return undefined;
}

/** What is wrong with these bytes as an .xlsx, or undefined when ExcelJS may read them. */
export async function sniffWorkbook(bytes: Uint8Array, limits: ReadLimits = DEFAULT_LIMITS): Promise<FileProblem | undefined> {
  if (bytes.byteLength === 0) return fileProblem('empty');
  if (bytes.byteLength > limits.maxFileBytes) return fileProblem('too-large', { bytes: bytes.byteLength, cap: limits.maxFileBytes });
  const ole = sniffOle(bytes);
  if (ole) return ole;
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6);
  if (!isZip) return sniffText(bytes);
  const directory = readZipDirectory(bytes);
  if (!directory.ok) return fileProblem('truncated');
  return (
    sniffZipContents(directory.entries) ??
    (await sniffSizes(bytes, directory.entries, limits)) ??
    (await sniffDimensions(bytes, directory.entries, limits))
  );
}
