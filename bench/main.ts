// `npm run bench [-- --json] [--tiny] [--only id,id] [--seed N]`: every case in its own Node process
// (so one case's heap and JIT state never colours another's), progress on stderr, the human table on
// stdout and, with --json, the DESIGN.md §5 object as the last line of stdout.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { CASES } from './cases';
import { parseArgs, type BenchArgs } from './harness/args';
import { ensureProductionBuild } from './harness/build';
import { formatTable, mergeFigures } from './harness/report';
import { emptyFigures, type CaseResult } from './harness/types';

const ROOT = join(__dirname, '..');
const RESULT_MARK = '@@bench-result ';

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

/** Runs one case here and prints its result as one marked line (the child side). */
async function runCaseHere(id: string, args: BenchArgs): Promise<number> {
  const found = CASES.find((c) => c.id === id);
  if (!found) {
    log(`bench: unknown case ${id} (cases: ${CASES.map((c) => c.id).join(', ')})`);
    return 2;
  }
  const benchCase = await found.load();
  const result = await benchCase.run({ tiny: args.tiny, seed: args.seed, root: ROOT, log });
  process.stdout.write(`${RESULT_MARK}${JSON.stringify(result)}\n`);
  return 0;
}

/** Runs one case in a child Node process; a failure becomes a note, never a crash of the run. */
function runCaseInChild(id: string, args: BenchArgs): Promise<CaseResult | { error: string }> {
  const childArgs = ['--expose-gc', join(__dirname, 'run.js'), '--case', id, '--seed', String(args.seed)];
  if (args.tiny) childArgs.push('--tiny');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, childArgs, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => (out += chunk));
    child.on('error', (error) => resolve({ error: error.message }));
    child.on('close', (code) => {
      const line = out.split('\n').find((l) => l.startsWith(RESULT_MARK));
      if (line) resolve(JSON.parse(line.slice(RESULT_MARK.length)) as CaseResult);
      else resolve({ error: `exited with code ${code} without a result` });
    });
  });
}

function selectedNeedDist(args: BenchArgs): boolean {
  return CASES.some((c) => c.usesDist && (!args.only || args.only.includes(c.id)));
}

export async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  if (args.error) {
    log(`bench: ${args.error}`);
    return 2;
  }
  if (args.caseId) return runCaseHere(args.caseId, args);

  const started = Date.now();
  if (selectedNeedDist(args)) {
    try {
      ensureProductionBuild(ROOT, log, args.tiny);
    } catch (error) {
      log(`bench: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const figures = emptyFigures();
  const results: Array<{ title: string; result: CaseResult | { error: string } }> = [];
  const unknown = (args.only ?? []).filter((id) => !CASES.some((c) => c.id === id));
  if (unknown.length > 0) {
    log(`bench: unknown case ${unknown.join(', ')} (cases: ${CASES.map((c) => c.id).join(', ')})`);
    return 2;
  }
  const selected = CASES.filter((c) => !args.only || args.only.includes(c.id));
  for (const c of selected) {
    log(`bench: ${c.id} — ${c.title}${args.tiny ? ' (tiny)' : ''}`);
    const t0 = Date.now();
    const result = await runCaseInChild(c.id, args);
    log(`bench: ${c.id} ${'error' in result ? `FAILED: ${result.error}` : 'done'} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    if (!('error' in result)) mergeFigures(figures, result.figures);
    results.push({ title: c.title, result });
  }
  process.stdout.write(formatTable(results, { tiny: args.tiny, seconds: (Date.now() - started) / 1000 }));
  if (args.json) process.stdout.write(`${JSON.stringify(figures)}\n`);
  return results.some((r) => 'error' in r.result) ? 1 : 0;
}
