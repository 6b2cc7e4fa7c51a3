// The 500-workbook corpus of the perf-audit cases, generated once into build/bench and reused while
// the generators are unchanged.
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeCorpus, type CorpusSpec } from '../generate/xlsx';
import type { CaseContext } from './types';

/** What perf-audit and the read and check comparison run over: the same spec in both cases. */
export function corpusSpec(context: CaseContext): CorpusSpec {
  return { seed: context.seed, files: context.tiny ? 6 : 500, sheets: [1, 1, 2, 3], indicators: [15, 45] };
}

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((latest, entry) => Math.max(latest, newest(join(path, entry))), 0);
}

/** The corpus folder for a spec, written when missing or older than the generators. */
export async function corpus(context: CaseContext, spec: CorpusSpec): Promise<string> {
  const dir = join(context.root, 'build', 'bench', `corpus-${spec.seed}-${spec.files}`);
  const stamp = JSON.stringify({ spec, generators: newest(join(context.root, 'bench', 'generate')) });
  const marker = join(dir, '.complete');
  if (existsSync(marker) && readFileSync(marker, 'utf8') === stamp) return dir;
  rmSync(dir, { recursive: true, force: true });
  const started = Date.now();
  await writeCorpus(dir, spec);
  writeFileSync(marker, stamp);
  context.log(`bench: generated ${spec.files} workbooks in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return dir;
}

/** The corpus's workbooks in name order (the order perf-audit checks them in). */
export function corpusFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.xlsx'))
    .sort()
    .map((f) => join(dir, f));
}
