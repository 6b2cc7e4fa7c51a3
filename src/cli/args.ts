// perf-audit's command line (DESIGN.md §5): FILE_OR_DIR... [--format text|json|csv]
// [--profile national|hubei|FILE] [--lang zh|en] [--reviewed FILE] [--jobs N].

export type OutputFormat = 'text' | 'json' | 'csv';
export type Language = 'zh' | 'en';

export interface CliOptions {
  readonly paths: readonly string[];
  readonly format: OutputFormat;
  /** 'national', 'hubei', or a path to a profile JSON file. */
  readonly profile: string;
  readonly lang: Language;
  readonly reviewed?: string;
  /** Worker threads; default os.availableParallelism(). 1 checks in the main thread. */
  readonly jobs?: number;
}

export type ParsedArgs =
  | { readonly kind: 'run'; readonly options: CliOptions }
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | { readonly kind: 'usage-error'; readonly message: { readonly zh: string; readonly en: string } };

export const USAGE = {
  zh: `用法：perf-audit 文件或目录... [--format text|json|csv] [--profile national|hubei|配置文件.json]
                   [--lang zh|en] [--reviewed 已复核.json] [--jobs N]
检查 .xlsx/.xlsm 绩效自评表（目录递归查找）。退出码：0 无错误，1 发现错误，2 有文件无法读取。`,
  en: `Usage: perf-audit FILE_OR_DIR... [--format text|json|csv] [--profile national|hubei|PROFILE.json]
                   [--lang zh|en] [--reviewed REVIEWED.json] [--jobs N]
Checks .xlsx/.xlsm performance self-evaluation tables (directories recursively). Exit code: 0 no
errors, 1 errors found, 2 a file could not be read.`,
};

const CHOICES: Readonly<Record<string, readonly string[]>> = {
  format: ['text', 'json', 'csv'],
  lang: ['zh', 'en'],
};

function usageError(zh: string, en: string): ParsedArgs {
  return { kind: 'usage-error', message: { zh, en } };
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const paths: string[] = [];
  const values: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') return { kind: 'help' };
    if (arg === '--version' || arg === '-v') return { kind: 'version' };
    if (arg === '--') {
      paths.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--')) {
      paths.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (!['format', 'profile', 'lang', 'reviewed', 'jobs'].includes(name)) {
      return usageError(`未知选项 ${arg}`, `Unknown option ${arg}`);
    }
    const value = inline ?? argv[++i];
    if (value === undefined || value === '') return usageError(`选项 --${name} 缺少取值`, `Option --${name} needs a value`);
    const choices = CHOICES[name];
    if (choices && !choices.includes(value)) {
      return usageError(`--${name} 应为 ${choices.join('|')}，实际为 ${value}`, `--${name} must be ${choices.join('|')}, not ${value}`);
    }
    values[name] = value;
  }
  if (paths.length === 0) return usageError('请指定至少一个文件或目录', 'Give at least one file or directory');
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
      profile: values.profile ?? 'national',
      lang: (values.lang ?? 'zh') as Language,
      ...(values.reviewed !== undefined ? { reviewed: values.reviewed } : {}),
      ...(jobs !== undefined ? { jobs } : {}),
    },
  };
}
