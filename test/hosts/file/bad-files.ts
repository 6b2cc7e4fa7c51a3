// Bad files made in memory, each the smallest honest example of its kind.
import { Readable } from 'node:stream';
import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';

export async function zipOf(files: Record<string, string | Uint8Array>, options: { compression?: 'STORE' | 'DEFLATE' } = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content);
  return zip.generateAsync({ type: 'uint8array', compression: options.compression ?? 'DEFLATE' });
}

const CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';

/** A .docx is a zip with word/document.xml and no xl/workbook.xml. */
export const docx = () => zipOf({ '[Content_Types].xml': CONTENT_TYPES, 'word/document.xml': '<w:document/>' });
export const pptx = () => zipOf({ '[Content_Types].xml': CONTENT_TYPES, 'ppt/presentation.xml': '<p:presentation/>' });
export const xlsb = () => zipOf({ '[Content_Types].xml': CONTENT_TYPES, 'xl/workbook.bin': new Uint8Array([1, 2, 3]) });
export const plainZip = () => zipOf({ 'readme.txt': '说明' });
/** A workbook holding only a chart sheet. */
export const chartsOnly = () =>
  zipOf({ '[Content_Types].xml': CONTENT_TYPES, 'xl/workbook.xml': '<workbook/>', 'xl/chartsheets/sheet1.xml': '<chartsheet/>' });

/** Deterministic noise (a linear congruential generator), so failures are reproducible. */
export function randomBytes(length: number, seed = 42): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

/**
 * The start of an OLE compound file (signature D0 CF 11 E0 …) whose directory names the given streams
 * in UTF-16LE, as an encrypted .xlsx (EncryptionInfo, EncryptedPackage) or a Word .doc does.
 */
export function oleWithStreams(...names: string[]): Uint8Array {
  const out = new Uint8Array(512 + 128 * (names.length + 1));
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  ['Root Entry', ...names].forEach((name, i) => {
    const base = 512 + 128 * i;
    for (let j = 0; j < name.length; j++) out[base + j * 2] = name.charCodeAt(j);
    out[base + 64] = (name.length + 1) * 2;
  });
  return out;
}

/** Raw-deflates `total` bytes of '<c/>'-like filler without ever holding them in memory. */
async function deflateFiller(total: number): Promise<Uint8Array> {
  const chunk = Buffer.alloc(1024 * 1024, ' ');
  let left = total;
  const source = Readable.from(
    (function* () {
      while (left > 0) {
        const n = Math.min(left, chunk.length);
        left -= n;
        yield n === chunk.length ? chunk : chunk.subarray(0, n);
      }
    })(),
  );
  const parts: Buffer[] = [];
  for await (const part of source.pipe(createDeflateRaw({ level: 9 }))) parts.push(part as Buffer);
  return Buffer.concat(parts);
}

interface RawEntry {
  readonly name: string;
  /** Stored bytes (method 0) or raw-deflated bytes (method 8). */
  readonly data: Uint8Array;
  readonly method: 0 | 8;
  /** Uncompressed size written in both headers (a zip bomb writes less than the truth). */
  readonly size: number;
  readonly crc?: number;
}

/** A zip written byte by byte, so headers can say exactly what a test needs them to say. */
export function rawZip(entries: readonly RawEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.crc ?? 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(e.method, 10);
    central.writeUInt32LE(e.crc ?? 0, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(e.data));
    centrals.push(central, name);
    offset += 30 + name.length + e.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** An entry deflated with Node's zlib (fast), with its real CRC so any zip reader accepts it. */
export function deflatedEntry(name: string, content: string | Uint8Array): RawEntry {
  const data = typeof content === 'string' ? Buffer.from(content) : Buffer.from(content);
  return { name, data: deflateRawSync(data, { level: 1 }), method: 8, size: data.length, crc: crc32(data) };
}

/**
 * A zip holding xl/workbook.xml and one worksheet of `inflated` bytes of filler. `declared` is the
 * uncompressed size written in the headers: equal to `inflated` for an honest huge sheet, smaller for
 * a zip bomb that lies about its size.
 */
export async function hugeSheetZip(inflated: number, declared = inflated): Promise<Uint8Array> {
  return rawZip([
    { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>'), size: 11, method: 0 },
    { name: 'xl/worksheets/sheet1.xml', data: await deflateFiller(inflated), size: declared, method: 8 },
  ]);
}

/** Marks every entry of a zip as encrypted (general-purpose flag bit 0), headers only. */
export function withEncryptedFlag(zip: Uint8Array): Uint8Array {
  const out = Buffer.from(zip);
  for (let i = 0; i + 4 <= out.length; i++) {
    const sig = out.readUInt32LE(i);
    if (sig === 0x04034b50) out.writeUInt16LE(out.readUInt16LE(i + 6) | 1, i + 6);
    if (sig === 0x02014b50) out.writeUInt16LE(out.readUInt16LE(i + 8) | 1, i + 8);
  }
  return out;
}

/** Deflates generated text chunk by chunk, keeping only the compressed bytes and a running CRC. */
async function deflateChunks(chunks: Iterable<string>): Promise<{ data: Uint8Array; size: number; crc: number }> {
  let size = 0;
  let crc = 0;
  const source = Readable.from(
    (function* () {
      for (const text of chunks) {
        const chunk = Buffer.from(text);
        size += chunk.length;
        crc = crc32(chunk, crc);
        yield chunk;
      }
    })(),
  );
  const parts: Buffer[] = [];
  for await (const part of source.pipe(createDeflateRaw({ level: 1 }))) parts.push(part as Buffer);
  return { data: Buffer.concat(parts), size, crc };
}

/**
 * A real, minimal .xlsx (made by ExcelJS) whose first sheet is replaced by `rows` rows — the whole of
 * Excel's 1,048,576 when asked. Rows hold one number each, or are empty formatted rows (`<row r="9"
 * s="1" customFormat="1"/>`, what formatting whole rows leaves). With `dimension` the sheet states its
 * used range up front as Excel writes it; without, only counting rows tells.
 */
export async function manyRowsWorkbook(rows: number, options: { dimension: boolean; values: boolean }): Promise<Uint8Array> {
  const ExcelJS = (await import('exceljs')).default;
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Sheet1').getCell('A1').value = 1;
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  const entries: RawEntry[] = [];
  for (const entry of Object.values(zip.files)) {
    if (entry.dir || entry.name === 'xl/worksheets/sheet1.xml') continue;
    entries.push(deflatedEntry(entry.name, await entry.async('uint8array')));
  }
  const row = options.values
    ? (r: number) => `<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`
    : (r: number) => `<row r="${r}" s="1" customFormat="1"/>`;
  const sheet = await deflateChunks(
    (function* () {
      yield '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
      yield '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';
      if (options.dimension) yield `<dimension ref="A1:A${rows}"/>`;
      yield '<sheetData>';
      for (let r = 1; r <= rows; r += 10_000) {
        const block: string[] = [];
        for (let k = r; k < r + 10_000 && k <= rows; k++) block.push(row(k));
        yield block.join('');
      }
      yield '</sheetData></worksheet>';
    })(),
  );
  entries.push({ name: 'xl/worksheets/sheet1.xml', method: 8, ...sheet });
  return rawZip(entries);
}
