// A minimal but valid OLE compound file (MS-CFB, version 3, 512-byte sectors), enough to hold what
// Excel writes for a password-protected workbook: an EncryptionInfo stream (agile encryption, 4.4)
// and an EncryptedPackage stream. Small streams live in the mini stream, as the format requires.
import { randomBytes } from '../../hosts/file/bad-files';

const SECTOR = 512;
const MINI = 64;
const CUTOFF = 4096;
const FREE = 0xffffffff;
const END = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;
const NONE = 0xffffffff;

interface Stream {
  readonly name: string;
  readonly data: Uint8Array;
}

function directoryEntry(name: string, type: 1 | 2 | 5, start: number, size: number, links: { left?: number; right?: number; child?: number }): Buffer {
  const entry = Buffer.alloc(128);
  entry.write(name, 0, 'utf16le');
  entry.writeUInt16LE((name.length + 1) * 2, 64);
  entry.writeUInt8(type, 66);
  entry.writeUInt8(1, 67); // black
  entry.writeUInt32LE(links.left ?? NONE, 68);
  entry.writeUInt32LE(links.right ?? NONE, 72);
  entry.writeUInt32LE(links.child ?? NONE, 76);
  entry.writeUInt32LE(start, 116);
  entry.writeUInt32LE(size, 120);
  return entry;
}

/** Sibling order in a CFB directory: shorter names first, then by upper-cased code units. */
function compareNames(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  const x = a.toUpperCase();
  const y = b.toUpperCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

const padTo = (n: number, unit: number) => Math.ceil(n / unit) * unit;

/**
 * Streams directly under the root (at most a few, small enough for one FAT sector). The sibling
 * tree is a chain to the right in name order: a valid (if unbalanced) red-black tree of black nodes.
 */
export function compoundFile(streams: readonly Stream[]): Uint8Array {
  const ordered = [...streams].sort((a, b) => compareNames(a.name, b.name));
  const small = ordered.filter((s) => s.data.length < CUTOFF);
  const large = ordered.filter((s) => s.data.length >= CUTOFF);

  // Mini stream: each small stream in whole 64-byte mini sectors.
  const miniStart = new Map<Stream, number>();
  const miniFat: number[] = [];
  for (const s of small) {
    const count = Math.max(1, Math.ceil(s.data.length / MINI));
    miniStart.set(s, miniFat.length);
    for (let i = 0; i < count; i++) miniFat.push(i === count - 1 ? END : miniFat.length + 1);
  }
  const miniStream = Buffer.alloc(miniFat.length * MINI);
  for (const s of small) miniStream.set(s.data, miniStart.get(s)! * MINI);

  // Sectors: 0 FAT, 1 directory, 2 mini FAT, then the mini stream, then each large stream.
  const fat: number[] = [FAT_SECTOR, END, END];
  const miniStreamStart = fat.length;
  const miniSectors = Math.ceil(miniStream.length / SECTOR);
  for (let i = 0; i < miniSectors; i++) fat.push(i === miniSectors - 1 ? END : fat.length + 1);
  const largeStart = new Map<Stream, number>();
  for (const s of large) {
    const count = Math.ceil(s.data.length / SECTOR);
    largeStart.set(s, fat.length);
    for (let i = 0; i < count; i++) fat.push(i === count - 1 ? END : fat.length + 1);
  }
  if (fat.length > SECTOR / 4 || ordered.length > 3) throw new Error('compoundFile: too large for one FAT and one directory sector');

  const header = Buffer.alloc(SECTOR);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 24); // minor version
  header.writeUInt16LE(0x0003, 26); // major version 3
  header.writeUInt16LE(0xfffe, 28); // little-endian
  header.writeUInt16LE(9, 30); // 512-byte sectors
  header.writeUInt16LE(6, 32); // 64-byte mini sectors
  header.writeUInt32LE(1, 44); // FAT sectors
  header.writeUInt32LE(1, 48); // first directory sector
  header.writeUInt32LE(CUTOFF, 56);
  header.writeUInt32LE(small.length ? 2 : END, 60); // first mini FAT sector
  header.writeUInt32LE(small.length ? 1 : 0, 64);
  header.writeUInt32LE(END, 68); // no DIFAT sectors
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i === 0 ? 0 : FREE, 76 + i * 4);

  const fatSector = Buffer.alloc(SECTOR, 0xff);
  fat.forEach((next, i) => fatSector.writeUInt32LE(next, i * 4));
  const miniFatSector = Buffer.alloc(SECTOR, 0xff);
  miniFat.forEach((next, i) => miniFatSector.writeUInt32LE(next, i * 4));

  const entries = [
    directoryEntry('Root Entry', 5, miniStream.length ? miniStreamStart : END, miniStream.length, { child: ordered.length ? 1 : NONE }),
    ...ordered.map((s, i) => {
      const start = s.data.length < CUTOFF ? miniStart.get(s)! : largeStart.get(s)!;
      return directoryEntry(s.name, 2, start, s.data.length, { right: i + 1 < ordered.length ? i + 2 : NONE });
    }),
  ];
  const directory = Buffer.alloc(SECTOR);
  entries.forEach((e, i) => e.copy(directory, i * 128));
  for (let i = entries.length; i < 4; i++) {
    // Unused entries: no name, type 0, no links.
    directory.writeUInt32LE(NONE, i * 128 + 68);
    directory.writeUInt32LE(NONE, i * 128 + 72);
    directory.writeUInt32LE(NONE, i * 128 + 76);
  }

  const body = [fatSector, directory, miniFatSector, Buffer.alloc(miniSectors * SECTOR)];
  miniStream.copy(body[3]);
  for (const s of large) {
    const sectors = Buffer.alloc(padTo(s.data.length, SECTOR));
    sectors.set(s.data);
    body.push(sectors);
  }
  return Buffer.concat([header, ...body]);
}

const b64 = (length: number, seed: number) => Buffer.from(randomBytes(length, seed)).toString('base64');

/**
 * What Excel saves for a workbook with a password to open: agile encryption (AES-256, SHA-512)
 * described in EncryptionInfo, the .xlsx package encrypted in EncryptedPackage (size, then data).
 */
export function encryptedWorkbook(): Uint8Array {
  const xml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
    '<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption" xmlns:p="http://schemas.microsoft.com/office/2006/keyEncryptor/password">' +
    `<keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="${b64(16, 1)}"/>` +
    `<dataIntegrity encryptedHmacKey="${b64(64, 2)}" encryptedHmacValue="${b64(64, 3)}"/>` +
    '<keyEncryptors><keyEncryptor uri="http://schemas.microsoft.com/office/2006/keyEncryptor/password">' +
    `<p:encryptedKey spinCount="100000" saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="${b64(16, 4)}" encryptedVerifierHashInput="${b64(16, 5)}" encryptedVerifierHashValue="${b64(64, 6)}" encryptedKeyValue="${b64(32, 7)}"/>` +
    '</keyEncryptor></keyEncryptors></encryption>';
  const info = Buffer.concat([Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]), Buffer.from(xml, 'utf8')]);
  const plainSize = 6000;
  const pkg = Buffer.alloc(8 + padTo(plainSize, 16));
  pkg.writeUInt32LE(plainSize, 0);
  pkg.set(randomBytes(pkg.length - 8, 8), 8);
  return compoundFile([
    { name: 'EncryptionInfo', data: info },
    { name: 'EncryptedPackage', data: pkg },
  ]);
}
