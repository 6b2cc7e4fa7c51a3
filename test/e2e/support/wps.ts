// The WPS add-in for the end-to-end tests: its production build (npm run build:wps, or
// PERF_E2E_WPS_DIST when already built; else built once per content of its inputs and kept under
// test-output/e2e-wps-build/<hash>) and the fake ET application bundled for the browser.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import webpack from 'webpack';
import { ROOT } from './build';

const CACHE = join(ROOT, 'test-output', 'e2e-wps-build');
const INPUTS = ['src', 'assets', 'webpack.wps.config.js', 'scripts/wps-package.js', 'scripts/es2018-loader.js', 'scripts/functions-metadata-define.js', 'tsconfig.json', 'package-lock.json'];
const REQUIRED = ['perf/index.html', 'perf/taskpane.html', 'perf/perf-wps.js', 'perf/manifest.xml', 'perf/ribbon.xml', 'jsplugins.xml', 'offline/publish.xml'];

function files(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).sort().flatMap((name) => files(join(path, name)));
}

function hashOf(inputs: readonly string[]): string {
  const hash = createHash('sha256');
  for (const input of inputs) {
    for (const file of files(join(ROOT, input))) {
      hash.update(relative(ROOT, file).split('\\').join('/'));
      hash.update('\0');
      hash.update(readFileSync(file));
    }
  }
  return hash.digest('hex').slice(0, 16);
}

function run(config: webpack.Configuration): Promise<void> {
  return new Promise((done, fail) => {
    webpack({ ...config, infrastructureLogging: { level: 'error' } }, (error, stats) => {
      if (error || !stats) fail(error ?? new Error('webpack gave no stats'));
      else if (stats.hasErrors()) fail(new Error(stats.toString('errors-only')));
      else done();
    });
  });
}

/** The folder holding dist-wps (perf/, jsplugins.xml, offline/). */
export async function wpsBuild(): Promise<string> {
  const given = process.env.PERF_E2E_WPS_DIST;
  if (given) {
    const dir = resolve(ROOT, given);
    const missing = REQUIRED.filter((f) => !existsSync(join(dir, f)));
    if (missing.length) throw new Error(`PERF_E2E_WPS_DIST=${given} lacks ${missing.join(', ')}: run npm run build:wps first`);
    return dir;
  }
  const key = hashOf(INPUTS);
  const dir = join(CACHE, key);
  if (REQUIRED.every((f) => existsSync(join(dir, f)))) return dir;
  mkdirSync(CACHE, { recursive: true });
  for (const old of readdirSync(CACHE)) rmSync(join(CACHE, old), { recursive: true, force: true });
  const partial = join(CACHE, `${key}.partial-${process.pid}`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the webpack config is plain JS
  const config = require(join(ROOT, 'webpack.wps.config.js'))({}, { mode: 'production' });
  await run({ ...config, output: { ...config.output, path: partial } });
  renameSync(partial, dir);
  return dir;
}

/** The fake ET bundled as one script for addInitScript. */
export async function fakeEtScript(): Promise<string> {
  const out = join(ROOT, 'test-output', 'e2e-wps-fake', hashOf(['test/support', 'test/e2e/support/wps-fake-entry.ts', 'test/fixtures/sources', 'src/core/grid']));
  const file = join(out, 'fake-et.js');
  if (!existsSync(file)) {
    await run({
      mode: 'development',
      devtool: false,
      context: ROOT,
      target: ['web', 'es2018'],
      entry: join(ROOT, 'test/e2e/support/wps-fake-entry.ts'),
      output: { path: out, filename: 'fake-et.js', iife: true },
      resolve: { extensions: ['.ts', '.js'] },
      module: {
        rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { configFile: join(ROOT, 'tsconfig.json'), transpileOnly: true, onlyCompileBundledFiles: true } } }],
      },
    });
  }
  return readFileSync(file, 'utf8');
}
