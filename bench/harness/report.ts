// The human table: one line per figure with its target and whether it holds, the raw times behind
// it, and the notes of cases that could not measure everything.
import { cpus, loadavg } from 'node:os';
import type { BenchFigures, CaseResult, Row } from './types';

export function mergeFigures(into: BenchFigures, part: Partial<BenchFigures>): void {
  Object.assign(into, part);
}

function verdict(row: Row): string {
  if (row.value === null || !Number.isFinite(row.value)) return 'not measured';
  if (!row.target) return 'reported';
  const { op, limit } = row.target;
  const holds = op === '≤' ? row.value <= limit : op === '≥' ? row.value >= limit : Math.abs(row.value - limit) < 0.5;
  return holds ? 'ok' : 'MISSED';
}

function pad(text: string, width: number): string {
  // CJK characters take two columns in a terminal.
  let shown = 0;
  for (const ch of text) shown += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1;
  return text + ' '.repeat(Math.max(0, width - shown));
}

export function formatTable(
  results: ReadonlyArray<{ title: string; result: CaseResult | { error: string } }>,
  info: { tiny: boolean; seconds: number },
): string {
  const lines: string[] = [];
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  lines.push('');
  lines.push(`PERF benchmarks${info.tiny ? ' (tiny mode: sizes too small for real figures)' : ''} — ${cpus().length} × ${cpu}, Node ${process.version}, load ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  lines.push(`${pad('figure', 34)}${pad('value', 10)}${pad('target', 9)}${pad('', 13)}details`);
  const notes: string[] = [];
  for (const { title, result } of results) {
    if ('error' in result) {
      lines.push(`${pad(title, 34)}${pad('—', 10)}${pad('', 9)}${pad('not measured', 13)}${result.error}`);
      continue;
    }
    for (const row of result.rows) {
      const target = row.target ? `${row.target.op} ${row.target.limit}` : '';
      lines.push(`${pad(row.label, 34)}${pad(row.value === null ? '—' : String(row.value), 10)}${pad(target, 9)}${pad(verdict(row), 13)}${row.detail ?? ''}`);
    }
    for (const note of result.notes ?? []) notes.push(`${title}: ${note}`);
  }
  if (notes.length > 0) lines.push('', 'notes:', ...notes.map((n) => `  - ${n}`));
  lines.push('', `total ${info.seconds.toFixed(0)} s`, '');
  return `${lines.join('\n')}\n`;
}
