// useNativeInflate (src/hosts/file/node.ts): ExcelJS's zip entries inflated by zlib must give exactly
// what JSZip gives — the same grid for every fixture, the same answer for every broken entry. Every
// case is read first as JSZip inflates it, then once more after useNativeInflate().
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { useNativeInflate } from '../../../src/hosts/file/node';
import { tryReadWorkbookFromBuffer, type ReadResult } from '../../../src/hosts/file/read';
import { entryDataStart, readZipDirectory } from '../../../src/hosts/file/zip';
import { deflatedEntry, rawZip } from './bad-files';

// The module object itself (not an import namespace), so its functions can be watched.
const zlib = require('node:zlib') as typeof import('node:zlib');

const FIXTURES = join(__dirname, '..', '..', 'fixtures');
const SEED = readFileSync(join(FIXTURES, 'seed-xiyong-2022.xlsx'));

/** The seed's entries, inflated, so a case can change one and zip them again. */
function seedEntries(): Map<string, Buffer> {
  const directory = readZipDirectory(SEED);
  if (!directory.ok) throw new Error('seed zip unreadable');
  const out = new Map<string, Buffer>();
  for (const entry of directory.entries) {
    const start = entryDataStart(SEED, entry);
    const data = SEED.subarray(start, start + entry.compressedSize);
    out.set(entry.name, entry.method === 0 ? Buffer.from(data) : zlib.inflateRawSync(data));
  }
  return out;
}

function brokenDeflate(): Uint8Array {
  const bytes = Buffer.from(SEED);
  const directory = readZipDirectory(bytes);
  const sheet = directory.ok ? directory.entries.find((e) => e.name === 'xl/worksheets/sheet1.xml') : undefined;
  if (!sheet) throw new Error('no sheet1');
  const start = entryDataStart(bytes, sheet);
  return bytes.fill(0xff, start + 100, start + 140);
}

function wrongDeclaredSize(): Uint8Array {
  return rawZip([...seedEntries()].map(([name, data]) => {
    const entry = deflatedEntry(name, data);
    return name.startsWith('xl/worksheets/sheet') ? { ...entry, size: entry.size + 7 } : entry;
  }));
}

/** A GBK-encoded 绩效 (not UTF-8) spliced into the first shared string. */
function notUtf8(): Uint8Array {
  const entries = seedEntries();
  const strings = entries.get('xl/sharedStrings.xml')!;
  const at = strings.indexOf('<t>') + 3;
  entries.set('xl/sharedStrings.xml', Buffer.concat([strings.subarray(0, at), Buffer.from([0xbc, 0xa8, 0xd0, 0xa7]), strings.subarray(at)]));
  return rawZip([...entries].map(([name, data]) => deflatedEntry(name, data)));
}

function stored(): Uint8Array {
  return rawZip([...seedEntries()].map(([name, data]) => ({ ...deflatedEntry(name, data), data, method: 0 as const })));
}

const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith('.xlsx'));
const cases: Record<string, Uint8Array> = {
  ...Object.fromEntries(fixtures.map((f) => [f, readFileSync(join(FIXTURES, f))])),
  'broken deflate data': brokenDeflate(),
  'a wrong declared size': wrongDeclaredSize(),
  'text that is not UTF-8': notUtf8(),
  'stored entries': stored(),
};
const viaJsZip = new Map<string, ReadResult>();

beforeAll(async () => {
  for (const [name, bytes] of Object.entries(cases)) viaJsZip.set(name, await tryReadWorkbookFromBuffer(bytes, 'x.xlsx'));
  expect(useNativeInflate()).toBe(true);
  expect(useNativeInflate()).toBe(true); // idempotent
}, 60_000);

afterEach(() => jest.restoreAllMocks());

describe('useNativeInflate', () => {
  it.each(fixtures)('reads %s into the same grid, inflating with zlib', async (name) => {
    const inflate = jest.spyOn(zlib, 'inflateRawSync');
    const result = await tryReadWorkbookFromBuffer(cases[name], 'x.xlsx');
    expect(result.ok).toBe(true);
    expect(result).toEqual(viaJsZip.get(name));
    expect(inflate).toHaveBeenCalled();
  });

  it('answers broken deflate data as JSZip does', async () => {
    expect(await tryReadWorkbookFromBuffer(cases['broken deflate data'], 'x.xlsx')).toEqual(viaJsZip.get('broken deflate data'));
  });

  it('answers a wrong declared size with JSZip\'s own message', async () => {
    const result = await tryReadWorkbookFromBuffer(cases['a wrong declared size'], 'x.xlsx');
    expect(result.ok).toBe(false);
    expect(result).toEqual(viaJsZip.get('a wrong declared size'));
  });

  it('leaves text that is not UTF-8 to JSZip: the same answer comes out', async () => {
    expect(await tryReadWorkbookFromBuffer(cases['text that is not UTF-8'], 'x.xlsx')).toEqual(viaJsZip.get('text that is not UTF-8'));
  });

  it('reads stored (uncompressed) entries the same way, inflating nothing', async () => {
    const inflate = jest.spyOn(zlib, 'inflateRawSync');
    const result = await tryReadWorkbookFromBuffer(cases['stored entries'], 'x.xlsx');
    expect(result.ok).toBe(true);
    expect(result).toEqual(viaJsZip.get('stored entries'));
    expect(inflate).not.toHaveBeenCalled();
  });
});
