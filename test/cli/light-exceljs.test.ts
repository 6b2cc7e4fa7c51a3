// The worker threads' lighter ExcelJS entry (src/cli/light-exceljs.ts): same classes and enums, far
// fewer modules, the same grid. Run in plain Node processes: jest keeps its own module registry.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { installCli } from '../hostile/support/install-cli';

const ROOT = join(__dirname, '..', '..');
const SEED = join(ROOT, 'test', 'fixtures', 'seed-xiyong-2022.xlsx');
let build: string;

beforeAll(() => {
  build = join(installCli(), 'build', 'node', 'src');
}, 120_000);

/** Runs `body` in a fresh Node process (after useLightExcelJs() when `light`); prints JSON. */
function probe(light: boolean, body: string): Record<string, unknown> {
  const script = `
    const light = ${light} ? require(${JSON.stringify(join(build, 'cli', 'light-exceljs.js'))}).useLightExcelJs() : false;
    (async () => { const out = await (async () => { ${body} })(); process.stdout.write(JSON.stringify({ light, ...out })); })();`;
  const run = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as Record<string, unknown>;
}

const SHAPE = `
  const ExcelJS = require('exceljs');
  const enums = require('exceljs/lib/doc/enums');
  return {
    keys: Object.keys(ExcelJS).sort(),
    sameWorkbook: ExcelJS.Workbook === require('exceljs/lib/doc/workbook'),
    sameEnums: Object.keys(enums).every((k) => ExcelJS[k] === enums[k]),
    modules: Object.keys(require.cache).length,
    reader: typeof ExcelJS.stream.xlsx.WorkbookReader,
    container: typeof ExcelJS.ModelContainer,
  };`;

describe('useLightExcelJs', () => {
  it('offers what the package entry offers, with the same Workbook class and enums', () => {
    const full = probe(false, SHAPE);
    const light = probe(true, SHAPE);
    expect(light.light).toBe(true);
    expect(light.keys).toEqual(full.keys);
    expect(light).toMatchObject({ sameWorkbook: true, sameEnums: true, reader: 'function', container: 'function' });
  });

  it('loads far fewer modules until the streaming API is used', () => {
    const count = `require('exceljs'); return { modules: Object.keys(require.cache).length };`;
    const full = probe(false, count).modules as number;
    const light = probe(true, count).modules as number;
    expect(light).toBeLessThan(full * 0.6);
  });

  it('reads the seed into the same grid', () => {
    const read = `
      const { tryReadWorkbookFromPath } = require(${JSON.stringify(join(build, 'hosts', 'file', 'node.js'))});
      return { grid: await tryReadWorkbookFromPath(${JSON.stringify(SEED)}) };`;
    const full = probe(false, read);
    const light = probe(true, read);
    expect((light.grid as { ok: boolean }).ok).toBe(true);
    expect(light.grid).toEqual(full.grid);
  });

  it('changes nothing once ExcelJS is loaded', () => {
    expect(probe(false, `require('exceljs'); return { again: require(${JSON.stringify(join(build, 'cli', 'light-exceljs.js'))}).useLightExcelJs() };`).again).toBe(false);
  });
});

describe('what each thread of perf-audit loads', () => {
  it('the main thread of a pooled run loads neither ExcelJS nor the file host', () => {
    const loaded = probe(false, `
      require(${JSON.stringify(join(build, 'cli', 'index.js'))});
      require(${JSON.stringify(join(build, 'cli', 'pool.js'))});
      return { files: Object.keys(require.cache).filter((f) => f.includes('/exceljs/') || f.includes('/hosts/file/')) };`);
    expect(loaded.files).toEqual([]);
  });

  it('a worker thread checks with the light ExcelJS entry and zlib inflation', () => {
    const worker = join(build, 'cli', 'worker.js');
    const seen = probe(false, `
      const { Worker } = require('node:worker_threads');
      const { NATIONAL_PROFILE } = require(${JSON.stringify(join(build, 'core', 'profile', 'index.js'))});
      const code = \`
        const { parentPort } = require('node:worker_threads');
        require(\${JSON.stringify(${JSON.stringify(worker)})});
        parentPort.on('message', (m) => {
          if (m !== 'probe') return;
          const exceljs = require.cache[require.resolve('exceljs')].exports;
          const node = require(\${JSON.stringify(${JSON.stringify(join(build, 'hosts', 'file', 'node.js'))})});
          parentPort.postMessage({ probe: true, light: typeof Object.getOwnPropertyDescriptor(exceljs, 'stream').get, native: node.nativeInflateInUse() });
        });\`;
      const w = new Worker(code, { eval: true, workerData: { profile: NATIONAL_PROFILE, reviewed: [], lang: 'zh' } });
      const answers = [];
      await new Promise((resolve) => {
        w.on('message', (m) => {
          answers.push(m);
          if (m.index === 0) w.postMessage('probe');
          if (m.probe) resolve();
        });
        w.postMessage({ index: 0, file: ${JSON.stringify(SEED)} });
      });
      await w.terminate();
      return { checked: answers[0].outcome.tables.length, probe: answers.find((a) => a.probe) };`);
    expect(seen.checked).toBe(1);
    expect(seen.probe).toEqual({ probe: true, light: 'function', native: true });
  });
});
