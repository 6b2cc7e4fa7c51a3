// perf-audit as `npm ci` leaves it (bin/, build/node/, package.json, node_modules), made in a temporary
// folder by transpiling the sources the way tsconfig.cli.json emits them (type checks are tsc's job),
// so the test runs today's code with its worker threads, in a process of its own.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';

const ROOT = join(__dirname, '..', '..', '..');
/** What tsconfig.cli.json includes. */
const SOURCES = ['src/core', 'src/hosts/file', 'src/cli'];

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });
}

export function installCli(): string {
  const install = mkdtempSync(join(tmpdir(), 'perf-hostile-cli-'));
  const options: ts.CompilerOptions = { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true };
  for (const file of SOURCES.flatMap((s) => tsFiles(join(ROOT, s)))) {
    const out = join(install, 'build', 'node', relative(ROOT, file).replace(/\.ts$/, '.js'));
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, ts.transpileModule(readFileSync(file, 'utf8'), { compilerOptions: options, fileName: file }).outputText);
  }
  mkdirSync(join(install, 'bin'));
  copyFileSync(join(ROOT, 'bin', 'perf-audit.js'), join(install, 'bin', 'perf-audit.js'));
  copyFileSync(join(ROOT, 'package.json'), join(install, 'package.json'));
  symlinkSync(join(ROOT, 'node_modules'), join(install, 'node_modules'), 'dir');
  writeFileSync(
    join(install, 'rss.js'),
    // Runs bin/perf-audit.js in this process and, at exit, records the peak resident set size of the
    // whole process (main thread and worker threads) in kilobytes.
    `'use strict';
const fs = require('fs');
process.on('exit', () => fs.writeFileSync(process.env.PERF_RSS_OUT, String(process.resourceUsage().maxRSS)));
require(${JSON.stringify(join(install, 'bin', 'perf-audit.js'))});
`,
  );
  return install;
}

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** Peak resident set size of the perf-audit process, MB. */
  readonly peakMb: number;
}

export function runInstalledCli(install: string, args: readonly string[], cwd = ROOT): CliRun {
  const rssFile = join(install, `rss-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.txt`);
  const run = spawnSync(process.execPath, [join(install, 'rss.js'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, PERF_RSS_OUT: rssFile },
    maxBuffer: 64 * 1024 * 1024,
  });
  let peakKb = 0;
  try {
    peakKb = Number(readFileSync(rssFile, 'utf8'));
  } catch {
    // no record: the process died before exit handlers ran; peakMb stays 0 and the exit code says why
  }
  return { code: run.status ?? -1, stdout: run.stdout, stderr: run.stderr, peakMb: Math.round(peakKb / 1024) };
}
