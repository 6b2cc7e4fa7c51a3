// perf-audit: check .xlsx files in a batch (DESIGN.md §5). Exit 0 = no errors, 1 = errors found,
// 2 = a file could not be read (the others are still checked) or the command line is wrong.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs, USAGE, type CliOptions } from './args';
import { expandPaths } from './files';
import { csvForFile, csvHeader, jsonDocument, textForFile, textTotals } from './format';
import { loadProfileOption, loadReviewedOption } from './options';
import type { FileOutcome } from './outcome';
import { checkFiles } from './pool';
import { Progress } from './progress';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** stderr is a terminal: progress is shown there (unless --quiet). */
  readonly stderrIsTTY?: boolean;
  /** The terminal's width, when stderr is one. */
  readonly stderrColumns?: number;
}

/** The part of a stream perf-audit uses: write, and whether (and how wide) it is a terminal. */
export interface OutStream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

/** perf-audit's io over two streams (process.stdout and process.stderr when run as a command). */
export function streamIo(stdout: OutStream, stderr: OutStream): CliIo {
  return {
    stdout: (text) => void stdout.write(text),
    stderr: (text) => void stderr.write(text),
    stderrIsTTY: stderr.isTTY === true,
    ...(stderr.columns ? { stderrColumns: stderr.columns } : {}),
  };
}

function version(): string {
  for (const up of [['..', '..'], ['..', '..', '..', '..']]) {
    try {
      return (JSON.parse(readFileSync(join(__dirname, ...up, 'package.json'), 'utf8')) as { version: string }).version;
    } catch {
      // try the next layout (sources vs build/node)
    }
  }
  return 'unknown';
}

export function exitCodeOf(outcomes: readonly FileOutcome[]): number {
  if (outcomes.some((o) => o.error !== undefined)) return 2;
  return outcomes.some((o) => o.counts.error > 0) ? 1 : 0;
}

/** The report of merged JSON reports (--from-json): printed as a run over those files would print it. */
async function merge(options: CliOptions, io: CliIo): Promise<number> {
  const lang = options.lang;
  const { readReports } = await import('./merge');
  const read = await readReports(options.paths);
  if (!read.ok) return io.stderr(`perf-audit: ${read.message[lang]}\n`), 2;
  const outcomes = read.value;
  if (options.format === 'csv') io.stdout(csvHeader(lang) + outcomes.map((o) => csvForFile(o, lang)).join(''));
  if (options.format === 'text') io.stdout(outcomes.map((o) => textForFile(o, lang)).join(''));
  return finish(outcomes, options, io);
}

/** What follows the per-file output: text totals, the JSON document, the summary workbook, the exit code. */
async function finish(outcomes: readonly FileOutcome[], options: CliOptions, io: CliIo): Promise<number> {
  const lang = options.lang;
  if (options.format === 'text' && outcomes.length > 1) io.stdout(textTotals(outcomes, lang));
  if (options.format === 'json') io.stdout(jsonDocument(outcomes));
  if (options.xlsx !== undefined) {
    try {
      const { writeSummaryWorkbook } = await import('./summary-xlsx');
      await writeSummaryWorkbook(outcomes, lang, options.xlsx);
    } catch (error) {
      const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
      io.stderr(lang === 'zh' ? `perf-audit：无法写入汇总工作簿 ${options.xlsx}：${why}\n` : `perf-audit: cannot write the summary workbook ${options.xlsx}: ${why}\n`);
      return 2;
    }
  }
  return exitCodeOf(outcomes);
}

async function run(options: CliOptions, io: CliIo): Promise<number> {
  if (options.fromJson) return merge(options, io);
  const lang = options.lang;
  const profile = await loadProfileOption(options.profile);
  if (!profile.ok) return io.stderr(`perf-audit: ${profile.message[lang]}\n`), 2;
  const reviewed = options.reviewed === undefined ? undefined : await loadReviewedOption(options.reviewed);
  if (reviewed && !reviewed.ok) return io.stderr(`perf-audit: ${reviewed.message[lang]}\n`), 2;

  // The summary workbook of an earlier run, written into the folder being checked, is not a form.
  const summary = options.xlsx === undefined ? undefined : resolve(options.xlsx);
  const files = (await expandPaths(options.paths)).filter((f) => resolve(f) !== summary);
  if (files.length === 0) {
    io.stderr(lang === 'zh' ? 'perf-audit：没有找到 .xlsx 文件\n' : 'perf-audit: no .xlsx file found\n');
    return 2;
  }
  const progress =
    io.stderrIsTTY && !options.quiet
      ? new Progress({ total: files.length, lang, write: io.stderr, ...(io.stderrColumns ? { columns: io.stderrColumns } : {}) })
      : undefined;
  /** stdout with the progress line erased first and drawn again after. */
  const print = (text: string) => {
    progress?.clear();
    io.stdout(text);
    progress?.draw();
  };
  progress?.draw();
  if (options.format === 'csv') print(csvHeader(lang));
  let outcomes: FileOutcome[];
  try {
    outcomes = await checkFiles(files, {
      setup: { profile: profile.value, reviewed: reviewed?.ok ? reviewed.value : [], lang },
      ...(options.jobs !== undefined ? { jobs: options.jobs } : {}),
      onChecked: () => progress?.advance(),
      onOutcome: (outcome) => {
        if (options.format === 'text') print(textForFile(outcome, lang));
        if (options.format === 'csv') print(csvForFile(outcome, lang));
      },
    });
  } finally {
    progress?.clear();
  }
  return finish(outcomes, options, io);
}

/** The language asked for, even when the rest of the command line is wrong. */
function requestedLanguage(argv: readonly string[]): 'zh' | 'en' {
  const i = argv.indexOf('--lang');
  return argv[i + 1] === 'en' && i >= 0 ? 'en' : argv.includes('--lang=en') ? 'en' : 'zh';
}

/** Runs the command; resolves to the exit code. Never throws. */
export async function main(argv: readonly string[], io: CliIo = streamIo(process.stdout, process.stderr)): Promise<number> {
  const parsed = parseArgs(argv);
  const lang = requestedLanguage(argv);
  switch (parsed.kind) {
    case 'help':
      io.stdout(`${USAGE.zh}\n\n${USAGE.en}\n`);
      return 0;
    case 'version':
      io.stdout(`perf-audit ${version()}\n`);
      return 0;
    case 'usage-error':
      io.stderr(`perf-audit: ${parsed.message[lang]}\n\n${USAGE[lang]}\n`);
      return 2;
    case 'run':
      try {
        return await run(parsed.options, io);
      } catch (error) {
        io.stderr(`perf-audit: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`);
        return 2;
      }
  }
}
