// The broken-file corpus through perf-audit as users run it: built by
// support/corpus.ts (scripts/build-hostile-corpus.js writes the same files for people) into a temporary folder, checked by the CLI in a process of its
// own. Each bad file: exit 2 and one line in the chosen language, no stack trace; in one run with
// good files, the good ones are still checked; the peak memory of the process stays under the cap.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tryReadWorkbookFromBuffer } from '../../src/hosts/file';
import { buildHostileCorpus, type CorpusFile } from './support/corpus';
import { installCli, runInstalledCli } from './support/install-cli';

/** Peak resident memory of one perf-audit run over the whole corpus (SECURITY.md states it). */
const PEAK_RSS_CAP_MB = 512;

type Built = CorpusFile & { readonly path: string };

let dir = '';
let install = '';
let corpus: Built[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'perf-hostile-corpus-'));
  corpus = await buildHostileCorpus(dir);
  install = installCli();
}, 180_000);

afterAll(() => {
  for (const d of [dir, install]) if (d) rmSync(d, { recursive: true, force: true });
});

const bad = () => corpus.filter((f) => f.expect !== 'ok');
const good = () => corpus.filter((f) => f.expect === 'ok');

/** The one line the file host gives for these bytes: what the CLI and the preview both show. */
async function problemLine(file: Built, lang: 'zh' | 'en'): Promise<string> {
  const result = await tryReadWorkbookFromBuffer(new Uint8Array(readFileSync(file.path)), file.file);
  if (result.ok) throw new Error(`${file.file} was read`);
  return result.problem.message[lang];
}

const STACK = /\n\s+at |\bat .+:\d+:\d+|Error:|TypeError|RangeError|node:internal/;

describe('the corpus', () => {
  it('holds every kind of broken file the corpus defines, plus good workbooks', () => {
    expect(corpus.map((f) => f.expect)).toEqual(
      expect.arrayContaining(['empty', 'not-zip', 'truncated', 'zip-bomb', 'too-large-inflated', 'encrypted', 'legacy-xls', 'csv', 'no-worksheets', 'ok']),
    );
    expect(corpus.map((f) => f.file)).toEqual(expect.arrayContaining(['rows-1048576.xlsx', 'columns-16384.xlsx', 'legacy-97-2003.xls', 'csv-renamed.xlsx', 'charts-only.xlsx']));
  });
});

describe('perf-audit on each bad file alone', () => {
  // One process per file, the language alternating (the batch runs below check every file in both).
  it('exits 2 with one line naming the problem (Chinese text, English JSON), nothing on stderr, no stack trace', async () => {
    for (const [i, file] of bad().entries()) {
      if (i % 2 === 0) {
        const run = runInstalledCli(install, [file.path, '--lang', 'zh']);
        const line = `${file.path}：无法读取——${await problemLine(file, 'zh')}\n`;
        expect({ file: file.file, code: run.code, stdout: run.stdout, stderr: run.stderr }).toEqual({ file: file.file, code: 2, stdout: line, stderr: '' });
        expect(run.stdout).not.toMatch(STACK);
        continue;
      }
      const run = runInstalledCli(install, [file.path, '--lang', 'en', '--format', 'json']);
      expect({ file: file.file, code: run.code, stderr: run.stderr }).toEqual({ file: file.file, code: 2, stderr: '' });
      const out = JSON.parse(run.stdout) as { files: Array<{ file: string; error?: string; tables: unknown[]; findings: unknown[] }> };
      expect(out.files).toEqual([{ file: file.path, error: await problemLine(file, 'en'), tables: [], findings: [] }]);
      expect(out.files[0].error).not.toMatch(STACK);
      expect(out.files[0].error).not.toMatch(/[\u4e00-\u9fff]|\n/);
    }
  }, 240_000);
});

describe('perf-audit on the whole corpus in one run (worker threads)', () => {
  it('reports every bad file, still checks the good ones, exits 2, and stays under the memory cap', async () => {
    const run = runInstalledCli(install, [...corpus.map((f) => f.path), '--format', 'json', '--lang', 'en']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(2);
    const out = JSON.parse(run.stdout) as { files: Array<{ file: string; error?: string; tables: Array<{ indicators: number; weightSum: string }> }> };
    expect(out.files.map((f) => f.file)).toEqual(corpus.map((f) => f.path));
    for (const file of bad()) {
      const entry = out.files.find((f) => f.file === file.path)!;
      expect({ file: file.file, error: entry.error }).toEqual({ file: file.file, error: await problemLine(file, 'en') });
    }
    for (const file of good()) {
      const entry = out.files.find((f) => f.file === file.path)!;
      expect({ file: file.file, error: entry.error, tables: entry.tables.map((t) => [t.indicators, t.weightSum]) }).toEqual({ file: file.file, error: undefined, tables: [[30, '99.93']] });
    }
    expect(run.peakMb).toBeGreaterThan(0);
    expect(run.peakMb).toBeLessThan(PEAK_RSS_CAP_MB);
  }, 240_000);

  it('prints one line per bad file in Chinese text output, then the totals', async () => {
    const run = runInstalledCli(install, [dir, '--lang', 'zh']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('');
    for (const file of bad()) expect(run.stdout).toContain(`${file.path}：无法读取——${await problemLine(file, 'zh')}\n`);
    expect(run.stdout).not.toMatch(STACK);
    expect(run.stdout.trimEnd().split('\n').pop()).toBe(`共 ${corpus.length} 个文件：无法读取 ${bad().length}，有错误 ${good().length}，无错误 0`);
  }, 240_000);
});

describe('the file host, which the browser preview uses to load a file', () => {
  it('names each bad file with its code and one line per language', async () => {
    for (const file of corpus) {
      const result = await tryReadWorkbookFromBuffer(new Uint8Array(readFileSync(file.path)), file.file);
      expect({ file: file.file, code: result.ok ? 'ok' : result.problem.code }).toEqual({ file: file.file, code: file.expect });
      if (result.ok) continue;
      for (const text of [result.problem.message.zh, result.problem.message.en]) {
        expect(text.trim().length).toBeGreaterThan(5);
        expect(text).not.toMatch(STACK);
        expect(text).not.toMatch(/\n/);
      }
      expect(result.problem.message.zh).toMatch(/[\u4e00-\u9fff]/);
    }
  }, 120_000);
});
