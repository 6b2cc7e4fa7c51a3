// What the bundle, scoring, first-render and CLI figures measure: the production dist/ (as `npm run
// build` makes it), the bare page, the compiled CLI — each rebuilt when missing or older than its
// sources. webpack leaves an unchanged file untouched, so the time of the last successful build is
// also kept in a stamp (build/bench/stamps), or an unchanged output would look stale forever.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Product {
  /** Stamp name. */
  readonly name: string;
  /** Files that must exist, relative to the project folder. */
  readonly outputs: readonly string[];
  /** Files or folders it is built from. */
  readonly inputs: readonly string[];
  readonly build: () => void;
}

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

function stampFile(root: string, name: string): string {
  return join(root, 'build', 'bench', 'stamps', name);
}

/** Why a product must be (re)built, or undefined when it is current. */
export function staleReason(root: string, product: Product): string | undefined {
  const missing = product.outputs.find((f) => !existsSync(join(root, f)));
  if (missing) return `${missing} is missing`;
  const outputsAt = Math.min(...product.outputs.map((f) => statSync(join(root, f)).mtimeMs));
  const builtAt = Math.max(outputsAt, newest(stampFile(root, product.name)));
  const changed = product.inputs.find((input) => newest(join(root, input)) > builtAt);
  return changed ? `${changed} changed since the last build` : undefined;
}

/**
 * Builds the product when needed. `onlyIfMissing` uses an existing product as is: the runner brings
 * dist/ up to date once before the cases, so sources edited during a run (a shared working tree) do
 * not make every case rebuild; tiny mode, which proves the fields rather than the figures, too.
 */
export function ensureBuilt(root: string, product: Product, log: (line: string) => void, onlyIfMissing = false): void {
  const reason = staleReason(root, product);
  if (!reason || (onlyIfMissing && !reason.endsWith('missing'))) return;
  log(`bench: building ${product.name} (${reason})`);
  const started = Date.now();
  product.build();
  mkdirSync(join(root, 'build', 'bench', 'stamps'), { recursive: true });
  writeFileSync(stampFile(root, product.name), new Date(started).toISOString());
}

/** Runs a Node script of node_modules (webpack-cli, tsc) in the project folder; throws with its output on failure. */
export function runTool(root: string, script: string, args: readonly string[], log: (line: string) => void): void {
  const result = spawnSync(process.execPath, [join(root, 'node_modules', script), ...args], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}\n${result.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
    throw new Error(`${script} ${args.join(' ')} failed:\n${output}`);
  }
  log(`bench: ${script} ${args.join(' ')} done`);
}

/** dist/ as `npm run build` makes it. */
export function productionBuild(root: string, log: (line: string) => void): Product {
  return {
    name: 'dist',
    outputs: ['dist/taskpane.js', 'dist/functions.js', 'dist/taskpane.html'],
    inputs: ['src', 'assets', 'webpack.config.js', 'tsconfig.json', 'package-lock.json', 'manifest.xml'],
    build: () => runTool(root, 'webpack-cli/bin/cli.js', ['--mode', 'production'], log),
  };
}

export function ensureProductionBuild(root: string, log: (line: string) => void, onlyIfMissing = false): void {
  ensureBuilt(root, productionBuild(root, log), log, onlyIfMissing);
}
