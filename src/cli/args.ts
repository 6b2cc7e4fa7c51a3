// perf-audit's command line (DESIGN.md §5): FILE_OR_DIR... [--format text|json|csv]
// [--profile auto|national|hubei|FILE] [--lang zh|en] [--reviewed FILE] [--jobs N] [--xlsx FILE] [--quiet],
// or --from-json REPORT.json... to merge the JSON reports of earlier runs.
// Tokens come from node's util.parseArgs; what each option accepts, and every message, is decided here.
import { parseArgs as parseTokens } from 'node:util';

export type OutputFormat = 'text' | 'json' | 'csv';
export type Language = 'zh' | 'en';

export interface CliOptions {
  readonly paths: readonly string[];
  readonly format: OutputFormat;
  /** 'auto' (the default: Hubei for Hubei forms, national otherwise, per file), 'national', 'hubei', or a path to a profile JSON file. */
  readonly profile: string;
  readonly lang: Language;
  readonly reviewed?: string;
  /** Worker threads; default os.availableParallelism(). 1 checks in the main thread. */
  readonly jobs?: number;
  /** Where to write the summary workbook (汇总 / 问题 / 规则), besides the report on stdout. */
  readonly xlsx?: string;
  /** No progress line on stderr, even on a terminal. */
  readonly quiet?: true;
  /** The paths are JSON reports of earlier runs, merged into one report (nothing is checked again). */
  readonly fromJson?: true;
}

export type ParsedArgs =
  | { readonly kind: 'run'; readonly options: CliOptions }
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | { readonly kind: 'usage-error'; readonly message: { readonly zh: string; readonly en: string } };

export const USAGE = {
  zh: `用法：perf-audit 文件或目录... [--format text|json|csv] [--profile auto|national|hubei|配置文件.json]
                   [--lang zh|en] [--reviewed 已复核.json] [--jobs N] [--xlsx 汇总.xlsx] [--quiet]
       perf-audit --from-json 报告.json... [--format text|json|csv] [--lang zh|en] [--xlsx 汇总.xlsx]
检查 .xlsx/.xlsm 绩效自评表（目录递归查找）。--profile 默认 auto：湖北版式的表按湖北配置，其余按全国配置，逐个文件判断。
--xlsx 另写一本汇总工作簿；在终端上 stderr 显示进度（--quiet 不显示）。
--from-json 把多次运行的 JSON 报告合并为一份报告（不重新检查）。
退出码：0 无错误，1 发现错误，2 有文件无法读取。`,
  en: `Usage: perf-audit FILE_OR_DIR... [--format text|json|csv] [--profile auto|national|hubei|PROFILE.json]
                   [--lang zh|en] [--reviewed REVIEWED.json] [--jobs N] [--xlsx SUMMARY.xlsx] [--quiet]
       perf-audit --from-json REPORT.json... [--format text|json|csv] [--lang zh|en] [--xlsx SUMMARY.xlsx]
Checks .xlsx/.xlsm performance self-evaluation tables (directories recursively). --profile is auto
by default: Hubei forms with the Hubei profile, the others with the national one, file by file.
--xlsx also writes a summary workbook; on a terminal, progress shows on stderr (not with --quiet).
--from-json merges the JSON reports of earlier runs into one report (nothing is checked again).
Exit code: 0 no errors, 1 errors found, 2 a file could not be read.`,
};

const OPTIONS = {
  format: { type: 'string' },
  profile: { type: 'string' },
  lang: { type: 'string' },
  reviewed: { type: 'string' },
  jobs: { type: 'string' },
  xlsx: { type: 'string' },
  quiet: { type: 'boolean' },
  'from-json': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

type OptionName = keyof typeof OPTIONS;

const CHOICES: Readonly<Partial<Record<OptionName, readonly string[]>>> = {
  format: ['text', 'json', 'csv'],
  lang: ['zh', 'en'],
};

function usageError(zh: string, en: string): ParsedArgs {
  return { kind: 'usage-error', message: { zh, en } };
}

const isOption = (name: string): name is OptionName => Object.prototype.hasOwnProperty.call(OPTIONS, name);

export function parseArgs(argv: readonly string[]): ParsedArgs {
  // Not strict: unknown options and missing values come back as tokens, so the messages stay ours.
  const { tokens } = parseTokens({ args: [...argv], options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
  const paths: string[] = [];
  const values: Partial<Record<OptionName, string>> = {};
  const flags = { quiet: false, fromJson: false };
  for (const token of tokens) {
    if (token.kind === 'positional') {
      paths.push(token.value);
      continue;
    }
    if (token.kind !== 'option') continue; // '--': what follows is positional
    const { name } = token;
    if (name === 'help') return { kind: 'help' };
    if (name === 'version') return { kind: 'version' };
    if (!isOption(name)) {
      const raw = token.rawName.startsWith('--') ? argv[token.index] : token.rawName;
      return usageError(`未知选项 ${raw}`, `Unknown option ${raw}`);
    }
    if (OPTIONS[name].type === 'boolean') {
      if (token.value !== undefined) return usageError(`选项 --${name} 不带取值`, `Option --${name} takes no value`);
      if (name === 'quiet') flags.quiet = true;
      else flags.fromJson = true;
      continue;
    }
    const value = token.value;
    if (value === undefined || value === '') return usageError(`选项 --${name} 缺少取值`, `Option --${name} needs a value`);
    const choices = CHOICES[name];
    if (choices && !choices.includes(value)) {
      return usageError(`--${name} 应为 ${choices.join('|')}，实际为 ${value}`, `--${name} must be ${choices.join('|')}, not ${value}`);
    }
    values[name] = value;
  }
  if (paths.length === 0) return usageError('请指定至少一个文件或目录', 'Give at least one file or directory');
  if (flags.fromJson) {
    const checking = (['profile', 'reviewed', 'jobs'] as const).filter((name) => values[name] !== undefined);
    if (checking.length > 0) {
      const names = checking.map((n) => `--${n}`).join(', ');
      return usageError(`--from-json 合并已有的报告，不再检查，不能与 ${names} 同用`, `--from-json merges reports already made and checks nothing: it does not take ${names}`);
    }
  }
  let jobs: number | undefined;
  if (values.jobs !== undefined) {
    jobs = Number(values.jobs);
    if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) {
      return usageError(`--jobs 应为 1 到 64 的整数，实际为 ${values.jobs}`, `--jobs must be an integer from 1 to 64, not ${values.jobs}`);
    }
  }
  return {
    kind: 'run',
    options: {
      paths,
      format: (values.format ?? 'text') as OutputFormat,
      profile: values.profile ?? 'auto',
      lang: (values.lang ?? 'zh') as Language,
      ...(values.reviewed !== undefined ? { reviewed: values.reviewed } : {}),
      ...(jobs !== undefined ? { jobs } : {}),
      ...(values.xlsx !== undefined ? { xlsx: values.xlsx } : {}),
      ...(flags.quiet ? { quiet: true as const } : {}),
      ...(flags.fromJson ? { fromJson: true as const } : {}),
    },
  };
}
