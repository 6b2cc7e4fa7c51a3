// The production build the end-to-end tests serve. CI builds dist/ just before and says so with
// PERF_E2E_DIST; elsewhere the build is made once per content of the sources and kept under
// test-output/e2e-build/<hash>, so a second run of the e2e tests starts in seconds.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import webpack from 'webpack';

export const ROOT = join(__dirname, '..', '..', '..');
const CACHE = join(ROOT, 'test-output', 'e2e-build');
/** What a production build depends on, besides node_modules (covered by package-lock.json). */
const INPUTS = ['src', 'assets', 'manifest.xml', 'webpack.config.js', 'tsconfig.json', 'package-lock.json', 'test/fixtures/seed-xiyong-2022.xlsx'];
const REQUIRED = ['preview.html', 'preview.js', 'vendor/exceljs.bare.min.js', 'vendor/jszip.min.js', 'samples/seed-xiyong-2022.xlsx', 'taskpane.html'];

function files(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).sort().flatMap((name) => files(join(path, name)));
}

/** A hash of every input's path and content. */
export function sourceHash(): string {
  const hash = createHash('sha256');
  for (const input of INPUTS) {
    for (const file of files(join(ROOT, input))) {
      hash.update(relative(ROOT, file).split('\\').join('/'));
      hash.update('\0');
      hash.update(readFileSync(file));
      hash.update('\0');
    }
  }
  return hash.digest('hex').slice(0, 16);
}

export function missingFiles(dir: string): string[] {
  return REQUIRED.filter((file) => !existsSync(join(dir, file)));
}

function runWebpack(outDir: string): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the webpack config is plain JS
  const config = require(join(ROOT, 'webpack.config.js'))({}, { mode: 'production' });
  config.output = { ...config.output, path: outDir };
  config.infrastructureLogging = { level: 'error' };
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error || !stats) reject(error ?? new Error('webpack gave no stats'));
      else if (stats.hasErrors()) reject(new Error(stats.toString('errors-only')));
      else resolve();
    });
  });
}

/** The directory holding a production build of the current sources. */
export async function productionBuild(log: (line: string) => void = () => undefined): Promise<string> {
  const given = process.env.PERF_E2E_DIST;
  if (given) {
    const dir = resolve(ROOT, given);
    const missing = missingFiles(dir);
    if (missing.length) throw new Error(`PERF_E2E_DIST=${given} lacks ${missing.join(', ')}: run npm run build first`);
    return dir;
  }
  const key = sourceHash();
  const dir = join(CACHE, key);
  if (existsSync(dir) && missingFiles(dir).length === 0) {
    log(`e2e: production build ${key} from the cache`);
    return dir;
  }
  mkdirSync(CACHE, { recursive: true });
  // Older builds go: only the current sources matter.
  for (const old of readdirSync(CACHE)) rmSync(join(CACHE, old), { recursive: true, force: true });
  const partial = join(CACHE, `${key}.partial-${process.pid}`);
  log(`e2e: building production bundles for sources ${key}…`);
  const started = Date.now();
  await runWebpack(partial);
  renameSync(partial, dir);
  log(`e2e: built in ${Math.round((Date.now() - started) / 1000)} s`);
  return dir;
}
