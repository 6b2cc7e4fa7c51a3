// Reports of earlier runs read back as outcomes: perf-audit --from-json merges the JSON reports of
// many runs (shards of one archive checked on many machines) into one report and one summary workbook.
import { readFile } from 'node:fs/promises';
import type { CliFinding } from '../core/check/serialise';
import type { Loaded } from './options';
import type { FileOutcome, FileTable } from './outcome';

const SEVERITIES = new Set(['error', 'warning', 'info']);

function isFinding(f: unknown): f is CliFinding {
  const x = f as Record<string, unknown>;
  return typeof x === 'object' && x !== null && typeof x.rule === 'string' && SEVERITIES.has(x.severity as string) &&
    typeof x.sheet === 'string' && typeof x.cell === 'string' && typeof x.message === 'string';
}

function isTable(t: unknown): t is FileTable {
  const x = t as Record<string, unknown>;
  return typeof x === 'object' && x !== null && typeof x.sheet === 'string' && typeof x.range === 'string' && typeof x.computedTotal === 'string';
}

/** The outcomes of one JSON report (perf-audit --format json), in its order. */
export function outcomesOfReport(text: string, path: string): Loaded<FileOutcome[]> {
  const bad = (zh: string, en: string): Loaded<FileOutcome[]> => ({ ok: false, message: { zh: `报告 ${path} ${zh}`, en: `Report ${path} ${en}` } });
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return bad(`不是有效的 JSON：${why}`, `is not valid JSON: ${why}`);
  }
  const files = (data as { files?: unknown })?.files;
  if (!Array.isArray(files)) return bad('不是 perf-audit 的 JSON 报告（缺少 files 数组）', 'is not a perf-audit JSON report (no files array)');
  const outcomes: FileOutcome[] = [];
  for (const [i, entry] of files.entries()) {
    const e = entry as Record<string, unknown>;
    const ok =
      typeof e === 'object' && e !== null && typeof e.file === 'string' && (e.error === undefined || typeof e.error === 'string') &&
      Array.isArray(e.tables) && e.tables.every(isTable) && Array.isArray(e.findings) && e.findings.every(isFinding);
    if (!ok) return bad(`第 ${i + 1} 个文件的内容不完整`, `file ${i + 1}: incomplete entry`);
    const findings = e.findings as CliFinding[];
    const counts = { error: 0, warning: 0, info: 0 };
    for (const f of findings) counts[f.severity]++;
    outcomes.push({
      file: e.file as string,
      ...(e.error !== undefined ? { error: e.error as string } : {}),
      tables: e.tables as FileTable[],
      findings,
      counts,
      notes: [],
    });
  }
  return { ok: true, value: outcomes };
}

/** Every report, in the order given. */
export async function readReports(paths: readonly string[]): Promise<Loaded<FileOutcome[]>> {
  const all: FileOutcome[] = [];
  for (const path of paths) {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException)?.code ?? '';
      return { ok: false, message: { zh: `无法读取报告 ${path}（${code}）`, en: `Cannot read the report ${path} (${code})` } };
    }
    const one = outcomesOfReport(text, path);
    if (!one.ok) return one;
    all.push(...one.value);
  }
  return { ok: true, value: all };
}
