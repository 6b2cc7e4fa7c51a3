// Reads a zip's central directory without inflating anything: entry names, methods, flags and the
// sizes the zip declares. Enough to tell a truncated file, a .docx or a zip bomb before ExcelJS runs.

export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflate. */
  readonly method: number;
  /** General-purpose flags; bit 0 means the entry is encrypted. */
  readonly flags: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  /** Offset of the entry's local header. */
  readonly localOffset: number;
}

export type ZipDirectory = { readonly ok: true; readonly entries: readonly ZipEntry[] } | { readonly ok: false };

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_U32 = 0xffffffff;

function u64(view: DataView, offset: number): number {
  return view.getUint32(offset, true) + view.getUint32(offset + 4, true) * 2 ** 32;
}

function findEndOfCentralDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  const first = Math.max(0, last - 0xffff);
  for (let i = last; i >= first; i--) {
    if (view.getUint32(i, true) === EOCD) return i;
  }
  return -1;
}

/** Where the directory is and how many entries it holds, zip64 included. */
function directoryBounds(view: DataView, eocd: number): { count: number; offset: number; size: number } | undefined {
  let count = view.getUint16(eocd + 10, true);
  let size = view.getUint32(eocd + 12, true);
  let offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || size === MAX_U32 || offset === MAX_U32) {
    const locator = eocd - 20;
    if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) return undefined;
    const zip64 = u64(view, locator + 8);
    if (zip64 + 56 > view.byteLength || view.getUint32(zip64, true) !== ZIP64_EOCD) return undefined;
    count = u64(view, zip64 + 32);
    size = u64(view, zip64 + 40);
    offset = u64(view, zip64 + 48);
  }
  if (offset + size > eocd) return undefined;
  return { count, offset, size };
}

/** Sizes stored as 0xFFFFFFFF live in the zip64 extra field (id 1), in this order. */
function zip64Sizes(view: DataView, extraStart: number, extraLength: number, entry: { u: number; c: number; o: number }): void {
  let p = extraStart;
  const end = extraStart + extraLength;
  while (p + 4 <= end) {
    const id = view.getUint16(p, true);
    const length = view.getUint16(p + 2, true);
    if (id === 1) {
      let q = p + 4;
      if (entry.u === MAX_U32 && q + 8 <= end) (entry.u = u64(view, q)), (q += 8);
      if (entry.c === MAX_U32 && q + 8 <= end) (entry.c = u64(view, q)), (q += 8);
      if (entry.o === MAX_U32 && q + 8 <= end) entry.o = u64(view, q);
      return;
    }
    p += 4 + length;
  }
}

const decoder = new TextDecoder('utf-8');

export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  if (bytes.byteLength < 22) return { ok: false };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) return { ok: false };
  const bounds = directoryBounds(view, eocd);
  if (!bounds) return { ok: false };
  const entries: ZipEntry[] = [];
  let p = bounds.offset;
  for (let i = 0; i < bounds.count; i++) {
    if (p + 46 > eocd || view.getUint32(p, true) !== CENTRAL) return { ok: false };
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    if (p + 46 + nameLength + extraLength + commentLength > eocd) return { ok: false };
    const sizes = { c: view.getUint32(p + 20, true), u: view.getUint32(p + 24, true), o: view.getUint32(p + 42, true) };
    zip64Sizes(view, p + 46 + nameLength, extraLength, sizes);
    entries.push({
      name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength)).replace(/^\//, ''),
      method: view.getUint16(p + 10, true),
      flags: view.getUint16(p + 8, true),
      compressedSize: sizes.c,
      uncompressedSize: sizes.u,
      localOffset: sizes.o,
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  // Every entry's data must lie before the directory: otherwise the file was cut or spliced.
  for (const entry of entries) {
    const local = entry.localOffset;
    if (local + 30 > bounds.offset || view.getUint32(local, true) !== LOCAL) return { ok: false };
    if (entryDataStart(bytes, entry) + entry.compressedSize > bounds.offset) return { ok: false };
  }
  return { ok: true, entries };
}

/** Offset of an entry's compressed data (after its local header). */
export function entryDataStart(bytes: Uint8Array, entry: ZipEntry): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const local = entry.localOffset;
  return local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
}
