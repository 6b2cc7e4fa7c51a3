// perf-audit: check .xlsx files in a batch (DESIGN.md §5). Exit 0 = no errors, 1 = errors found,
// 2 = a file could not be read (the others are still checked) or the command line is wrong.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs, USAGE, type CliOptions } from './args';
import { expandPaths } from './files';
import { csvForFile, csvHeader, jsonDocument, textForFile, textTotals } from './format';
import { loadProfileOption, loadReviewedOption } from './options';
import type { FileOutcome } from './outcome';
import { checkFiles } from './pool';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

const processIo: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
};

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

async function run(options: CliOptions, io: CliIo): Promise<number> {
  const lang = options.lang;
  const profile = await loadProfileOption(options.profile);
  if (!profile.ok) return io.stderr(`perf-audit: ${profile.message[lang]}\n`), 2;
  const reviewed = options.reviewed === undefined ? undefined : await loadReviewedOption(options.reviewed);
  if (reviewed && !reviewed.ok) return io.stderr(`perf-audit: ${reviewed.message[lang]}\n`), 2;

  const files = await expandPaths(options.paths);
  if (files.length === 0) {
    io.stderr(lang === 'zh' ? 'perf-audit：没有找到 .xlsx 文件\n' : 'perf-audit: no .xlsx file found\n');
    return 2;
  }
  if (options.format === 'csv') io.stdout(csvHeader(lang));
  const outcomes = await checkFiles(files, {
    setup: { profile: profile.value, reviewed: reviewed?.ok ? reviewed.value : [], lang },
    ...(options.jobs !== undefined ? { jobs: options.jobs } : {}),
    onOutcome: (outcome) => {
      if (options.format === 'text') io.stdout(textForFile(outcome, lang));
      if (options.format === 'csv') io.stdout(csvForFile(outcome, lang));
    },
  });
  if (options.format === 'text' && outcomes.length > 1) io.stdout(textTotals(outcomes, lang));
  if (options.format === 'json') io.stdout(jsonDocument(outcomes));
  return exitCodeOf(outcomes);
}

/** The language asked for, even when the rest of the command line is wrong. */
function requestedLanguage(argv: readonly string[]): 'zh' | 'en' {
  const i = argv.indexOf('--lang');
  return argv[i + 1] === 'en' && i >= 0 ? 'en' : argv.includes('--lang=en') ? 'en' : 'zh';
}

/** Runs the command; resolves to the exit code. Never throws. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
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
