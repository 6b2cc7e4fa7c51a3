import { parseArgs } from '../../src/cli/args';

describe('perf-audit command line', () => {
  it('takes files and directories with the defaults of DESIGN.md §5', () => {
    expect(parseArgs(['a.xlsx', 'dir'])).toEqual({
      kind: 'run',
      options: { paths: ['a.xlsx', 'dir'], format: 'text', profile: 'auto', lang: 'zh' },
    });
  });

  it('defaults --profile to auto and passes a forced profile on as given', () => {
    for (const profile of ['auto', 'national', 'hubei', '全国', 'my-profile.json']) {
      expect(parseArgs(['x', '--profile', profile])).toMatchObject({ kind: 'run', options: { profile } });
    }
  });

  it('reads every option, as "--name value" or "--name=value"', () => {
    const parsed = parseArgs(['--format', 'json', 'x', '--profile=hubei', '--lang', 'en', '--reviewed', 'r.json', '--jobs=2']);
    expect(parsed).toEqual({
      kind: 'run',
      options: { paths: ['x'], format: 'json', profile: 'hubei', lang: 'en', reviewed: 'r.json', jobs: 2 },
    });
  });

  it('keeps paths after "--" even when they look like options', () => {
    expect(parseArgs(['--', '--format.xlsx'])).toMatchObject({ kind: 'run', options: { paths: ['--format.xlsx'] } });
  });

  it('answers --help and --version', () => {
    expect(parseArgs(['x', '--help']).kind).toBe('help');
    expect(parseArgs(['-v']).kind).toBe('version');
  });

  it.each([
    [[], 'Give at least one file or directory'],
    [['x', '--format', 'xml'], '--format must be text|json|csv, not xml'],
    [['x', '--lang', 'fr'], '--lang must be zh|en, not fr'],
    [['x', '--profile'], 'Option --profile needs a value'],
    [['x', '--jobs', '0'], '--jobs must be an integer from 1 to 64, not 0'],
    [['x', '--colour'], 'Unknown option --colour'],
  ])('refuses %j with a message in both languages', (argv, en) => {
    const parsed = parseArgs(argv as string[]);
    expect(parsed.kind).toBe('usage-error');
    if (parsed.kind === 'usage-error') {
      expect(parsed.message.en).toBe(en);
      expect(parsed.message.zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('reads --xlsx FILE and the flag --quiet', () => {
    expect(parseArgs(['d', '--xlsx', 'sum.xlsx', '--quiet'])).toEqual({
      kind: 'run',
      options: { paths: ['d'], format: 'text', profile: 'auto', lang: 'zh', xlsx: 'sum.xlsx', quiet: true },
    });
    expect(parseArgs(['d', '--xlsx=a=b.xlsx'])).toMatchObject({ options: { xlsx: 'a=b.xlsx' } });
    expect(parseArgs(['d', '--quiet=yes'])).toEqual({
      kind: 'usage-error',
      message: { zh: '选项 --quiet 不带取值', en: 'Option --quiet takes no value' },
    });
    expect(parseArgs(['d', '--xlsx'])).toMatchObject({ kind: 'usage-error', message: { en: 'Option --xlsx needs a value' } });
    expect(parseArgs(['--from-json', 'a.json', 'b.json'])).toMatchObject({ kind: 'run', options: { paths: ['a.json', 'b.json'], fromJson: true } });
    expect(parseArgs(['--from-json', 'a.json', '--profile', 'hubei', '--jobs', '2'])).toEqual({
      kind: 'usage-error',
      message: {
        zh: '--from-json 合并已有的报告，不再检查，不能与 --profile, --jobs 同用',
        en: '--from-json merges reports already made and checks nothing: it does not take --profile, --jobs',
      },
    });
  });
});

// The command line as perf-audit read it before util.parseArgs did the tokenising: every case below
// gives the same result, message for message (exit codes follow from the kind: usage-error = 2).
describe('the same answers as the hand-written parser', () => {
  const refused = (zh: string, en: string) => ({ kind: 'usage-error', message: { zh, en } });
  const run = (options: Record<string, unknown>) => ({
    kind: 'run',
    options: { format: 'text', profile: 'auto', lang: 'zh', ...options },
  });
  it.each([
    [[], refused('请指定至少一个文件或目录', 'Give at least one file or directory')],
    [['a', 'b'], run({ paths: ['a', 'b'] })],
    [['x', '--format=csv'], run({ paths: ['x'], format: 'csv' })],
    [['x', '--format'], refused('选项 --format 缺少取值', 'Option --format needs a value')],
    [['x', '--format='], refused('选项 --format 缺少取值', 'Option --format needs a value')],
    [['x', '--format', 'xml'], refused('--format 应为 text|json|csv，实际为 xml', '--format must be text|json|csv, not xml')],
    [['x', '--lang', 'fr'], refused('--lang 应为 zh|en，实际为 fr', '--lang must be zh|en, not fr')],
    [['x', '--lang=en'], run({ paths: ['x'], lang: 'en' })],
    [['x', '--profile', '--lang'], run({ paths: ['x'], profile: '--lang' })],
    [['x', '--jobs', '2.5'], refused('--jobs 应为 1 到 64 的整数，实际为 2.5', '--jobs must be an integer from 1 to 64, not 2.5')],
    [['x', '--jobs=65'], refused('--jobs 应为 1 到 64 的整数，实际为 65', '--jobs must be an integer from 1 to 64, not 65')],
    [['x', '--jobs', 'abc'], refused('--jobs 应为 1 到 64 的整数，实际为 abc', '--jobs must be an integer from 1 to 64, not abc')],
    [['x', '--colour'], refused('未知选项 --colour', 'Unknown option --colour')],
    [['x', '--colour=red'], refused('未知选项 --colour=red', 'Unknown option --colour=red')],
    [['-h'], { kind: 'help' }],
    [['--version'], { kind: 'version' }],
    [['a', '--', 'b', '--help'], run({ paths: ['a', 'b', '--help'] })],
    [['x', '--format', 'xml', '--help'], refused('--format 应为 text|json|csv，实际为 xml', '--format must be text|json|csv, not xml')],
    [['--help', '--format', 'xml'], { kind: 'help' }],
    [['x', '--format', 'json', '--format', 'csv'], run({ paths: ['x'], format: 'csv' })],
  ])('%j', (argv, expected) => {
    expect(parseArgs(argv as string[])).toEqual(expected);
  });
});
