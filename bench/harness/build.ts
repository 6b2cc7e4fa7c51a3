// The production build the bundle, scoring and first-render figures measure: dist/ as `npm run
// build` makes it, rebuilt when missing or older than any source it is built from.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const BUILT = ['taskpane.js', 'functions.js', 'taskpane.html'];
const INPUTS = ['src', 'assets', 'webpack.config.js', 'tsconfig.json', 'package-lock.json', 'manifest.xml'];

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

/** Why dist/ must be (re)built, or undefined when it is current. */
export function staleReason(root: string): string | undefined {
  const dist = join(root, 'dist');
  const missing = BUILT.find((f) => !existsSync(join(dist, f)));
  if (missing) return `dist/${missing} is missing`;
  const builtAt = Math.min(...BUILT.map((f) => statSync(join(dist, f)).mtimeMs));
  const changed = INPUTS.find((input) => newest(join(root, input)) > builtAt);
  return changed ? `${changed} changed since the last build` : undefined;
}

/** Runs webpack in production mode with the project's config, extra CLI args appended. */
export function webpackBuild(root: string, extra: readonly string[], log: (line: string) => void): void {
  const cli = join(root, 'node_modules', 'webpack-cli', 'bin', 'cli.js');
  const result = spawnSync(process.execPath, [cli, '--mode', 'production', ...extra], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}\n${result.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
    throw new Error(`webpack ${extra.join(' ')} failed:\n${output}`);
  }
  log(`bench: webpack ${['--mode production', ...extra].join(' ')} done`);
}

/**
 * dist/ current with the sources: builds it (`npm run build`) when needed. With `onlyIfMissing`
 * (tiny mode, which proves the fields are produced, not the figures) an existing dist/ is used as is.
 */
export function ensureProductionBuild(root: string, log: (line: string) => void, onlyIfMissing = false): void {
  const reason = staleReason(root);
  if (!reason || (onlyIfMissing && !reason.endsWith('missing'))) return;
  log(`bench: building dist/ (${reason})`);
  webpackBuild(root, [], log);
}
